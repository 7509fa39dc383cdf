# TypeError messages for duplicate and misplaced arguments
def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def f(a, b=1): pass
def g(a, /, b): pass
def h(*, k): pass
def kw_collect(a, **kw): pass
show(f, 1, a=2)
show(f, 1, 2, b=3)
show(g, 1, 2, b=3)
show(g, a=1, b=2)
show(g, 1, a=1, b=2)
show(kw_collect, 1, a=2)
show(f, *[1], **{"a": 1})
show(f, **{"a": 1}, **{"b": 2})
try:
    exec("f(a=1, a=2)")
except SyntaxError:
    print("SyntaxError: keyword argument repeated")
try:
    exec("f(a=1, 2)")
except SyntaxError:
    print("SyntaxError: positional argument follows keyword argument")
try:
    exec("def dup(a, a): pass")
except SyntaxError:
    print("SyntaxError: duplicate argument")
class C:
    def m(self, x): pass
show(C().m, 1, x=2)
show(C.m, C(), self=C())
def outer():
    def inner(p, q): pass
    return inner
show(outer(), 1, p=1)
show(lambda z: 0, 1, z=2)
def posonly_kw(a, /, **kw):
    return a, kw
print(posonly_kw(1, a=2))
show(dict, {"a": 1}, a=2)
print(dict({"a": 1}, a=2))
show(int, "5", 10, base=10)
