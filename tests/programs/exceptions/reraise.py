# Re-raising: bare raise, raise e, raise in nested handlers
def bare():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    bare()
except ValueError as e:
    print("caught again:", e)
def named():
    try:
        int("x")
    except ValueError as e:
        raise e
try:
    named()
except ValueError as e:
    print("named re-raise:", e, e.__context__)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def outer_reraise():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    outer_reraise()
except KeyError as e:
    print("bare raise after nested handler re-raises:", repr(e))
def reraise_later():
    try:
        raise IndexError("stored")
    except IndexError as e:
        saved = e
    print("outside handler")
    raise saved
try:
    reraise_later()
except IndexError as e:
    print("stored exception raised:", e)
def convert_and_reraise(items):
    results = []
    for x in items:
        try:
            results.append(10 // x)
        except ZeroDivisionError:
            if len(results) > 1:
                raise
            results.append(None)
    return results
print(convert_and_reraise([1, 0, 2]))
try:
    convert_and_reraise([1, 2, 0])
except ZeroDivisionError as e:
    print("re-raised:", e)
def raise_class():
    raise KeyError
try:
    raise_class()
except KeyError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__ + ":", e)
