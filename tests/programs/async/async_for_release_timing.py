# Reference-count timing of async iteration: an async iterator, an __anext__ awaitable and an
# async generator are freed (their __del__ and weakref callbacks run) when CPython frees them,
# right after the loop, the await or the comprehension, whichever way the loop is left.
import types
import weakref

log = print


@types.coroutine
def yield_now():
    yield


def run(coro):
    """Drives a coroutine to its end as an event loop would (each bare yield resumes it)."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class AIter:
    """A class-based async iterator: __anext__ is a coroutine holding self while it runs."""
    def __init__(self, n, name, pause=False):
        self.n = n
        self.i = 0
        self.name = name
        self.pause = pause

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.pause:
            await yield_now()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

    def __del__(self):
        log("  del", self.name)


class Aw:
    """An awaitable whose __await__ is an iterator object (not a generator)."""
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __await__(self):
        return AwIter(self.name, self.value)

    def __del__(self):
        log("  del awaitable", self.name)


class AwIter:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.steps = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.steps += 1
        if self.steps == 1:
            return None  # suspends the awaiting coroutine once
        raise StopIteration(self.value)

    def __del__(self):
        log("  del await iterator", self.name)


class Payload:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log("  del payload", self.name)


def watch(o, name):
    return weakref.ref(o, lambda r: log("  weakref callback", name))


async def agen(name, n):
    try:
        for i in range(n):
            yield i
        log("  agen", name, "exhausted")
    finally:
        log("  agen", name, "finally")


async def normal_end():
    log("normal end")
    async for x in AIter(2, "a"):
        log("  x", x)
    log("  after loop")


async def break_exit():
    log("break")
    async for x in AIter(5, "b", pause=True):
        if x == 2:
            break
    log("  after break")


async def continue_loop():
    log("continue")
    async for x in AIter(3, "c"):
        if x == 1:
            continue
        log("  x", x)
    log("  after loop")


async def return_exit():
    log("return")
    async for x in AIter(5, "r"):
        if x == 3:
            return x
    return None


async def exception_exit():
    log("exception")
    try:
        async for x in AIter(5, "e", pause=True):
            if x == 2:
                raise ValueError("stop")
    except ValueError as e:
        log("  caught", e)
    log("  after try")


async def for_else():
    log("else")
    async for x in AIter(1, "else"):
        pass
    else:
        log("  else clause")
    log("  after loop")


async def nested():
    log("nested")
    async for x in AIter(2, "outer"):
        async for y in AIter(2, "inner%d" % x):
            log("  pair", x, y)
        log("  after inner", x)
    log("  after outer")


async def weakref_iterator():
    log("weakref")
    it = AIter(2, "w")
    r = watch(it, "w")
    async for x in it:
        pass
    log("  loop done, alive:", r() is not None)
    del it
    log("  after del")
    it = AIter(2, "w2")
    r2 = watch(it, "w2")
    async for x in it:
        pass
    log("  w2 alive while named:", r2() is not None)


async def async_generators():
    log("async generator, run to the end")
    async for x in agen("g1", 2):
        log("  x", x)
    log("  after loop")
    log("async generator, break")
    async for x in agen("g2", 5):
        if x == 1:
            break
    log("  after break")
    log("async generator, exception")
    try:
        async for x in agen("g3", 5):
            raise KeyError(x)
    except KeyError as e:
        log("  caught", e)
    log("async generator, weakref")
    g = agen("g4", 3)
    r = watch(g, "g4")
    async for x in g:
        if x == 0:
            break
    log("  alive while named:", r() is not None)
    del g
    log("  after del")


async def comprehensions():
    log("list comprehension")
    r = [x async for x in AIter(3, "lc")]
    log("  ", r)
    log("set and dict comprehensions")
    s = {x async for x in AIter(2, "sc")}
    d = {x: x * x async for x in agen("dc", 3)}
    log("  ", sorted(s), d)
    log("nested comprehension")
    r = [(x, y) async for x in AIter(2, "nc-outer") async for y in AIter(2, "nc-inner")]
    log("  ", r)
    log("comprehension over a sync iterable with an async inner loop")
    r = [y for x in range(2) async for y in agen("mix%d" % x, 2)]
    log("  ", r)
    log("async generator expression")
    ge = (x * 10 async for x in AIter(2, "ge"))
    r = [v async for v in ge]
    log("  ", r)
    del ge
    log("  after del ge")


async def awaitables():
    log("await an object whose __await__ is an iterator")
    v = await Aw("aw1", Payload("p1"))
    log("  got", v.name)
    del v
    log("  after del v")
    log("await anext()")
    ai = AIter(2, "an")
    v = await anext(ai)
    log("  got", v)
    v = await anext(ai, "default")
    v = await anext(ai, "default")
    log("  got", v)
    del ai
    log("  after del ai")


async def closed_while_suspended():
    async for x in AIter(5, "closed", pause=True):
        log("  x", x)
    log("  not reached")


async def suspended_in_body():
    async for x in AIter(5, "in body"):
        log("  x", x)
        await yield_now()
    log("  not reached")


def close_and_throw():
    log("close while suspended in the loop")
    c = closed_while_suspended()
    c.send(None)
    c.send(None)
    c.close()
    log("  after close")
    log("throw while suspended in the loop's body")
    c = suspended_in_body()
    c.send(None)
    try:
        c.throw(RuntimeError("thrown"))
    except RuntimeError as e:
        log("  caught", e)
    log("  after throw")
    log("dropped while suspended in the loop")
    c = closed_while_suspended()
    c.send(None)
    c.send(None)
    del c
    log("  after del")


run(normal_end())
run(break_exit())
run(continue_loop())
log("  returned", run(return_exit()))
run(exception_exit())
run(for_else())
run(nested())
run(weakref_iterator())
log("  after weakref coroutine")
run(async_generators())
run(comprehensions())
run(awaitables())
close_and_throw()
log("end")
