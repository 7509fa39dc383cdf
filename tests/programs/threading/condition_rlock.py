# Condition.wait on a recursively held RLock releases it completely and restores the depth.
import threading

lock = threading.RLock()
cond = threading.Condition(lock)
log = []
ready = threading.Event()


def other():
    ready.wait()
    with cond:             # possible only if the waiter gave the RLock up entirely
        log.append("other got the lock")
        cond.notify()


t = threading.Thread(target=other)
t.start()
with lock:
    with lock:
        with cond:
            ready.set()
            cond.wait()
            log.append(("depth after wait", lock._recursion_count()))
t.join()
print(log)
print(lock._is_owned(), lock._recursion_count())
