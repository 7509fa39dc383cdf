# TypeError messages for too many / unexpected arguments
def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def none(): pass
def one(a): pass
def two(a, b=2): pass
def kw(a, *, k): pass
def kwd(a, *, k=1): pass
show(none, 1)
show(none, 1, 2)
show(one, 1, 2)
show(two, 1, 2, 3)
show(two, 1, 2, 3, 4)
show(kw, 1, 2, k=3)
show(kw, 1, 2)
show(kwd, 1, 2)
show(kwd, 1, 2, 3, k=0)
show(none, x=1)
show(one, 1, b=2)
show(two, a=1, c=3)
show(kw, 1, k=2, z=3)
class C:
    def m(self): pass
    def n(self, a): pass
show(C().m, 1)
show(C().n, 1, 2)
show(C, 1)
show(lambda: 0, 5)
show(lambda x, y=1: 0, 1, 2, 3)
def pos_kw(a, /, b): pass
show(pos_kw, 1, 2, 3)
show(pos_kw, 1, b=2, c=3)
show(none, **{"a": 1, "b": 2})
show(one, 1, **{"c": 1})
class Init:
    def __init__(self, x): pass
show(Init)
show(Init, 1, 2)
show(Init, y=1)
class NoInit:
    pass
show(NoInit, 1)
show(NoInit, a=1)
show(object, 1)
