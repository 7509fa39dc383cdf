# One thread holds a lock; the other times out, then gets it once it is released.
import threading

lock = threading.Lock()
held = threading.Event()
let_go = threading.Event()


def holder():
    with lock:
        held.set()
        let_go.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()
print("timed acquire while held:", lock.acquire(timeout=0.05))
print("non-blocking while held:", lock.acquire(False))
let_go.set()
print("blocking acquire after release:", lock.acquire())
lock.release()
t.join()

# A plain lock may be released by a thread that did not acquire it.
lk = threading.Lock()
lk.acquire()
r = threading.Thread(target=lk.release)
r.start()
r.join()
print("released by other thread:", not lk.locked())
