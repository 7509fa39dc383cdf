# asyncio.TaskGroup (failures cancel the rest and arrive as an ExceptionGroup) and contextvars
# through tasks, callbacks and to_thread.
import contextvars
import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    return n

async def bad(d, exc):
    await asyncio.sleep(d)
    raise exc

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1, 0.02))
        t2 = tg.create_task(ok(2, 0.01))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(ok(3, 1))
            tg.create_task(bad(0.01, ValueError("v")))
            tg.create_task(bad(0.01, KeyError("k")))
    except* ValueError as eg:
        print("values", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys", [repr(e) for e in eg.exceptions])
    print(s.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(4, 1))
            raise IndexError("body")
    except ExceptionGroup as eg:
        print(eg, [type(e).__name__ for e in eg.exceptions])
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(ok(1, 0))
    except RuntimeError as e:
        print("RuntimeError:", str(e).split()[-3:])


request = contextvars.ContextVar("request", default="none")


async def handler(name):
    request.set(name)
    await asyncio.sleep(0)
    return request.get()


async def ctx_main():
    request.set("main")
    results = await asyncio.gather(handler("a"), handler("b"))
    print(results, request.get())
    seen = []
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: seen.append(request.get()))
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in ctx")
    loop.call_soon(lambda: seen.append(request.get()), context=ctx)
    await asyncio.sleep(0)
    print(seen, ctx[request], request in ctx, len(ctx) >= 1)
    print(await asyncio.to_thread(request.get))
    token = request.set("temp")
    request.reset(token)
    print(request.get())
    try:
        request.reset(token)
    except RuntimeError:
        print("token reused")


asyncio.run(main())
asyncio.run(ctx_main())
print(request.get())
