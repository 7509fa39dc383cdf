# Tasks: scheduling order, names, cancellation, done callbacks, Future states.
import asyncio


async def worker(tag, turns):
    for i in range(turns):
        print(f'{tag} step {i}')
        await asyncio.sleep(0)
    return tag.upper()


async def order_of_steps():
    print('-- order')
    a = asyncio.create_task(worker('a', 3))
    b = asyncio.create_task(worker('b', 2), name='bee')
    print(a.get_name(), b.get_name(), a.done())
    await asyncio.sleep(0)
    print('main after one turn')
    print(await a, await b)
    print(a.done(), a.result(), b.get_name())
    b.set_name(42)
    print(repr(b.get_name()))


async def callbacks():
    print('-- done callbacks')
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('cb1', f.result()))
    fut.add_done_callback(lambda f: print('cb2', f.result()))

    def removed(f):
        print('never')
    fut.add_done_callback(removed)
    fut.add_done_callback(removed)
    print('removed', fut.remove_done_callback(removed))
    loop.call_soon(print, 'soon before result')
    fut.set_result(7)
    loop.call_soon(print, 'soon after result')
    print('set, callbacks pending')
    await asyncio.sleep(0)
    print('after a turn')
    fut.add_done_callback(lambda f: print('late cb', f.result()))
    await asyncio.sleep(0)


async def future_states():
    print('-- future states')
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled(), fut.get_loop() is loop)
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError', e)
    fut.set_exception(ValueError('boom'))
    print(type(fut.exception()).__name__, fut.exception())
    try:
        fut.result()
    except ValueError as e:
        print('result raised', e)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print('set twice refused')
    print(fut.cancel())
    f2 = loop.create_future()
    print(f2.cancel('why'), f2.cancelled(), f2.cancel())
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print('cancelled with', e.args)
    f3 = loop.create_future()
    f3.set_exception(KeyError)
    print(repr(f3.exception()))
    f4 = loop.create_future()
    try:
        f4.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)
    else:
        print(type(f4.exception()).__name__, f4.exception())
    loop.call_soon(f4.cancel)
    print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)
    print(repr(loop.create_future()), repr(fut), repr(f2))
    done = loop.create_future()
    done.set_result([1, 2])
    print(repr(done))
    print(await done)


async def victim(started):
    started.set_result(None)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('victim saw', e.args, asyncio.current_task().cancelling())
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel')
    t = asyncio.current_task()
    print('cancelling', t.cancelling(), 'uncancel ->', t.uncancel())
    return 'survived'


async def cancellation():
    print('-- cancellation')
    loop = asyncio.get_running_loop()
    started = loop.create_future()
    t = asyncio.create_task(victim(started))
    await started
    print('cancel ->', t.cancel('stop it'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting gave', e.args)
    print(t.cancelled(), t.done(), t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    # cancelled before it ever ran
    n = asyncio.create_task(worker('never', 1))
    n.cancel()
    try:
        await n
    except asyncio.CancelledError:
        print('cancelled before start; coro ran?', n.get_coro().cr_frame is None)
    # cancelling a task that is about to finish in the same step
    async def quick():
        return 5
    q = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(q.done(), q.cancel(), q.result())


async def failing():
    await asyncio.sleep(0)
    raise RuntimeError('task failed')


async def exceptions_in_tasks():
    print('-- exceptions')
    t = asyncio.create_task(failing())
    try:
        await t
    except RuntimeError as e:
        print('caught', e)
    print(t.done(), t.cancelled(), repr(t.exception()))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        asyncio.create_task(lambda: None)
    except TypeError as e:
        print('TypeError', str(e).split(' at ')[0])
    coro = worker('x', 0)
    try:
        asyncio.Task(coro, loop=asyncio.get_running_loop()).cancel()
    finally:
        pass
    await asyncio.sleep(0)


async def introspection():
    print('-- introspection')
    me = asyncio.current_task()
    print(me is not None, me in asyncio.all_tasks(), me.get_coro().__name__)
    others = [asyncio.create_task(asyncio.sleep(0.01)) for _ in range(3)]
    print(len(asyncio.all_tasks()))
    await asyncio.gather(*others)
    print(len(asyncio.all_tasks()))
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print))
    c = worker('y', 0)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(worker), asyncio.isfuture(me))
    print(await c)
    ctx_task = asyncio.create_task(asyncio.sleep(0, 'r'))
    print(type(ctx_task.get_context()).__name__, await ctx_task)


async def await_itself():
    print('-- awaiting itself')
    async def selfish():
        await asyncio.current_task()
    t = asyncio.create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError', str(e).split(':')[0])

    async def bad_yield():
        class Odd:
            def __await__(self):
                yield 'not a future'
        await Odd()
    t = asyncio.create_task(bad_yield())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError', str(e).split(':')[0])


async def main():
    await order_of_steps()
    await callbacks()
    await future_states()
    await cancellation()
    await exceptions_in_tasks()
    await introspection()
    await await_itself()
    return 'main done'


print(asyncio.run(main()))
