# asyncio Queue (producer/consumer, maxsize, task_done/join), Lock, Semaphore, Event, Condition.
import asyncio


async def producer(q, n, log):
    for i in range(n):
        await q.put(i)
        log.append(f"put {i}")
    await q.put(None)


async def consumer(q, log):
    total = 0
    while (item := await q.get()) is not None:
        log.append(f"got {item}")
        total += item
        q.task_done()
    q.task_done()
    return total


async def main():
    log = []
    q = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(q, 5, log), consumer(q, log))
    print(total, log)
    await q.join()
    print(q.empty(), q.qsize(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 3):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lock = asyncio.Lock()
    order = []

    async def critical(i):
        async with lock:
            order.append(f"in{i}")
            await asyncio.sleep(0)
            order.append(f"out{i}")
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    sem = asyncio.Semaphore(2)
    active, peak = 0, 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001 * i)
            active -= 1
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak", peak)
    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(seen, ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print(seen)
    cond = asyncio.Condition()
    items = []

    async def cond_consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    t = asyncio.create_task(cond_consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append("item")
        cond.notify()
    print(await t)


asyncio.run(main())
