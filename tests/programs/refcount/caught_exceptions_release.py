# An exception that builtin code catches and does not re-raise is released at once, with its
# traceback and the frames the traceback holds: hasattr/getattr with a raising __getattr__, the
# end of an old-style __getitem__ iteration, a user iterator's StopIteration.
import sys


class Lazy:
    def __getattr__(self, name):
        raise AttributeError(name)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Noisy(Lazy):
    def __del__(self):
        print("del Noisy")


obj = Lazy()
start = sys.getrefcount(obj)
for _ in range(3):
    hasattr(obj, "missing")
    getattr(obj, "missing", None)
print("hasattr/getattr", sys.getrefcount(obj) - start)

s = Seq()
start = sys.getrefcount(s)
print(list(s), list(reversed([0, 1])), sys.getrefcount(s) - start)
it = iter(s)
for _ in it:
    pass
del it
print("seq iteration", sys.getrefcount(s) - start)

c = Countdown(3)
start = sys.getrefcount(c)
print(list(c), sys.getrefcount(c) - start)

n = Noisy()
print(hasattr(n, "x"))
del n
print("after del")
