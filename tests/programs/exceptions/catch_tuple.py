# Catching by tuple, by base class, ordering of handlers
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("v")
    return "no error"
for kind in ("key", "index", "zero", "type", "value", "none"):
    try:
        r = risky(kind)
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup group:", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "-> arithmetic:", type(e).__name__)
    except (TypeError, ValueError) as e:
        print(kind, "-> type/value:", type(e).__name__)
    else:
        print(kind, "-> ok:", r)
errors = (ValueError, TypeError)
try:
    int(None)
except errors as e:
    print("dynamic tuple caught", type(e).__name__)
try:
    try:
        [][1]
    except KeyError:
        print("wrong")
except LookupError as e:
    print("base class caught", type(e).__name__)
try:
    {}[1]
except Exception:
    print("Exception first")
except KeyError:
    print("never: earlier handler wins")
nested = (KeyError, (IndexError, (ZeroDivisionError,)))
try:
    try:
        1 // 0
    except nested as e:
        print("never")
except TypeError as e:
    print("nested tuple:", type(e).__name__ + ":", e, "| context:", type(e.__context__).__name__)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    try:
        raise ValueError
    except (ValueError, "str"):
        print("tuple with junk still matches first element")
except TypeError as e:
    print(type(e).__name__ + ":", e)
empty = ()
try:
    try:
        raise KeyError
    except empty:
        print("never")
except KeyError:
    print("empty tuple matches nothing")
