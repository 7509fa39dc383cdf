# Async generators: asend/athrow/aclose, ag_* attributes, awaits inside, finalisation errors.
import types


class Tick:
    def __await__(self):
        yield "tick"


async def agen():
    try:
        got = yield 1
        print("got", got)
        await Tick()
        got = yield 2
        print("got", got)
    except ValueError as e:
        print("athrow caught", e)
        yield "after athrow"
    finally:
        print("agen finally")


def drive(aw, sends=()):
    """Runs an awaitable by hand: what an event loop would do, printing each suspension."""
    sends = list(sends)
    try:
        v = aw.send(None)
        while True:
            print("  suspended with", v)
            v = aw.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


g = agen()
print(type(g).__name__, isinstance(g, types.AsyncGeneratorType), g.__name__, g.ag_running, g.ag_await)
print(drive(g.__anext__()))
print(drive(g.asend("hello")))
print(drive(g.athrow(ValueError("boom"))))
print(drive(g.aclose()))
print(drive(g.__anext__()))
print(g.ag_frame)

g = agen()
print(drive(g.aclose()), drive(g.__anext__()))

aw = agen().__anext__()
print(type(aw).__name__, drive(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
print(drive(g.__anext__()))
try:
    drive(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)


async def raises_stop():
    yield 1
    raise StopAsyncIteration

g = raises_stop()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)


async def main():
    out = [v async for v in agen()]
    print(out)
    g = agen()
    print(await anext(g), await anext(g, "x"), await anext(g, "default"))
    print(type(aiter(g)).__name__)

drive(main())
