# Containers read through a subclass's own __iter__, and an __eq__ that mutates a container
# while it is compared or merged: what CPython 3.13 gives.

class LyingTuple(tuple):
    def __iter__(self):
        yield 1

class LyingList(list):
    def __iter__(self):
        yield 1

class PlainTuple(tuple):
    pass

print(list(LyingTuple((2,))), tuple(LyingTuple((2,))), list(LyingList([2])), tuple(LyingList([2])))
print(list(PlainTuple((3, 4))), tuple(PlainTuple((5,))), [*LyingTuple((2, 3))], sorted(LyingTuple((9, 8))))


# list == list: an __eq__ that empties the other list (and returns NotImplemented) leaves no
# items to compare, so the sizes decide.
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented

class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented

class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented

list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != [1])
list3 = [Z(), 5]
print(list3 < [1, 2], list3)


# dict.update from a dict that a key's __eq__ changes: RuntimeError.
class K:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False

other = dict((i, 0) for i in range(1, 50))
other[K()] = 0
d = {K(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e)

class Store:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        src[1] = "changed"       # a store, not an insertion: no error
        return False

src = {Store(): 0, 1: 1}
dst = {Store(): 5}
dst.update(src)
print(len(dst), src[1])
