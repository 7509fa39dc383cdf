# Queue.shutdown (3.13): puts fail at once, gets fail once the queue is empty.
import queue
import threading

q = queue.Queue()
print(q.is_shutdown)
q.put(1)
q.put(2)
q.shutdown()
print(q.is_shutdown)
try:
    q.put(3)
except queue.ShutDown:
    print("put: ShutDown")
print(q.get(), q.get_nowait())
try:
    q.get()
except queue.ShutDown:
    print("get: ShutDown")

# immediate shutdown drops the items and wakes blocked getters
q2 = queue.Queue()
woke = []


def getter():
    try:
        q2.get()
    except queue.ShutDown:
        woke.append("ShutDown")


ts = [threading.Thread(target=getter) for _ in range(3)]
for t in ts:
    t.start()
while True:
    with q2.mutex:
        if len(q2.not_empty._waiters) == 3:
            break
q2.shutdown(immediate=True)
for t in ts:
    t.join()
print(woke)

q3 = queue.Queue()
for i in range(3):
    q3.put(i)
q3.shutdown(immediate=True)
print(q3.qsize(), q3.unfinished_tasks)
q3.join()
print(issubclass(queue.ShutDown, Exception))
