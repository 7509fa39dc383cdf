# sum(): numbers, start values, floats precision, non-numeric
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([], 5), sum((0.1,) * 10))
print(sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]), sum([True, True, False]), type(sum([True])).__name__)
print(sum([1, 2.5]), sum([1j, 2]), sum([2 ** 64, 2 ** 64]), sum(x * x for x in range(10)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(start=10, iterable=[1]) if False else sum([1], start=10))
for args in [(["a", "b"],), (["a"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray())]:
    try:
        sum(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sum()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other))
    def __radd__(self, other):
        return V(other + self.v)
print(sum([V(1), V(2), V(3)]).v, sum([V(1)], V(100)).v)
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, sum([1e16, 1.0, 1.0]), sum([-0.0]), sum([-0.0], -0.0))
print(sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))
print(sum(range(10 ** 6)), sum(i % 7 for i in range(1000)))
print(sum([1, 2, 3], start=0.0), sum([[]], start=[0]))
