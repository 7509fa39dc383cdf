# Eager task factory (3.12+), asyncio.Runner with a loop factory, the low-level task hooks,
# get_event_loop/set_event_loop and loop policies.
import asyncio


async def finishes_at_once(tag):
    print('running', tag)
    return tag


async def suspends(tag):
    print('start', tag)
    await asyncio.sleep(0)
    print('resumed', tag)
    return tag


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(finishes_at_once('eager'))
    print('after create_task: done =', t.done(), t.result())
    t2 = asyncio.create_task(suspends('eager2'), name='named')
    print('after create_task: done =', t2.done(), t2.get_name())
    print(await t2)
    print(await asyncio.gather(finishes_at_once('g1'), suspends('g2')))
    loop.set_task_factory(None)
    t3 = asyncio.create_task(finishes_at_once('lazy'))
    print('lazy done =', t3.done())
    await t3
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print('TypeError', e)

    def factory(lp, coro, **kwargs):
        print('factory called', sorted(kwargs))
        return asyncio.Task(coro, loop=lp, **kwargs)
    loop.set_task_factory(factory)
    print(await asyncio.create_task(finishes_at_once('custom'), name='n'))
    loop.set_task_factory(None)


asyncio.run(main())

made = []


def loop_factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop


with asyncio.Runner(loop_factory=loop_factory, debug=True) as runner:
    print(runner.run(suspends('runner')), runner.get_loop() is made[0], made[0].get_debug())
print(made[0].is_closed())

# the task hooks
loop = asyncio.new_event_loop()
fake = loop.create_future()
asyncio._enter_task(loop, fake)
print(asyncio.current_task(loop) is fake)
try:
    asyncio._enter_task(loop, loop.create_future())
except RuntimeError:
    print('RuntimeError entering a second task')
asyncio._leave_task(loop, fake)
print(asyncio.current_task(loop))
try:
    asyncio._leave_task(loop, fake)
except RuntimeError:
    print('RuntimeError leaving a task that is not current')
print(asyncio._get_running_loop())
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, isinstance(asyncio.get_event_loop_policy(),
                                                    asyncio.AbstractEventLoopPolicy))
asyncio.set_event_loop(None)
loop.close()
