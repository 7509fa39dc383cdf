# asyncio.timeout / timeout_at and TaskGroup: expiry, rescheduling, nested cancellation,
# sibling cancellation and exception groups.
import asyncio


async def sleeper(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail is not None:
        print(name, 'fails')
        raise fail
    print(name, 'finished')
    return name


async def timeouts():
    print('-- timeout')
    try:
        async with asyncio.timeout(0.05) as cm:
            print(cm.expired(), cm.when() is not None)
            await sleeper('slow body', 2)
    except TimeoutError as e:
        print('TimeoutError, expired:', cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await sleeper('fast body', 0)
    print('expired:', cm.expired())
    async with asyncio.timeout(None) as cm:
        print('when', cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        cm.reschedule(None)
        await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 5) as cm:
            cm.reschedule(loop.time() + 0.05)
            await sleeper('rescheduled', 2)
    except TimeoutError:
        print('rescheduled timeout fired')
    try:
        async with asyncio.timeout(-1):
            print('already past: body starts')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('past deadline -> TimeoutError')
    # the inner timeout expires first; the outer one does not fire
    try:
        async with asyncio.timeout(5) as outer:
            async with asyncio.timeout(0.05) as inner:
                await asyncio.sleep(2)
    except TimeoutError:
        print('inner expired', inner.expired(), 'outer expired', outer.expired())
    # catching the TimeoutError inside the outer block
    async with asyncio.timeout(5) as outer:
        try:
            async with asyncio.timeout(0.05):
                await asyncio.sleep(2)
        except TimeoutError:
            print('caught inner timeout')
    print('outer expired', outer.expired())
    # a cancel from outside stays a CancelledError
    async def guarded():
        async with asyncio.timeout(5):
            await asyncio.sleep(2)
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('external cancel stays CancelledError')
    # state errors
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    print(asyncio.current_task().cancelling())


async def groups():
    print('-- TaskGroup')
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(sleeper('g1', 0.3))
        t2 = tg.create_task(sleeper('g2', 0.1), name='second')
        print('body done, tasks running')
    print(t1.result(), t2.result(), t2.get_name())

    # one failure cancels the siblings and the body
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper('long', 2))
            tg.create_task(sleeper('bad', 0.05, ValueError('bad task')))
            await sleeper('body', 2)
    except* ValueError as eg:
        print('caught', type(eg).__name__, [repr(e) for e in eg.exceptions])
    print('cancelling after group:', asyncio.current_task().cancelling())

    # several failures (here two tasks failing in the same loop turn) are grouped
    async def fail_when_open(name, gate, error):
        await gate
        print(name, 'fails')
        raise error
    gate = asyncio.get_running_loop().create_future()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_when_open('e1', gate, KeyError('k')))
            tg.create_task(fail_when_open('e2', gate, IndexError('i')))
            tg.create_task(sleeper('ok', 0))
            await asyncio.sleep(0)
            gate.set_result(None)
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions), sorted(type(e).__name__ for e in eg.exceptions))
        print(str(eg))

    # an exception in the body cancels the tasks and is included in the group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper('sibling', 2))
            await asyncio.sleep(0)
            raise RuntimeError('body failed')
    except ExceptionGroup as eg:
        print('body error grouped:', [repr(e) for e in eg.exceptions])

    # a BaseException (not Exception) makes a BaseExceptionGroup
    class Stop(BaseException):
        pass
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper('base', 0, Stop()))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [type(e).__name__ for e in eg.exceptions])

    # create_task after the group finished / before entering
    tg = asyncio.TaskGroup()
    coro = sleeper('late', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', str(e).split('TaskGroup')[-1])
    async with tg:
        pass
    coro = sleeper('late', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', str(e).split('TaskGroup')[-1])

    # tasks may be added while the group waits in __aexit__
    async def spawner(tg):
        await asyncio.sleep(0.05)
        tg.create_task(sleeper('spawned later', 0.05))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg))

    # cancelling the task that runs the group cancels the members and propagates
    async def runs_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper('member', 2))
            await sleeper('group body', 2)
    t = asyncio.create_task(runs_group())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('group task cancelled:', t.cancelled())

    # a TaskGroup inside a timeout: the timeout wins, members are cancelled
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(sleeper('under timeout', 2))
    except TimeoutError:
        print('TimeoutError around a TaskGroup')


async def main():
    await timeouts()
    await groups()


asyncio.run(main())
