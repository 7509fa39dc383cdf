# finally always runs: normal, exception, return, break, continue, nested
log = []
def f(mode):
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError(mode)
        if mode == "return":
            return "returned"
    except ValueError:
        log.append("except")
        return "from except"
    finally:
        log.append("finally")
    return "end"
for mode in ("normal", "raise", "return"):
    log.clear()
    print(mode, f(mode), log)
def g():
    try:
        raise KeyError("lost")
    finally:
        return "finally return swallows"
print(g())
def h():
    try:
        return "try"
    finally:
        log.append("h finally")
log.clear()
print(h(), log)
def overwrite():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    overwrite()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def count_finally():
    n = 0
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            n += 1
    return n
print(count_finally())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
gen = gen_finally()
print(next(gen))
gen.close()
print("after close")
def nested():
    out = []
    try:
        try:
            raise IndexError
        finally:
            out.append("inner finally")
    except IndexError:
        out.append("outer except")
    finally:
        out.append("outer finally")
    return out
print(nested())
