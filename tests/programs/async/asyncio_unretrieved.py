# Messages the default exception handler writes to stderr: a task's exception nobody
# retrieved, an exception in a callback, and a custom handler seeing the same reports.
import asyncio
import gc


async def fails():
    raise ValueError('nobody looks at this')


async def main():
    loop = asyncio.get_running_loop()
    reports = []
    loop.set_exception_handler(lambda lp, ctx: reports.append(ctx))
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print('task done:', t.done())
    del t
    gc.collect()
    print([(r['message'], repr(r['exception'])) for r in reports])
    fut = loop.create_future()
    fut.set_exception(KeyError('future error'))
    del fut
    gc.collect()
    print([r['message'] for r in reports][1:])
    # retrieved exceptions are not reported
    fut = loop.create_future()
    fut.set_exception(KeyError('seen'))
    fut.exception()
    del fut
    t = asyncio.create_task(fails())
    try:
        await t
    except ValueError:
        pass
    del t
    gc.collect()
    print(len(reports))
    loop.set_exception_handler(None)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print('callback error reported, loop goes on')
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del t
    gc.collect()
    print('end of main')


asyncio.run(main())
