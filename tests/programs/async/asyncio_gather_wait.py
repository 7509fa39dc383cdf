# gather, wait, wait_for, as_completed, shield: results, errors, cancellation, timeouts.
# Jobs finish when the test opens their gate (a future), not after a delay, so the order of
# events does not depend on how fast the machine is; only the timeouts use the clock, against
# jobs that never finish.
import asyncio


def gates(n):
    loop = asyncio.get_running_loop()
    return [loop.create_future() for _ in range(n)]


def never():
    """A gate nobody opens (a fresh one each time: cancelling a task cancels its gate)."""
    return asyncio.get_running_loop().create_future()


def open_gate(gate):
    if not gate.done():
        gate.set_result(None)


async def job(name, gate, fail=None):
    await gate
    if fail:
        raise fail
    print('job done', name)
    return name


async def turns(n=1):
    for _ in range(n):
        await asyncio.sleep(0)


async def gathering():
    print('-- gather')
    print(await asyncio.gather())
    ga, gb = gates(2)
    g = asyncio.gather(job('a', ga), job('b', gb), asyncio.sleep(0, 'c'))
    await turns()
    open_gate(gb)
    await turns()
    open_gate(ga)
    print(await g)
    opened, = gates(1)
    open_gate(opened)
    same = job('same', opened)
    print(await asyncio.gather(same, same))
    res = await asyncio.gather(job('ok', opened), job('bad', opened, ValueError('bad one')),
                               return_exceptions=True)
    print([repr(r) for r in res])
    slow_gate, = gates(1)
    slow = asyncio.create_task(job('slow', slow_gate))
    try:
        await asyncio.gather(job('x', opened, KeyError('first')), slow)
    except KeyError as e:
        print('gather raised', repr(e), 'slow still running:', not slow.done())
    open_gate(slow_gate)
    print(await slow)

    # cancelling the gather cancels the children
    kids = [asyncio.create_task(job(f'k{i}', never())) for i in range(3)]
    g = asyncio.gather(*kids)
    await turns()
    print('cancel gather ->', g.cancel('enough'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, [k.cancelled() for k in kids])

    # a cancelled child fails the gather (without return_exceptions)
    c2_gate, = gates(1)
    c1 = asyncio.create_task(job('c1', never()))
    c2 = asyncio.create_task(job('c2', c2_gate))
    g = asyncio.gather(c1, c2)
    await turns()
    c1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('child cancelled -> gather CancelledError; c2 done:', c2.done())
    open_gate(c2_gate)
    await c2

    # with return_exceptions a cancelled child shows up as a CancelledError instance
    c3 = asyncio.create_task(job('c3', never()))
    g = asyncio.gather(c3, job('c4', opened), return_exceptions=True)
    await turns()
    c3.cancel()
    print([type(r).__name__ for r in await g])

    # the task awaiting gather is cancelled: children get cancelled too
    inner = [asyncio.create_task(job(f'i{i}', never())) for i in range(2)]

    async def waiter():
        return await asyncio.gather(*inner)
    w = asyncio.create_task(waiter())
    await turns(2)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled; inner cancelled:', [t.cancelled() for t in inner])


async def waiting():
    print('-- wait')
    loop = asyncio.get_running_loop()
    g1, g2, g3 = gates(3)
    tasks = [asyncio.create_task(job(n, g)) for n, g in (('w1', g1), ('w2', g2), ('w3', g3))]
    await turns()
    loop.call_soon(open_gate, g1)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print(len(done), len(pending))
    loop.call_soon(open_gate, g2)
    loop.call_soon(open_gate, g3)
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)

    f1_gate, = gates(1)
    failing = [asyncio.create_task(job('f1', f1_gate, OSError('f1 failed'))),
               asyncio.create_task(job('f2', never()))]
    loop.call_soon(open_gate, f1_gate)
    done, pending = await asyncio.wait(failing, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(failing)
    print(len(done), sum(t.cancelled() for t in done))

    # wait never raises the tasks' errors and accepts done futures
    fut = loop.create_future()
    fut.set_result('ready')
    done, pending = await asyncio.wait([fut], return_when=asyncio.FIRST_COMPLETED)
    print([f.result() for f in done])

    for bad in ([], [job('c', fut)], 'nonsense'):
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
    opened, = gates(1)
    open_gate(opened)
    print(await asyncio.wait_for(job('quick', opened), timeout=5))
    print(await asyncio.wait_for(job('none', opened), timeout=None))
    try:
        await asyncio.wait_for(job('too slow', never()), timeout=0.02)
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__)
    t = asyncio.create_task(job('task', never()))
    try:
        await asyncio.wait_for(t, timeout=0.01)
    except TimeoutError:
        print('task cancelled by wait_for:', t.cancelled())
    t = asyncio.create_task(job('zero', never()))
    try:
        await asyncio.wait_for(t, timeout=0)
    except TimeoutError:
        print('timeout=0 cancelled:', t.cancelled())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('already')
    print(await asyncio.wait_for(fut, 0))
    try:
        await asyncio.wait_for(job('err', opened, ValueError('inside')), timeout=5)
    except ValueError as e:
        print('ValueError', e)

    async def swallow():
        try:
            await never()
        except asyncio.CancelledError:
            return 'swallowed'
    print(await asyncio.wait_for(swallow(), timeout=0.01))


async def open_one_per_turn(*to_open):
    for gate in to_open:
        await turns()
        open_gate(gate)


async def completion_order():
    print('-- as_completed')
    first, second, third = gates(3)
    aws = [job('third', third), job('first', first), job('second', second)]
    opener = asyncio.create_task(open_one_per_turn(first, second, third))
    for next_done in asyncio.as_completed(aws):
        print('got', await next_done)
    await opener
    gy, gx = gates(2)
    tasks = [asyncio.create_task(job(n, g)) for n, g in (('y', gy), ('x', gx))]
    opener = asyncio.create_task(open_one_per_turn(gx, gy))
    async for t in asyncio.as_completed(tasks):
        print('async got', t.result(), t in tasks)
    await opener
    fast, = gates(1)
    open_gate(fast)
    slow = [job('never', never()), job('fast', fast)]
    try:
        for next_done in asyncio.as_completed(slow, timeout=0.05):
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
    inner_gate, = gates(1)
    inner = asyncio.create_task(job('shielded', inner_gate))
    outer = asyncio.shield(inner)

    async def waits():
        return await outer
    w = asyncio.create_task(waits())
    await turns()
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('outer cancelled', outer.cancelled(), 'inner running', not inner.done())
    open_gate(inner_gate)
    print(await inner)
    opened, = gates(1)
    open_gate(opened)
    print(await asyncio.shield(job('plain', opened)))
    print(asyncio.shield(opened) is opened)
    victim = asyncio.create_task(job('victim', never()))
    sh = asyncio.shield(victim)
    await turns()
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


asyncio.run(main())
