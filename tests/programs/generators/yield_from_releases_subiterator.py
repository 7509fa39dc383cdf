# A `yield from` that completes releases its sub-iterator at once (CPython frees it by reference
# counting there): its __del__ runs and weak references die before the delegating generator goes on,
# whether the sub-iterator returned, raised StopIteration itself, or finished inside a throw().
import weakref


class Sub:
    """An iterator with a finalizer: prints when it is freed."""

    def __init__(self, name, n):
        self.name, self.n = name, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.name + " done")
        self.n -= 1
        return self.n

    def __del__(self):
        print("  freed", self.name)


def gen_sub(name, n):
    for i in range(n):
        yield i
    return name + " returned"


refs = []


def make(name, n):
    g = gen_sub(name, n)
    refs.append((name, weakref.ref(g)))   # a counted reference taken and given back
    return g


def delegate_iter():
    r = yield from Sub("iterator", 2)
    print("  after iterator:", r)
    r = yield from make("generator", 2)
    print("  after generator:", r, "alive:", [n for n, w in refs if w() is not None])
    r = yield from make("second", 1)
    print("  after second:", r, "alive:", [n for n, w in refs if w() is not None])
    return "outer done"


print("for loop:")
for v in delegate_iter():
    print("  got", v)

print("send loop:")
refs.clear()
g = delegate_iter()
try:
    v = g.send(None)
    while True:
        print("  got", v)
        v = g.send(None)
except StopIteration as e:
    print("  result", e.value)


def thrower(name):
    try:
        yield 1
    except KeyError:
        return name + " caught"


def delegate_throw():
    r = yield from thrower("thrown")
    print("  after throw:", r, "alive:", [n for n, w in refs if w() is not None])
    yield "next"


print("throw:")
refs.clear()
t = thrower("thrown")
refs.append(("thrown", weakref.ref(t)))
def d2(sub):
    r = yield from sub
    print("  after throw:", r)
    yield "next"
outer = d2(t)
del t
print("  first", next(outer))
print("  throw gives", outer.throw(KeyError("k")))
print("  alive:", [n for n, w in refs if w() is not None])


def many(n):
    for _ in range(n):
        yield from make("x", 1)


refs.clear()
total = sum(many(2000))
print("many:", total, "alive", sum(1 for n, w in refs if w() is not None), "of", len(refs))


# `await` of a generator-based coroutine (asyncio.sleep(0)'s shape) is a yield from: each awaited
# generator is freed when its await completes.
import types

coro_refs = []


@types.coroutine
def tick():
    yield


async def ticker(n):
    for _ in range(n):
        t = tick()
        coro_refs.append(weakref.ref(t))
        await t
        del t
        print("  awaited; alive:", sum(1 for w in coro_refs if w() is not None))


print("await:")
c = ticker(3)
try:
    while True:
        c.send(None)
except StopIteration:
    pass
