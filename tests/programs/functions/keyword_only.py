# Keyword-only parameters
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2), f(1, key=2, flag=True), f(a=0, key="k"))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
def g(*args, sep=", ", end=""):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="-", end="."))
def h(*, a, b, c=3):
    return a + b + c
print(h(a=1, b=2), h(b=10, a=20, c=30))
try:
    h(a=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    h()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(h.__kwdefaults__, h.__defaults__)
h.__kwdefaults__ = {"c": 100, "b": 0}
print(h(a=1))
def k(a, b=1, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(k(0, c=3))
print(k(0, 1, 2, 3, c=4, e=5))
try:
    exec("def bad(*, **kw): pass")
except SyntaxError:
    print("SyntaxError: bare * needs keyword-only args")
print(sorted("bca", key=str.upper, reverse=True))
try:
    sorted([1], str)
except TypeError as e:
    print(type(e).__name__ + ":", e)
