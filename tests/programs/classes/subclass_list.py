# Subclassing list: overriding methods, what built-in operations bypass
class TrackedList(list):
    def append(self, item):
        print("  append", item)
        super().append(item)
    def __setitem__(self, i, v):
        print("  setitem", i, v)
        super().__setitem__(i, v)
t = TrackedList([1, 2])
t.append(3)
t[0] = 10
t.extend([4])
t += [5]
print(t, type(t).__name__, len(t), isinstance(t, list))
print(type(t + [6]).__name__, type(t[1:]).__name__, type(t * 2).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1] if self else None
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s, s == [1], repr(s))
class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        import bisect
        bisect.insort(self, x)
so = Sorted([5, 1, 3])
so.add(2)
print(so)
class WithAttr(list):
    pass
w = WithAttr([1])
w.label = "extra attribute"
print(w, w.label)
class ReprList(list):
    def __repr__(self):
        return "ReprList" + super().__repr__()
print(ReprList([1, 2]), [ReprList()], str(ReprList([3])))
class NoNeg(list):
    def __init__(self, items):
        super().__init__()
        for i in items:
            self.append(i)
    def append(self, x):
        if x < 0:
            raise ValueError("negative")
        super().append(x)
try:
    NoNeg([1, -1])
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(list(TrackedList("ab")), sorted(TrackedList([3, 1])))
class Eq(list):
    def __eq__(self, o):
        return True
print(Eq([1]) == [2], [2] == Eq([1]))
print(TrackedList.__mro__[1].__name__, TrackedList.__base__ is list)
