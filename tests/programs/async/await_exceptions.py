# Exceptions travelling through awaits: tracebacks name every coroutine, try/finally runs,
# exception context and StopIteration inside a coroutine.


async def leaf(n):
    if n == 0:
        raise ValueError("deep")
    return await leaf(n - 1)


async def middle():
    try:
        await leaf(3)
    finally:
        print("middle finally")


def tb_names(e):
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


c = middle()
try:
    c.send(None)
except ValueError as e:
    print("caught", e, tb_names(e))


async def handler():
    try:
        await leaf(0)
    except ValueError as e:
        raise KeyError("wrapped") from e


try:
    handler().send(None)
except KeyError as e:
    print(repr(e), repr(e.__cause__), tb_names(e))


async def stops():
    raise StopIteration(5)

try:
    stops().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


async def catches():
    try:
        await leaf(0)
    except ValueError:
        return "recovered"

try:
    catches().send(None)
except StopIteration as e:
    print(e.value)


class Boom:
    def __await__(self):
        yield 1
        raise IndexError("from await")


async def awaits_boom():
    try:
        return await Boom()
    except IndexError as e:
        return f"handled {e}"

c = awaits_boom()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
