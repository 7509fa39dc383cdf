# release(n) wakes up to n blocked acquirers at once.
import threading

sem = threading.Semaphore(0)
got = []
lock = threading.Lock()


def taker(i):
    sem.acquire()
    with lock:
        got.append(i)


ts = [threading.Thread(target=taker, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
sem.release(4)
sem.release(2)
for t in ts:
    t.join()
print(sorted(got))
print(sem.acquire(False))
sem.release(3)
print([sem.acquire(False) for _ in range(4)])
