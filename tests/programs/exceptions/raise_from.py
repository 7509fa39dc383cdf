# raise ... from ...: __cause__, __context__, __suppress_context__
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"cannot convert {s!r}") from e
try:
    convert("abc")
except TypeError as e:
    print(type(e).__name__ + ":", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress_context:", e.__suppress_context__)
try:
    raise RuntimeError("outer") from KeyError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("class cause") from ValueError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__ + ":", err)
def layered():
    try:
        try:
            raise KeyError("level 1")
        except KeyError as e1:
            raise ValueError("level 2") from e1
    except ValueError as e2:
        raise RuntimeError("level 3") from e2
try:
    layered()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__
    print(" <- ".join(chain))
print(ValueError().__cause__, ValueError().__context__, ValueError().__suppress_context__)
