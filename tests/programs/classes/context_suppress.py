# __exit__ returning true suppresses exceptions
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            self.caught = ev
            return True
        return None
with Suppress(ZeroDivisionError) as s:
    1 / 0
    print("not reached")
print("after with, caught:", repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(f"iteration {i}")
            print("iteration", i, "ok")
    return "done"
print(f())
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string is truthy"
with Truthy():
    raise RuntimeError("silently swallowed")
print("swallowed by truthy return")
class Falsy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        raise RuntimeError("not swallowed")
except RuntimeError as e:
    print("falsy return propagates:", e)
with Suppress(StopIteration):
    next(iter([]))
print("StopIteration suppressed")
with Suppress(Exception), Suppress(TypeError):
    len(5)
print("inner manager handled it")
def with_return():
    with Suppress(ValueError):
        raise ValueError("x")
    return "continued after suppression"
print(with_return())
import sys
with Suppress(KeyError):
    {}["missing"]
print(sys.exc_info())
