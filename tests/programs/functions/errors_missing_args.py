# TypeError messages for missing arguments
def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def with_default(a, b, c=1): pass
def kwonly(*, k): pass
def kwonly2(*, k1, k2): pass
def mixed(a, b, *, k1, k2, k3=0): pass
def posonly(a, b, /): pass
show(one)
show(two)
show(two, 1)
show(three)
show(three, 1)
show(three, b=2)
show(with_default)
show(with_default, 1)
show(kwonly)
show(kwonly2)
show(kwonly2, k2=1)
show(mixed)
show(mixed, 1, 2)
show(mixed, 1, 2, k2=0)
show(posonly)
show(posonly, 1)
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
show(C().m)
show(C.m)
show(C.cm)
show(C.sm)
show(lambda q: q)
def four(a, b, c, d): pass
show(four)
show(four, 1, c=3)
