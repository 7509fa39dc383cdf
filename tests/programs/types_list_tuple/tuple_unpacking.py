# Tuple packing, unpacking, swaps, nested targets, returning multiple values
point = (3, 4)
x, y = point
print(x, y)
x, y = y, x
print(x, y)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last, type(middle).__name__)
head, *tail = (1,)
print(head, tail)
*init, end = "xyz"
print(init, end)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 9, 1, 7])
print(lo, hi, minmax("hello"))
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    print(num, name)
nums, names = zip(*pairs)
print(nums, names)
for i, (num, name) in enumerate(pairs):
    print(i, num, name[::-1])
data = {"a": (1, 2), "b": (3, 4)}
for key, (p, q) in data.items():
    print(key, p + q)
t = 1, 2, 3
print(t, len(t), t == (1, 2, 3))
u = ()
v = (), ()
print(u, v, len(v))
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    p, *q, r, s = (1, 2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    p, q = None
except TypeError as e:
    print(type(e).__name__ + ":", e)
matrix = ((1, 2, 3), (4, 5, 6))
(r0c0, *_), (*_, r1c2) = matrix
print(r0c0, r1c2)
a = b = (1, 2)
print(a is b, a + b)
