# asyncio.to_thread and run_in_executor: blocking work in threads while the loop keeps running.
import asyncio
import threading
import time


def blocking(n):
    time.sleep(0.01)
    return sum(range(n)), threading.current_thread() is threading.main_thread()


def fails():
    raise ValueError("in thread")


async def main():
    loop = asyncio.get_running_loop()
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.001)

    t = asyncio.create_task(ticker())
    results = await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in (10, 100, 1000)))
    print(results)
    t.cancel()
    print("loop ran meanwhile", ticks > 0)
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("ValueError:", e)
    print(await loop.run_in_executor(None, blocking, 5))
    total = 0
    lock = threading.Lock()

    def add(k):
        nonlocal total
        for _ in range(1000):
            with lock:
                total += k
    await asyncio.gather(*(asyncio.to_thread(add, k) for k in range(1, 5)))
    print(total)
    done = asyncio.Event()
    loop.call_soon_threadsafe(done.set)
    await done.wait()
    print("threadsafe call ran")


asyncio.run(main())
