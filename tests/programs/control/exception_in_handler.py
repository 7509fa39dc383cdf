# Exceptions raised in except/else/finally blocks and flow afterwards
def a():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    a()
except TypeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
def b():
    try:
        return "ok"
    finally:
        pass
    print("unreachable")
print(b())
def c():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise IndexError(i)
                log.append(("ok", i))
            except IndexError:
                log.append(("handled", i))
                raise KeyError(i)
        except KeyError as e:
            log.append(("outer", e.args[0]))
    return log
print(c())
def d():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            raise ValueError("nested") from e
        except ValueError as v:
            return repr(v), repr(v.__cause__)
print(d())
try:
    try:
        raise OSError("disk")
    finally:
        print("finally ran before propagation")
except OSError as e:
    print("propagated:", e)
def e():
    try:
        raise ValueError
    except ValueError:
        pass
    return "handler completed normally"
print(e())
import sys
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
