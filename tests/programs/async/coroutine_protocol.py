# Driving coroutines by hand: send/throw/close, cr_* attributes, __await__, reuse errors.
import types


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def inner(x):
    y = await Suspend()
    return x + y


async def outer():
    a = await inner(1)
    b = await inner(a)
    return [a, b]


c = outer()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await)
print(isinstance(c, types.CoroutineType), c.cr_frame is not None, c.cr_suspended)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = outer()
c.send(None)
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError:", e)

c = outer()
c.send(None)
print(c.close(), c.cr_frame)

w = outer().__await__()
print(type(w).__name__, next(w), w.send(1))
w.close()

for bad in (1, "s"):
    async def use(o=bad):
        await o
    try:
        use().send(None)
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 42


async def use_bad():
    await BadAwait()

try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

c = outer()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
for op in (next, iter, list):
    c = outer()
    try:
        op(c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
