# task_done/join: join returns once every item was processed; extra task_done is an error.
import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            processed.append(item * 2)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    q.put(i)
q.join()
print("joined; unfinished =", q.unfinished_tasks, "| processed", len(processed))
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(sorted(processed) == [i * 2 for i in range(30)])
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()
print("join on finished queue returns at once")
