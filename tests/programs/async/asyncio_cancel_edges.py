# Cancellation corner cases: nested TaskGroups, cancel during __aexit__, uncancel,
# cancel messages through gather/shield/wait_for, CancelledError caught and re-raised.
import asyncio


async def boom(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def sleepy(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(name, 'cancelled', e.args)
        raise


async def nested_groups():
    print('-- nested groups')
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(sleepy('outer member', 2))

            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(sleepy('inner member', 2))
                    inner.create_task(boom(0.05, ValueError('inner failure')))
            outer.create_task(inner_group())
    except* ValueError as eg:
        def show(e, depth=0):
            print('  ' * depth + type(e).__name__, str(e) if not isinstance(e, BaseExceptionGroup) else e.message)
            if isinstance(e, BaseExceptionGroup):
                for sub in e.exceptions:
                    show(sub, depth + 1)
        show(eg)


async def cancel_during_exit():
    print('-- cancel while __aexit__ waits')
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleepy('m1', 2))
        print('not reached')
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.05)
    t.cancel('outside')
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, res[0].args, t.cancelled())


async def error_and_outside_cancel():
    print('-- failure and outside cancel together')
    async def fail_and_cancel(parent):
        await asyncio.sleep(0)
        parent.cancel()             # in the same step as the failure below
        raise KeyError('k')

    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_and_cancel(asyncio.current_task()))
            tg.create_task(sleepy('m3', 2))
    t = asyncio.create_task(runner())
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, t.cancelled())


async def messages():
    print('-- cancel messages')
    t = asyncio.create_task(sleepy('direct', 2))
    await asyncio.sleep(0)
    t.cancel('msg1')
    r = await asyncio.gather(t, return_exceptions=True)
    print(repr(r[0]))
    inner = asyncio.create_task(sleepy('through gather', 2))
    g = asyncio.gather(inner)
    await asyncio.sleep(0)
    g.cancel('msg2')
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather:', e.args)
    w = asyncio.create_task(asyncio.wait_for(sleepy('under wait_for', 2), 5))
    await asyncio.sleep(0.01)
    w.cancel('msg3')
    try:
        await w
    except asyncio.CancelledError as e:
        print('wait_for:', e.args)


async def catch_and_continue():
    print('-- catching CancelledError')
    async def resilient():
        for attempt in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('attempt', attempt, 'cancelled; cancelling =', asyncio.current_task().cancelling())
                asyncio.current_task().uncancel()
        return 'finished anyway'
    t = asyncio.create_task(resilient())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
    print(await t, t.cancelling())
    # cancel() twice before the task runs: one CancelledError, cancelling() == 2
    t = asyncio.create_task(sleepy('double', 1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    # a task that cancels itself
    async def self_cancel():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print('self-cancel arrived at the next await')
            raise
    t = asyncio.create_task(self_cancel())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())
    # the cancellation arrives while awaiting a task that catches it
    async def child():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'child swallowed'
    async def parent():
        c = asyncio.create_task(child())
        r = await c
        print('parent got', r)
        await asyncio.sleep(0)
        return 'parent done'
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    r = await asyncio.gather(p, return_exceptions=True)
    print(type(r[0]).__name__ if isinstance(r[0], BaseException) else r[0])


async def main():
    await nested_groups()
    await cancel_during_exit()
    await error_and_outside_cancel()
    await messages()
    await catch_and_continue()


asyncio.run(main())
