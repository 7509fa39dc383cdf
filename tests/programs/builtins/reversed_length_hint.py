# reversed() of a sequence without __reversed__ reports the items it has left (operator.length_hint,
# __length_hint__), as CPython's reversed object does; exhausted, it reports 0.
import operator
class Seq:
    def __len__(self): return 4
    def __getitem__(self, i): return i
for s in ('hello', tuple('hello'), list('hello'), range(5), Seq(), {1: 2, 3: 4}, b'abc', bytearray(b'ab')):
    r = reversed(s)
    print(type(s).__name__, type(r).__name__, operator.length_hint(r), end=' ')
    next(r)
    print(operator.length_hint(r), r.__length_hint__())
print(operator.length_hint(iter(range(3))), operator.length_hint(iter([1, 2])))
r = reversed("ab")
print(list(r), operator.length_hint(r), list(r))

class Short:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
r = reversed(Short())
print(operator.length_hint(r), list(r), operator.length_hint(r))

class Weird:
    called = False
    def __len__(self):
        if not self.called:
            self.called = True
            return 10
        raise ZeroDivisionError
    def __getitem__(self, i):
        return i
try:
    operator.length_hint(reversed(Weird()))
except ZeroDivisionError:
    print("ZeroDivisionError from __len__")

class Shrinking:
    def __init__(self):
        self.data = [1, 2, 3, 4]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
s = Shrinking()
r = reversed(s)
print(operator.length_hint(r))
s.data = [1]
print(operator.length_hint(r), list(r))
