# staticmethod/classmethod carry their function's attributes (3.10+), and a function's
# __type_params__ can be assigned a tuple (functools.update_wrapper copies it).
import functools


def f(x: int) -> str:
    "doc of f"


f.tag = "tagged"
for d in (staticmethod(f), classmethod(f)):
    print(type(d).__name__, d.__name__, d.__qualname__, d.__doc__, d.__module__, d.__annotations__)
    print(d.__wrapped__ is f, d.__func__ is f, d.__isabstractmethod__, hasattr(d, "tag"), sorted(d.__dict__))
s = staticmethod(f)
s.extra = 1
print(s.extra, "extra" in s.__dict__, "extra" in f.__dict__)


def g():
    pass


print(g.__type_params__)
g.__type_params__ = (1, "T")
print(g.__type_params__)
for value in ([], None, "T"):
    try:
        g.__type_params__ = value
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    del g.__type_params__
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(g.__type_params__)


@functools.wraps(g)
def wrapper():
    pass


print(wrapper.__type_params__, wrapper.__wrapped__ is g, wrapper.__name__)
