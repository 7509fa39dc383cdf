# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter runs at an async generator's first step,
# the finalizer when one is collected unfinished; asyncio's loop closes the generators it started.
import sys
import gc
import asyncio

print(sys.get_asyncgen_hooks())
h = sys.get_asyncgen_hooks()
print(type(h).__name__, h.firstiter, h.finalizer, tuple(h) == (None, None))

for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError", e)

events = []

def firstiter(agen):
    events.append(("firstiter", agen.__name__))

def finalizer(agen):
    events.append(("finalizer", agen.__name__))

async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        events.append(("finally", n))

sys.set_asyncgen_hooks(firstiter, finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(firstiter=firstiter)


def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = ticker(3)
print("created", events)
print("first", drive(g.__anext__()), events)
print("second", drive(g.__anext__()), events)
del g
gc.collect()
print("after del", events)

events.clear()
g2 = ticker(1)
print(drive(g2.__anext__()))
try:
    drive(g2.__anext__())
except StopAsyncIteration:
    print("exhausted")
del g2
gc.collect()
print("finished one", events)

def bad_firstiter(agen):
    raise ValueError("no")
sys.set_asyncgen_hooks(firstiter=bad_firstiter)
try:
    ticker(1).__anext__()
except ValueError as e:
    print("firstiter error", e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

# asyncio: a generator left suspended is closed by the loop (shutdown_asyncgens at the end of run).
log = []

async def source():
    try:
        yield 1
        yield 2
    finally:
        log.append("source closed")

async def main():
    agen = source()
    async for v in agen:
        log.append(v)
        break
    log.append("main done")
    keep.append(agen)

keep = []
asyncio.run(main())
print(log, sys.get_asyncgen_hooks())
