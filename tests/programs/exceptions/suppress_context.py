# __suppress_context__ and raise ... from None
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f"no attribute {k!r}") from None
try:
    lookup({}, "x")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
    print("suppress:", e.__suppress_context__, "cause:", e.__cause__, "context:", repr(e.__context__))
e = RuntimeError("r")
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__cause__ = None
print(e.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise ValueError(2) from k
except ValueError as v:
    print(v.__suppress_context__, repr(v.__cause__))
    v.__cause__ = None
    print(v.__suppress_context__, v.__cause__)
try:
    try:
        raise KeyError("orig")
    except KeyError:
        err = ValueError("v")
        err.__suppress_context__ = True
        raise err
except ValueError as v:
    print("manually suppressed:", v.__suppress_context__, repr(v.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as v:
    print(repr(v), v.__suppress_context__, type(v.__context__).__name__)
