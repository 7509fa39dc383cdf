# An RLock held by another thread: timed and non-blocking acquires fail, then succeed.
import threading

r = threading.RLock()
holding = threading.Event()
release = threading.Event()


def holder():
    with r:
        with r:
            holding.set()
            release.wait()


t = threading.Thread(target=holder)
t.start()
holding.wait()
print(r.acquire(timeout=0.03), r.acquire(blocking=False), r._is_owned())
release.set()
print(r.acquire(timeout=10), r._is_owned(), r._recursion_count())
r.release()
t.join()
print(r._is_owned())
