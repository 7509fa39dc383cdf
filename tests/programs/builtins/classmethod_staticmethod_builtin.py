# classmethod() and staticmethod() as builtins: wrapping, attributes, descriptor behaviour
def describe(cls_or_self, x=0):
    return f"{getattr(cls_or_self, '__name__', type(cls_or_self).__name__)}:{x}"
def helper(x):
    return x * 2
class A:
    cm = classmethod(describe)
    sm = staticmethod(helper)
class B(A):
    pass
print(A.cm(1), B.cm(2), A().cm(3), B().cm(4))
print(A.sm(5), A().sm(6), B.sm(7))
cm = A.__dict__["cm"]
sm = A.__dict__["sm"]
print(type(cm).__name__, type(sm).__name__, cm.__func__ is describe, sm.__func__ is helper)
print(cm.__get__(None, B)(), sm.__get__(None, A)(10))
print(cm.__wrapped__ is describe, sm.__wrapped__ is helper)
print(sm(21), callable(sm))
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(staticmethod(len)("four"), classmethod(len).__func__ is len)
bound = A.cm
print(type(bound).__name__, bound.__self__ is A, bound.__func__ is describe)
print(A.sm is helper, A.sm.__name__, A.cm.__name__)
class C:
    @classmethod
    def create(cls, *args):
        return cls, args
    @staticmethod
    def util(*args):
        return args
print(C.create(1)[0] is C, C.util(1, 2), C().util())
print(sm.__name__, sm.__qualname__, cm.__name__)
print(isinstance(cm, classmethod), isinstance(sm, staticmethod))
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__ + ":", e)
