# A generator (or coroutine) that fails leaves its locals to the traceback of the exception it
# raised, as a function does: tb_frame.f_locals shows them, and they are released when the
# traceback goes, not when the generator fails. (Not for StopIteration, StopAsyncIteration and
# GeneratorExit, which the VM swallows where it drives generators: their locals go at once.)
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def innermost(tb):
    while tb.tb_next:
        tb = tb.tb_next
    return tb


def gen(tag):
    x = D(tag)
    y = [tag, 42]
    yield 1
    raise ValueError("boom " + tag)


it = gen("next")
next(it)
try:
    next(it)
except ValueError as e:
    tb = innermost(e.__traceback__)
    print("locals:", sorted(tb.tb_frame.f_locals), tb.tb_frame.f_locals["y"])
print("after except")
del tb
print("after del tb")

# Failing inside a for loop (the loop resumes the generator inline).
try:
    for v in gen("for"):
        print("got", v)
except ValueError as e:
    tb = innermost(e.__traceback__)
    print("for locals:", sorted(tb.tb_frame.f_locals))
print("after for")
del tb
print("after del tb (for)")


# Closures: a cell variable of the failed generator stays readable.
def gen_cell(tag):
    c = D(tag)
    def show():
        return c.name
    yield show()
    raise KeyError(tag)


g = gen_cell("cell")
print(next(g))
try:
    next(g)
except KeyError as e:
    tb = innermost(e.__traceback__)
    print("cell locals:", sorted(tb.tb_frame.f_locals), tb.tb_frame.f_locals["c"].name)
del g
print("after del g")
del tb
print("after del tb (cell)")


# A coroutine driven by send().
async def coro():
    k = D("coro")
    raise OSError("coro failed")


c = coro()
try:
    c.send(None)
except OSError as e:
    tb = innermost(e.__traceback__)
    print("coro locals:", sorted(tb.tb_frame.f_locals))
del c
print("after del c")
del tb
print("after del tb (coro)")


# Without anything keeping the traceback, the locals go at once.
def quick():
    q = D("quick")
    yield 1
    1 / 0


it = quick()
next(it)
try:
    next(it)
except ZeroDivisionError:
    print("caught")
print("end")
