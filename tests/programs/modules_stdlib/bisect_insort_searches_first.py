# insort_* search the sequence before they look up its insert method: an object that has a length
# but cannot be indexed (or an int) gives TypeError from the search, as CPython's bisect does.
import bisect


class LenOnly:
    def __len__(self):
        return 4


class Rec(list):
    def insert(self, i, x):
        print("insert at", i, x)
        super().insert(i, x)


for f in (bisect.insort_left, bisect.insort_right, bisect.insort):
    for seq in (LenOnly(), 10):
        try:
            f(seq, 3)
        except TypeError:
            print(f.__name__, type(seq).__name__, "TypeError")
        except AttributeError as e:
            print(f.__name__, type(seq).__name__, "AttributeError", e)

r = Rec([1, 3, 5])
bisect.insort_left(r, 3)
bisect.insort_right(r, 3, key=lambda v: v)
bisect.insort(r, 0)
print(r)
