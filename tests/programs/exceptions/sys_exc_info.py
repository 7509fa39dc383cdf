# sys.exc_info() and sys.exception() inside and outside handlers
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("nested")
    except KeyError:
        print("nested:", sys.exc_info()[0].__name__, repr(sys.exception()))
    print("back to outer:", sys.exc_info()[0].__name__)
print("after handler:", sys.exc_info())
def in_function():
    return sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    print("seen from called function:", in_function().__name__)
def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
print("between yields:", sys.exc_info())
print(next(g))
try:
    raise RuntimeError("x")
except RuntimeError:
    pass
finally:
    print("in finally after handled:", sys.exc_info())
try:
    try:
        raise OSError("in try")
    finally:
        print("in finally during propagation:", sys.exc_info()[0].__name__)
except OSError:
    pass
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("__exit__ args:", args[0].__name__ if args[0] else None, "exc_info:", sys.exc_info()[0])
        return True
with CM():
    raise LookupError("x")
print(sys.exc_info())
