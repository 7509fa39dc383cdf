# gather (results in order, return_exceptions), cancellation, wait_for timeouts, wait, shield.
import asyncio


async def work(x, delay=0.0):
    await asyncio.sleep(delay)
    if x < 0:
        raise ValueError(f"bad {x}")
    return x * 10


async def forever(log):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append("cleanup")
        raise


async def main():
    print(await asyncio.gather(work(1, 0.2), work(2), work(3, 0.1)))
    print(await asyncio.gather(work(1), work(-1), return_exceptions=True))
    try:
        await asyncio.gather(work(1), work(-2))
    except ValueError as e:
        print("ValueError:", e)
    log = []
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done(), log)
    print(t.cancel())
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    t.cancel("with message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message", e.args)
    try:
        await asyncio.wait_for(forever(log), timeout=0.01)
    except TimeoutError as e:
        print("timeout", type(e.__cause__).__name__, log)
    print(await asyncio.wait_for(work(5), timeout=1))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired", cm.expired())
    # (far apart, so a loaded machine cannot finish two in one turn of the loop)
    tasks = [asyncio.create_task(work(i, 0 if i == 1 else 0.2)) for i in range(1, 4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    inner = asyncio.create_task(work(7, 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("KeyError:", e, fut.exception() is not None)
    return "ok"


print(asyncio.run(main()))
