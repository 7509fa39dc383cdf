# yield as an expression in different syntactic positions
def positions():
    a = yield 1
    b = (yield 2) * 10
    c = [(yield 3), (yield 4)]
    d = {"k": (yield 5)}
    e = f"{(yield 6)}!"
    yield ("results", a, b, c, d, e)
g = positions()
out = [next(g)]
for v in ["A", 7, "x", "y", "z", "w"]:
    out.append(g.send(v))
print(out)
def yield_in_call():
    print("  printing", (yield "first"))
    return_value = len((yield "second") or "")
    yield return_value
y = yield_in_call()
print(next(y), y.send("sent-1"), y.send("four"))
def yield_none():
    x = yield
    yield x
yn = yield_none()
print(next(yn), yn.send("got it"))
def yield_tuple():
    yield 1, 2
    yield (3, 4)
    yield (5,)
    yield ()
print(list(yield_tuple()))
def yield_in_condition():
    while (yield "ask") != "stop":
        pass
    yield "stopped"
yc = yield_in_condition()
print(next(yc), yc.send("go"), yc.send("stop"))
def yield_precedence():
    x = yield 1 + 2
    yield x
yp = yield_precedence()
print(next(yp), yp.send("assigned"))
def yield_lambda_arg():
    results = list(map(lambda v: v * 2, [(yield "need value")]))
    yield results
yl = yield_lambda_arg()
print(next(yl), yl.send(21))
def yield_in_try():
    try:
        x = yield "in try"
        raise ValueError(x)
    except ValueError as e:
        y = yield f"in except: {e}"
    finally:
        z = yield "in finally"
    yield (y, z)
yt = yield_in_try()
print(next(yt), yt.send("msg"), yt.send("Y"), yt.send("Z"))
