# asyncio queues: producer/consumer, bounded puts, join/task_done, priority and LIFO order,
# QueueEmpty/QueueFull, shutdown (3.13).
import asyncio


async def producer_consumer():
    print('-- producer/consumer')
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())

    async def producer(name, n):
        for i in range(n):
            await q.put(f'{name}{i}')
            print('put', f'{name}{i}', 'size', q.qsize())

    async def consumer(name):
        while True:
            item = await q.get()
            print(name, 'got', item)
            await asyncio.sleep(0)
            q.task_done()

    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(2)]
    await asyncio.gather(producer('a', 3), producer('b', 2))
    await q.join()
    print('joined, unfinished none:', q.empty())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print([c.cancelled() for c in consumers])


async def nowait_and_errors():
    print('-- nowait')
    q = asyncio.Queue(1)
    q.put_nowait('x')
    try:
        q.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty', q.empty())
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    # a cancelled getter does not lose an item
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait('only')
    print(await g2, g1.cancelled())
    # blocked putter proceeds when room appears
    q = asyncio.Queue(1)
    await q.put(1)
    p = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    print('putter blocked', not p.done())
    print(q.get_nowait())
    await p
    print(q.get_nowait(), q.empty())
    try:
        await asyncio.wait_for(q.get(), 0.05)
    except TimeoutError:
        print('get timed out')


async def orders():
    print('-- orders')
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))
    print(str(asyncio.Queue(5)))


async def shutting_down():
    print('-- shutdown')
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    waiting_getters = asyncio.Queue()
    g = asyncio.create_task(waiting_getters.get())
    await asyncio.sleep(0)
    q.shutdown()
    try:
        q.put_nowait(3)
    except asyncio.QueueShutDown:
        print('put after shutdown: QueueShutDown')
    print(await q.get(), q.get_nowait())
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print('get on empty shut-down queue: QueueShutDown')
    waiting_getters.shutdown()
    try:
        await g
    except asyncio.QueueShutDown:
        print('blocked getter woken with QueueShutDown')
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    joiner = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    q.shutdown(immediate=True)
    print('immediate drops items:', q.qsize(), q.empty())
    await joiner
    print('join returned after immediate shutdown')


async def main():
    await producer_consumer()
    await nowait_and_errors()
    await orders()
    await shutting_down()


asyncio.run(main())
