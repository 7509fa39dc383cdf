# Wrapper functions that forward arbitrary signatures; signature-preserving behaviour
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"call {fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    return wrapper
@logged
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"
print(area(3))
print(area(3, 4))
print(area(w=2, h=5, unit="cm"))
try:
    area()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    area(1, 2, 3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(area.__wrapped__(1, 1))
print(area.__name__, area.__module__)
p = functools.partial(area, unit="km")
print(p(2, 3), p.args, p.keywords)
p2 = functools.partial(area, 10)
print(p2(h=2))
def retry(n):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a, **k):
            last = None
            for i in range(n):
                try:
                    return fn(*a, **k)
                except ValueError as e:
                    last = e
                    print("retry", i + 1, "after", e)
            raise RuntimeError(f"failed after {n}") from last
        return w
    return deco
attempts = iter([ValueError("a"), ValueError("b"), None])
@retry(3)
def sometimes():
    e = next(attempts)
    if e:
        raise e
    return "success"
print(sometimes())
attempts = iter([ValueError("x")] * 5)
try:
    sometimes()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
