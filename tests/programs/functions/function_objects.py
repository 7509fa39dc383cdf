# Functions as objects: identity, equality, attributes, callable checks
def f():
    return "f"
g = f
print(g is f, g == f, g(), g.__name__)
def f():
    return "new f"
print(g(), f(), g is f)
funcs = {"upper": str.upper, "len": len}
print({k: fn("abc") for k, fn in funcs.items()})
print(callable(f), callable(5), callable(str), callable("s".upper), callable(None))
class WithCall:
    def __call__(self):
        return "called"
print(callable(WithCall()), WithCall()())
print(type(f).__name__, type(lambda: 0).__name__, type(len).__name__)
print(type(WithCall().__call__).__name__)
f.data = {"k": 1}
print(f.data, f.__dict__)
def returns_self():
    return returns_self
print(returns_self() is returns_self)
fs = [lambda: 1, lambda: 2]
print(fs[0] == fs[1], [x() for x in fs])
print(sorted([f, g], key=lambda fn: fn()) [0]())
def varargs_fn(*a): return a
print(varargs_fn.__code__.co_argcount, varargs_fn.__code__.co_nlocals)
import types
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(WithCall().__call__, types.MethodType))
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s = "str"
    s()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f.__call__ = None
    print("set __call__ attr:", f())
except TypeError as e:
    print(type(e).__name__ + ":", e)
