# callable(): functions, classes, instances, methods, builtins
def f():
    pass
class WithCall:
    def __call__(self):
        return "called"
class NoCall:
    pass
print(callable(f), callable(lambda: 0), callable(print), callable(len))
print(callable(WithCall), callable(WithCall()), callable(NoCall), callable(NoCall()))
print(callable(5), callable("s"), callable(None), callable([]), callable(str.upper), callable("s".upper))
print(callable(type), callable(object), callable(int), callable(callable))
print(callable(classmethod(f)), callable(staticmethod(f)), callable(property(f)))
nc = NoCall()
nc.__call__ = lambda: 1
print(callable(nc))
NoCall.__call__ = lambda self: 2
print(callable(nc), nc())
class Meta(type):
    def __call__(cls):
        return "meta call"
class M(metaclass=Meta):
    pass
print(callable(M), M(), callable(M.__call__))
import functools
print(callable(functools.partial(f)), callable(iter([])), callable((x for x in [])))
try:
    callable()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(callable(WithCall().__call__), callable(f.__call__), callable(f.__code__))
