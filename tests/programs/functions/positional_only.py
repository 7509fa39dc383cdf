# Positional-only parameters (/)
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=9))
try:
    h()
except TypeError as e:
    print(type(e).__name__ + ":", e)
def only(a, /):
    return a
print(only(10))
try:
    only(a=10)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    only()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    only(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(h.__defaults__)
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(divmod(7, 2), pow(2, 5))
def mixed(p1, p2=0, /, pk=1, *args, k1, k2=5, **kw):
    return p1, p2, pk, args, k1, k2, kw
print(mixed(1, 2, 3, 4, 5, k1="K", z=0))
print(mixed(1, k1=2, p1="goes into kw"))
