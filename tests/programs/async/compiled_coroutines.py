# Coroutines compiled like generators (await: GET_AWAITABLE and YIELD_FROM): await chains through
# coroutines, __await__ iterators and types.coroutine generators, send/throw/close, cr_await, the
# "being awaited already" and "cannot reuse" errors, PEP 479, tracebacks and asyncio.gather.
# Runs often enough to be compiled.
import asyncio, types, traceback

class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ("ready", self.v)   # suspends the whole await chain, sent value comes back
        return (self.v, got)

@types.coroutine
def pause(tag):
    got = yield tag
    return got

async def leaf(x):
    a = await Ready(x)
    b = await pause(("pause", x))
    return a, b

async def middle(n):
    out = []
    for i in range(n):
        try:
            out.append(await leaf(i))
        except KeyError as e:
            out.append(("caught", str(e)))
        finally:
            out.append("finally")
    return out

async def raiser():
    await pause("r")
    raise ValueError("bad")

async def stopper():
    await pause("s")
    raise StopIteration("inside")

async def calls(c):
    return await c

def tb(e):
    return [fs.name for fs in traceback.extract_tb(e.__traceback__)]

def drive(coro, values, throw_at=None):
    log = []
    try:
        log.append(coro.send(None))
        for k, v in enumerate(values):
            if k == throw_at:
                log.append(coro.throw(KeyError("thrown")))
            else:
                log.append(coro.send(v))
    except StopIteration as e:
        log.append(("return", e.value))
    except Exception as e:
        log.append((type(e).__name__, str(e), tb(e)))
    return log

async def gathered():
    async def one(i):
        await asyncio.sleep(0)
        return i * i
    return await asyncio.gather(*(one(i) for i in range(5)))

def run():
    got = []
    got.append(drive(middle(2), ["s0", "s1", "s2", "s3"]))
    got.append(drive(middle(2), ["s0", "s1", "s2"], throw_at=1))
    got.append(drive(calls(raiser()), [1]))
    got.append(drive(calls(stopper()), [1]))
    c = middle(3)
    c.send(None)
    got.append((type(c.cr_await).__name__, c.cr_frame is not None, c.cr_running))
    got.append(c.close())
    got.append((c.cr_frame, c.cr_await))
    inner = leaf(7)
    inner.send(None)
    try:
        calls(inner).send(None)
    except RuntimeError as e:
        got.append(str(e))
    inner.close()
    done = calls(leaf(1))
    drive(done, [1, 2])
    try:
        done.send(None)
    except RuntimeError as e:
        got.append(str(e))
    got.append(asyncio.run(gathered()))
    return got

for _ in range(70):
    results = run()
print(results)
