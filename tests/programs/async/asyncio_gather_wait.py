# gather, wait, wait_for, as_completed, shield: results, errors, cancellation, timeouts.
import asyncio


async def job(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail
    print('job done', name)
    return name


async def gathering():
    print('-- gather')
    print(await asyncio.gather())
    print(await asyncio.gather(job('a', 0.2), job('b', 0.1), asyncio.sleep(0, 'c')))
    same = job('same', 0)
    print(await asyncio.gather(same, same))
    res = await asyncio.gather(job('ok', 0), job('bad', 0, ValueError('bad one')),
                               return_exceptions=True)
    print([repr(r) for r in res])
    slow = asyncio.create_task(job('slow', 0.2))
    try:
        await asyncio.gather(job('x', 0, KeyError('first')), slow)
    except KeyError as e:
        print('gather raised', repr(e), 'slow still running:', not slow.done())
    print(await slow)

    # cancelling the gather cancels the children
    kids = [asyncio.create_task(job(f'k{i}', 1)) for i in range(3)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    print('cancel gather ->', g.cancel('enough'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, [k.cancelled() for k in kids])

    # a cancelled child fails the gather (without return_exceptions)
    c1 = asyncio.create_task(job('c1', 1))
    c2 = asyncio.create_task(job('c2', 0.2))
    g = asyncio.gather(c1, c2)
    await asyncio.sleep(0)
    c1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('child cancelled -> gather CancelledError; c2 done:', c2.done())
    await c2

    # with return_exceptions a cancelled child shows up as a CancelledError instance
    c3 = asyncio.create_task(job('c3', 1))
    g = asyncio.gather(c3, job('c4', 0), return_exceptions=True)
    await asyncio.sleep(0)
    c3.cancel()
    print([type(r).__name__ for r in await g])

    # the task awaiting gather is cancelled: children get cancelled too
    inner = [asyncio.create_task(job(f'i{i}', 1)) for i in range(2)]
    async def waiter():
        return await asyncio.gather(*inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled; inner cancelled:', [t.cancelled() for t in inner])


async def waiting():
    print('-- wait')
    tasks = [asyncio.create_task(job(n, d)) for n, d in (('w1', 0.1), ('w2', 0.5), ('w3', 0.8))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)

    failing = [asyncio.create_task(job('f1', 0.1, OSError('f1 failed'))),
               asyncio.create_task(job('f2', 0.5))]
    done, pending = await asyncio.wait(failing, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(failing)
    print(len(done), sum(t.cancelled() for t in done))

    # wait never raises the tasks' errors and accepts done futures
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('ready')
    done, pending = await asyncio.wait([fut], return_when=asyncio.FIRST_COMPLETED)
    print([f.result() for f in done])

    for bad in ([], [job('c', 0)], 'nonsense'):
        try:
            if bad == 'nonsense':
                await asyncio.wait([fut], return_when=bad)
            else:
                await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
            if bad and not isinstance(bad, str):
                bad[0].close()
    try:
        await asyncio.wait(fut)
    except TypeError as e:
        print('TypeError', e)


async def wait_for_tests():
    print('-- wait_for')
    print(await asyncio.wait_for(job('quick', 0.01), timeout=1))
    print(await asyncio.wait_for(job('none', 0), timeout=None))
    try:
        await asyncio.wait_for(job('too slow', 1), timeout=0.02)
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__)
    t = asyncio.create_task(job('task', 1))
    try:
        await asyncio.wait_for(t, timeout=0.01)
    except TimeoutError:
        print('task cancelled by wait_for:', t.cancelled())
    t = asyncio.create_task(job('zero', 1))
    try:
        await asyncio.wait_for(t, timeout=0)
    except TimeoutError:
        print('timeout=0 cancelled:', t.cancelled())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('already')
    print(await asyncio.wait_for(fut, 0))
    try:
        await asyncio.wait_for(job('err', 0, ValueError('inside')), timeout=1)
    except ValueError as e:
        print('ValueError', e)

    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'swallowed'
    print(await asyncio.wait_for(swallow(), timeout=0.01))


async def completion_order():
    print('-- as_completed')
    aws = [job('third', 0.3), job('first', 0.1), job('second', 0.2)]
    for next_done in asyncio.as_completed(aws):
        print('got', await next_done)
    tasks = [asyncio.create_task(job(n, d)) for n, d in (('y', 0.2), ('x', 0.1))]
    async for t in asyncio.as_completed(tasks):
        print('async got', t.result(), t in tasks)
    slow = [job('never', 2), job('fast', 0.1)]
    try:
        for next_done in asyncio.as_completed(slow, timeout=0.3):
            print('got', await next_done)
    except TimeoutError:
        print('as_completed timed out')
    coro = asyncio.sleep(0)
    try:
        asyncio.as_completed(coro)
    except TypeError as e:
        print('TypeError', e)
    coro.close()


async def shielding():
    print('-- shield')
    inner = asyncio.create_task(job('shielded', 0.3))
    outer = asyncio.shield(inner)
    async def waits():
        return await outer
    w = asyncio.create_task(waits())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('outer cancelled', outer.cancelled(), 'inner running', not inner.done())
    print(await inner)
    print(await asyncio.shield(job('plain', 0)))
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)
    victim = asyncio.create_task(job('victim', 1))
    sh = asyncio.shield(victim)
    await asyncio.sleep(0)
    victim.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print('inner cancelled -> shield cancelled', sh.cancelled())


async def main():
    await gathering()
    await waiting()
    await wait_for_tests()
    await completion_order()
    await shielding()
    await asyncio.sleep(0.3)


asyncio.run(main())
