# The "except ... as name" variable is deleted at the end of the handler
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__ + ":", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved, "exc" in locals()
s, present = f()
print(repr(s), present)
def g():
    exc = "local value"
    try:
        raise KeyError
    except KeyError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as e2:
        return type(e2).__name__ + ": " + str(e2)
print(g())
def h():
    try:
        raise ValueError("keep")
    except ValueError as e:
        kept = e
        del e
    return repr(kept)
print(h())
def k():
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError as err:
            last = err
    return repr(last), "err" in locals()
print(k())
import sys
def info():
    try:
        raise TypeError("info")
    except TypeError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb is not None, sys.exception() is v
print(info())
print(sys.exc_info(), sys.exception())
def handler_in_class():
    class C:
        try:
            raise ValueError
        except ValueError as cls_err:
            caught = True
    return C.caught, hasattr(C, "cls_err")
print(handler_in_class())
