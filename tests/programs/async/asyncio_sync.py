# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier: fairness, cancellation,
# error texts.
import asyncio


async def locks():
    print('-- Lock')
    lock = asyncio.Lock()
    print(lock.locked())
    order = []

    async def user(name, hold):
        async with lock:
            order.append(name + ' in')
            await asyncio.sleep(hold)
            order.append(name + ' out')

    await asyncio.gather(user('a', 0.01), user('b', 0), user('c', 0))
    print(order)
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await lock.acquire(), lock.locked())
    # a cancelled waiter does not get the lock; the next one does
    got = []

    async def waiter(name):
        await lock.acquire()
        got.append(name)
        lock.release()
    w1 = asyncio.create_task(waiter('w1'))
    w2 = asyncio.create_task(waiter('w2'))
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    await asyncio.sleep(0)
    await asyncio.gather(w1, w2, return_exceptions=True)
    print(got, w1.cancelled(), lock.locked())
    # woken, then cancelled before it ran: the wake-up passes on
    await lock.acquire()
    w3 = asyncio.create_task(waiter('w3'))
    w4 = asyncio.create_task(waiter('w4'))
    await asyncio.sleep(0)
    lock.release()
    w3.cancel()
    await asyncio.gather(w3, w4, return_exceptions=True)
    print(got, w3.cancelled(), lock.locked())


async def events():
    print('-- Event')
    ev = asyncio.Event()
    print(ev.is_set())

    async def waits(name):
        print(name, 'waiting')
        print(name, 'woke', await ev.wait())
    tasks = [asyncio.create_task(waits(f'e{i}')) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    print('set done', ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('cancelled wait:', t.cancelled())


async def conditions():
    print('-- Condition')
    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, 'took', items.pop(0))

    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)

    async def all_waiter(name):
        async with cond:
            print(name, 'notified', await cond.wait())
    waiters = [asyncio.create_task(all_waiter(f'n{i}')) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*waiters)
    for call in (cond.wait(), ):
        try:
            await call
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print('lock held through condition:', lock.locked())
    # a cancelled waiter gets the lock back before the CancelledError leaves wait()
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('cancelled in wait, lock held:', cond.locked())
                raise
    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(cond.locked())


async def semaphores():
    print('-- Semaphore')
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            print('in', i)
            await asyncio.sleep(0.01)
            active -= 1
    await asyncio.gather(*(limited(i) for i in range(5)))
    print('peak', peak, sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    s0.release()
    print(await t, s0.locked())


async def barriers():
    print('-- Barrier')
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    results = []

    async def party(name):
        results.append((name, await barrier.wait()))
    await asyncio.gather(*(party(f'p{i}') for i in range(3)))
    print(sorted(results), barrier.n_waiting)
    results.clear()
    await asyncio.gather(*(party(f'q{i}') for i in range(3)))
    print(sorted(i for _, i in results))
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print('waiting', barrier.n_waiting)
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print('BrokenBarrierError after abort', barrier.broken)
    await barrier.reset()
    print(barrier.broken)
    async with asyncio.Barrier(1) as index:
        print('single party index', index)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)


async def main():
    await locks()
    await events()
    await conditions()
    await semaphores()
    await barriers()


asyncio.run(main())
