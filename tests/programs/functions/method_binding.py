# Bound and unbound methods, __self__, __func__
class A:
    def __init__(self, name):
        self.name = name
    def hello(self, greeting="hi"):
        return f"{greeting} from {self.name}"
a = A("a")
bm = a.hello
print(bm(), bm("yo"))
print(bm.__self__ is a, bm.__func__ is A.hello, bm.__name__, bm.__qualname__)
print(A.hello(a), A.hello(A("b"), "hey"))
print(type(bm).__name__, type(A.hello).__name__)
print(a.hello == a.hello, a.hello is a.hello)
b = A("b")
print(a.hello == b.hello)
def external(self):
    return "external " + self.name
A.ext = external
print(a.ext())
a.inst_fn = lambda: "instance attr, not bound"
print(a.inst_fn())
try:
    a.inst_fn2 = external
    a.inst_fn2()
except TypeError as e:
    print(type(e).__name__ + ":", e)
methods = [a.hello, b.hello]
print([m() for m in methods])
print(list(map(A.hello, [a, b])))
import types
bound = types.MethodType(external, b)
print(bound())
class B:
    def m(self):
        return self
    @classmethod
    def cm(cls):
        return cls
    @staticmethod
    def sm():
        return "static"
x = B()
print(x.m() is x, x.cm() is B, B.cm() is B, x.sm(), B.sm())
print(B.cm.__self__ is B, type(B.cm).__name__, type(B.__dict__["cm"]).__name__, type(B.sm).__name__)
print(getattr(x, "m")() is x)
print("abc".upper.__self__, str.upper("abc"), [1, 2].append.__name__)
