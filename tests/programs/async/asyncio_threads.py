# Threads and the event loop: to_thread, run_in_executor, wrap_future,
# run_coroutine_threadsafe and call_soon_threadsafe from other threads.
import asyncio
import concurrent.futures
import contextvars
import threading

request = contextvars.ContextVar('request', default='none')


def blocking(x, *, scale=1):
    # Runs in a worker thread; sees a copy of the caller's context.
    return (x * scale, request.get(), threading.current_thread() is threading.main_thread())


def explode():
    raise ValueError('failed in thread')


async def executors():
    print('-- to_thread / run_in_executor')
    request.set('req-1')
    print(await asyncio.to_thread(blocking, 21, scale=2))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    try:
        await asyncio.to_thread(explode)
    except ValueError as e:
        print('ValueError', e)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, pow, 2, i) for i in range(6)))
    print(results)
    # many jobs at once
    print(sum(await asyncio.gather(*(asyncio.to_thread(abs, -i) for i in range(20)))))


async def wrapping():
    print('-- wrap_future')
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        cf = pool.submit(sum, [1, 2, 3])
        fut = asyncio.wrap_future(cf)
        print(asyncio.isfuture(fut), await fut)
        print(asyncio.wrap_future(fut) is fut)
        gate = threading.Event()
        slow = pool.submit(gate.wait)
        queued = pool.submit(print, 'never runs')
        wrapped = asyncio.wrap_future(queued)
        wrapped.cancel()
        await asyncio.sleep(0)
        print('asyncio cancel reached the concurrent future:', queued.cancelled())
        gate.set()
        print(await asyncio.wrap_future(slow))


def run_loop_in_thread(loop, ready):
    asyncio.set_event_loop(loop)
    loop.call_soon(ready.set)
    loop.run_forever()


async def remote_job(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise KeyError(x)
    return x * 100, threading.current_thread().name


async def never_ends(started, seen):
    started.set()
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print('remote task cancelled')
        seen.set()
        raise


def threadsafe_from_main():
    print('-- run_coroutine_threadsafe')
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    worker = threading.Thread(target=run_loop_in_thread, args=(loop, ready), name='loop-thread')
    worker.start()
    ready.wait()
    fut = asyncio.run_coroutine_threadsafe(remote_job(3), loop)
    print(fut.result(timeout=10))
    bad = asyncio.run_coroutine_threadsafe(remote_job(-1), loop)
    try:
        bad.result(timeout=10)
    except KeyError as e:
        print('KeyError', e)
    started, seen = threading.Event(), threading.Event()
    forever = asyncio.run_coroutine_threadsafe(never_ends(started, seen), loop)
    started.wait(10)
    cancelled = forever.cancel()
    seen.wait(10)
    print('cancel from this thread:', cancelled)
    try:
        forever.result(timeout=10)
    except concurrent.futures.CancelledError:
        print('concurrent future cancelled')
    results = [asyncio.run_coroutine_threadsafe(remote_job(i), loop) for i in range(5)]
    print([f.result(timeout=10)[0] for f in results])
    try:
        asyncio.run_coroutine_threadsafe(remote_job, loop)
    except TypeError as e:
        print('TypeError', e)
    done = threading.Event()
    loop.call_soon_threadsafe(done.set)
    print('callback ran in loop thread:', done.wait(10))
    loop.call_soon_threadsafe(loop.stop)
    worker.join()
    print('loop stopped', loop.is_running())
    loop.close()


async def posts_from_threads():
    print('-- call_soon_threadsafe')
    loop = asyncio.get_running_loop()
    arrived = asyncio.Queue()

    def poster(n):
        for i in range(n):
            loop.call_soon_threadsafe(arrived.put_nowait, i)
    threads = [threading.Thread(target=poster, args=(50,)) for _ in range(4)]
    for t in threads:
        t.start()
    total = 0
    for _ in range(200):
        total += await arrived.get()
    for t in threads:
        t.join()
    print('received', total)
    fut = loop.create_future()
    threading.Timer(0.05, loop.call_soon_threadsafe, args=(fut.set_result, 'woken')).start()
    print(await fut)


async def main():
    await executors()
    await wrapping()
    await posts_from_threads()


asyncio.run(main())
threadsafe_from_main()
