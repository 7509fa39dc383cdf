# Handler selection: first matching clause wins; subclasses; exception classes vs instances
class A(Exception): pass
class B(A): pass
class C(B): pass
def which(exc):
    try:
        raise exc
    except C:
        return "C handler"
    except B:
        return "B handler"
    except A:
        return "A handler"
    except Exception:
        return "Exception handler"
for exc in (A, B, C, ValueError, C("instance")):
    name = exc.__name__ if isinstance(exc, type) else type(exc).__name__ + " instance"
    print(name, "->", which(exc))
def wrong_order(exc):
    try:
        raise exc
    except A:
        return "A first (shadows B and C)"
    except C:
        return "never"
print(wrong_order(C))
class Multi(KeyError, ValueError):
    pass
for catcher in (KeyError, ValueError, LookupError):
    try:
        raise Multi("both")
    except catcher as e:
        print("Multi caught by", catcher.__name__, [c.__name__ for c in type(e).__mro__][:4])
try:
    raise Multi("m")
except KeyError as e:
    print("str of Multi uses KeyError repr-quoting:", str(e))
def by_attr(code):
    class CodedError(Exception):
        def __init__(self, code):
            self.code = code
    try:
        raise CodedError(code)
    except CodedError as e:
        if e.code == 404:
            return "not found"
        if e.code >= 500:
            return "server error"
        return "other " + str(e.code)
print([by_attr(c) for c in (404, 503, 200)])
try:
    try:
        raise ValueError("inner")
    except (KeyError, IndexError):
        print("never")
    except TypeError:
        print("never")
except ValueError as e:
    print("fell through all inner handlers:", e)
