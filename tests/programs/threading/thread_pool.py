# A hand-made worker pool: tasks through a queue, results by task id.
import queue
import threading


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


tasks = queue.Queue()
results = {}
results_lock = threading.Lock()


def worker():
    while True:
        job = tasks.get()
        if job is None:
            tasks.task_done()
            return
        tid, fn, arg = job
        try:
            r = fn(arg)
        except Exception as e:
            r = type(e).__name__
        with results_lock:
            results[tid] = r
        tasks.task_done()


pool = [threading.Thread(target=worker, daemon=True) for _ in range(4)]
for w in pool:
    w.start()
for i in range(40):
    tasks.put((i, fib, i))
tasks.put((40, lambda x: 1 // x, 0))
tasks.join()
print([results[i] for i in range(0, 40, 7)], results[40])
print(len(results))
for _ in pool:
    tasks.put(None)
for w in pool:
    w.join()
print(all(not w.is_alive() for w in pool))
