# Starred assignment targets and tuple unpacking
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (1, 2)
print(a)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for first, *rest in [(1, 2, 3), (4,), "ab"]:
    print(first, rest)
x, y = y, x = 1, 2
print(x, y)
a, b, c = "abc"
print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, b, c = [1]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
(a, b), (c, d) = "ab", "cd"
print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
try:
    compile("*a, *b = [1, 2]", "<s>", "exec")
except SyntaxError:
    print("SyntaxError for two starred")
def gen():
    yield 1; yield 2; yield 3
h, *t = gen()
print(h, t)
