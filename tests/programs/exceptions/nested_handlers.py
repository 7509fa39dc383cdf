# Nested try blocks: inner handlers, outer handlers, and exceptions crossing function boundaries
def level3(x):
    if x == "value":
        raise ValueError("bad value at level 3")
    if x == "key":
        raise KeyError("level3-key")
    return "ok3"
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        return f"level2 handled {e!r}"
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        return f"level1 handled {e}"
    finally:
        print("  level1 finally for", x)
for x in ("fine", "key", "value"):
    print(level1(x))
def deep_try():
    trace = []
    try:
        trace.append(1)
        try:
            trace.append(2)
            try:
                trace.append(3)
                raise OSError("deep")
            except ValueError:
                trace.append("wrong")
            finally:
                trace.append("f3")
        except OSError as e:
            trace.append(f"caught {e}")
            raise RuntimeError("converted")
        finally:
            trace.append("f2")
    except RuntimeError as e:
        trace.append(f"outer {e}")
    return trace
print(deep_try())
def handler_raises_different():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
        except IndexError:
            return "sibling handler never catches"
    except IndexError as e:
        return "outer caught " + repr(e)
print(handler_raises_different())
def loop_with_nested():
    out = []
    for v in [1, 0, "x", 2]:
        try:
            try:
                out.append(10 // v)
            except ZeroDivisionError:
                out.append("div0")
        except TypeError:
            out.append("type")
    return out
print(loop_with_nested())
