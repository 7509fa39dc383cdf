# Implicit exception chaining via __context__
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
try:
    try:
        raise TypeError("first")
    finally:
        raise ValueError("in finally")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
def handler_bug():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
try:
    handler_bug()
except NameError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    try:
        raise KeyError("a")
    except KeyError as ka:
        try:
            raise IndexError("b")
        except IndexError:
            raise ValueError("c")
except ValueError as e:
    ctx = e.__context__
    print(type(e).__name__, "->", type(ctx).__name__, "->", type(ctx.__context__).__name__, "->", ctx.__context__.__context__)
try:
    try:
        raise KeyError("x")
    except KeyError as k:
        raise k
except KeyError as e:
    print("re-raise same object: context is", e.__context__)
try:
    err = ValueError("reused")
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print("self-context avoided:", e.__context__)
def no_context():
    try:
        raise KeyError
    except KeyError:
        pass
    raise ValueError("after handled")
try:
    no_context()
except ValueError as e:
    print(repr(e), "context:", e.__context__)
try:
    try:
        raise OSError("os")
    except OSError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise RuntimeError("outer")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
