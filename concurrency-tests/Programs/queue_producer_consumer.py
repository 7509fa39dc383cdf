# Producer/consumer through a bounded queue.Queue (put blocks while full, get while empty).
import queue
import threading

q = queue.Queue(maxsize=1)
out = []


def producer():
    for i in range(3):
        q.put(i)
    q.put(None)


def consumer():
    while True:
        x = q.get()
        if x is None:
            break
        out.append(x)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(out, q.empty())
