# The order asyncio runs things in: tasks interleaving at sleep(0), timers by deadline,
# call_soon before timers, done callbacks, current_task and all_tasks. (Deadlines are 0.1 s
# apart: a loaded machine must not reorder them.)
import asyncio

log = []


async def ticker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def sleeper(name, delay):
    # (a deadline from one base time: how late each task starts does not matter)
    await asyncio.sleep(base + delay - asyncio.get_running_loop().time())
    log.append(name)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(ticker("a", 3))
    t2 = asyncio.create_task(ticker("b", 2), name="bee")
    print(t1.done(), t2.get_name(), asyncio.current_task().get_name() == "Task-1")
    print(await t1, await t2, log)
    log.clear()
    global base
    base = loop.time()
    await asyncio.gather(sleeper("slow", 0.3), sleeper("fast", 0.1), sleeper("mid", 0.2))
    print(log)
    log.clear()
    loop.call_later(0.2, log.append, "later")
    loop.call_at(loop.time() + 0.1, log.append, "at")
    loop.call_soon(log.append, "soon")
    h = loop.call_soon(log.append, "cancelled")
    h.cancel()
    log.append("sync")
    await asyncio.sleep(0.3)
    print(log, h.cancelled())
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append(("cb1", f.result())))
    fut.add_done_callback(lambda f: log.append(("cb2", f.result())))
    loop.call_soon(fut.set_result, 42)
    print(await fut, log[-2:])
    t = asyncio.create_task(ticker("c", 1))
    print(len(asyncio.all_tasks()), t in asyncio.all_tasks())
    await t
    print(len(asyncio.all_tasks()))
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested():
    inner = ticker("x", 1)
    try:
        asyncio.run(inner)
    finally:
        inner.close()

coro = nested()
try:
    asyncio.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(main))
c.close()
