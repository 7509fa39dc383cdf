# An async generator's asend()/__anext__(), athrow() and aclose() awaitables give the same results
# awaited (the eval loop's `await`, which takes their result without a StopIteration) and driven by
# hand with send()/throw() (their StopIteration(value) caught): values, sent values, the end,
# errors, reuse, and awaits inside the generator passed up to the driver.
import types


@types.coroutine
def pause(tag):
    got = yield ("paused", tag)
    return got


class Boom(Exception):
    pass


async def gen(log):
    try:
        got = yield 1
        log.append(("got", got))
        got = yield 2
        log.append(("got", got))
        echoed = await pause("inside")
        log.append(("echoed", echoed))
        try:
            yield 3
        except Boom as e:
            log.append(("caught", str(e)))
            yield "after boom"
        yield 4
    finally:
        log.append("finally")


def by_hand(aw, value=None, throw=None):
    """Drives an awaitable as `await` would: answers each pause with its tag; returns its result."""
    passed = []
    try:
        out = aw.throw(throw) if throw is not None else aw.send(value)
        while True:
            passed.append(out)
            out = aw.send(out[1] + "!")
    except StopIteration as e:
        return ("result", e.value, passed)
    except Exception as e:
        return ("raised", type(e).__name__, str(e), passed)


def run(coro):
    passed = []
    try:
        out = coro.send(None)
        while True:
            passed.append(out)
            out = coro.send(out[1] + "!")
    except StopIteration as e:
        return e.value, passed


async def awaited(log):
    g = gen(log)
    out = []
    out.append(await g.asend(None))
    out.append(await g.asend("a"))
    out.append(await g.__anext__())
    out.append(await g.athrow(Boom("boom")))
    out.append(await g.asend("b"))
    try:
        await g.asend("c")
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    aw = g.asend(None)
    try:
        await aw
    except StopAsyncIteration:
        out.append("StopAsyncIteration again")
    try:
        await aw
    except RuntimeError as e:
        out.append(str(e))
    out.append(await g.aclose())
    g2 = gen(log)
    out.append(await g2.asend(None))
    out.append(await g2.aclose())
    async for v in gen(log):
        out.append(("for", v))
    return out


def driven(log):
    g = gen(log)
    out = []
    out.append(by_hand(g.asend(None)))
    out.append(by_hand(g.asend("a"), "a"))
    out.append(by_hand(g.__anext__()))
    out.append(by_hand(g.athrow(Boom("boom"))))
    out.append(by_hand(g.asend("b"), "b"))
    out.append(by_hand(g.asend("c"), "c"))
    aw = g.asend(None)
    out.append(by_hand(aw))
    out.append(by_hand(aw))
    out.append(by_hand(g.aclose()))
    g2 = gen(log)
    out.append(by_hand(g2.asend(None)))
    out.append(by_hand(g2.aclose()))
    return out


async def failing():
    yield 1
    raise Boom("from the generator")


async def awaited_failure():
    g = failing()
    first = await g.__anext__()
    try:
        await g.__anext__()
    except Boom as e:
        return first, "Boom", str(e)


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def awaited_ignored_exit():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)


log1, log2 = [], []
print("awaited:", run(awaited(log1)))
print("log:", log1)
print("driven:", driven(log2))
print("log:", log2)
print("failure:", run(awaited_failure()))
g = failing()
print("failure by hand:", by_hand(g.__anext__()), by_hand(g.__anext__()))
print("ignored GeneratorExit:", run(awaited_ignored_exit()))
g = ignores_exit()
by_hand(g.__anext__())
print("ignored GeneratorExit by hand:", by_hand(g.aclose()))
