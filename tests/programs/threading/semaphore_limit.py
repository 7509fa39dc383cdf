# A semaphore bounds how many threads are inside a section at once.
import threading
import time

LIMIT = 3
sem = threading.Semaphore(LIMIT)
lock = threading.Lock()
inside = 0
peak = 0
done = []


def body(i):
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.005)
        with lock:
            inside -= 1
            done.append(i)


ts = [threading.Thread(target=body, args=(i,)) for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak within limit:", 1 <= peak <= LIMIT)
print(sorted(done))
print(inside)
