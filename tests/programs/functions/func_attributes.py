# Function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __module__, __dict__
def plain(a, b=1, *args, c, d=2, **kw):
    """Docstring of plain."""
    return a
print(plain.__name__, plain.__qualname__, plain.__module__)
print(plain.__doc__)
print(plain.__defaults__, plain.__kwdefaults__)
print(plain.__code__.co_name, plain.__code__.co_argcount, plain.__code__.co_kwonlyargcount)
print(plain.__code__.co_varnames)
print(plain.__dict__)
plain.custom = "attr"
plain.counter = 0
print(plain.__dict__, plain.custom)
plain.__name__ = "renamed"
print(plain.__name__, plain.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__)
def doc_not_first():
    x = 1
    "not a docstring"
print(doc_not_first.__doc__)
class K:
    def method(self):
        "method doc"
    class Inner:
        def deep(self):
            pass
print(K.method.__name__, K.method.__qualname__, K.method.__doc__)
print(K.Inner.deep.__qualname__, K.Inner.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
try:
    plain.__name__ = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    del plain.__name__
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    plain.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(callable(plain), type(plain).__name__)
print(sorted(k for k in ("__name__", "__doc__", "__defaults__", "__code__", "__globals__") if hasattr(plain, k)))
print(plain.__globals__ is globals())
print(len.__name__, len.__qualname__, len.__module__, type(len).__name__)
print(str.upper.__name__, str.upper.__qualname__, type(str.upper).__name__)
