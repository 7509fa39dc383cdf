# try/finally and with-blocks inside generators, and when they run
events = []
def gen(tag):
    events.append(f"{tag} start")
    try:
        for i in range(3):
            try:
                yield i
            finally:
                events.append(f"{tag} inner finally {i}")
    finally:
        events.append(f"{tag} outer finally")
print(list(gen("full")))
print(events)
events.clear()
g = gen("partial")
next(g); next(g)
g.close()
print(events)
events.clear()
g = gen("throw")
next(g)
try:
    g.throw(KeyError("boom"))
except KeyError:
    events.append("caught outside")
print(events)
def return_in_finally():
    try:
        yield 1
    finally:
        return "finally return"
r = return_in_finally()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value)
r2 = return_in_finally()
next(r2)
print("close with return in finally:", r2.close())
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
y = yield_in_finally()
print(list(y))
y2 = yield_in_finally()
next(y2)
try:
    y2.close()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def except_else():
    try:
        v = yield "try"
    except ValueError:
        yield "except"
    else:
        yield f"else got {v}"
    finally:
        yield "finally"
e1 = except_else()
print(next(e1), e1.send("data"), next(e1))
e2 = except_else()
print(next(e2), e2.throw(ValueError), next(e2))
