# Iterator protocol: __iter__ and __next__, exhaustion, iterables vs iterators
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), max(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), iter(OldStyle()).__class__.__name__)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NotIterable:
    pass
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
out = []
for v in Fib():
    if v > 50:
        break
    out.append(v)
print(out)
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip(Countdown(3), "abc")))
sentinel_iter = iter(Countdown(10).__next__, 7)
print(list(sentinel_iter))
