# wait/notify without holding the lock raise RuntimeError.
import threading

for lock in (None, threading.Lock(), threading.RLock()):
    cond = threading.Condition(lock)
    for name, call in (("wait", lambda: cond.wait(0)),
                       ("wait_for", lambda: cond.wait_for(lambda: False, 0)),
                       ("notify", cond.notify),
                       ("notify_all", cond.notify_all)):
        try:
            call()
            print(name, "no error")
        except RuntimeError as e:
            print(name, "RuntimeError:", e)

cond = threading.Condition()
with cond:
    print("wait(0) returns", cond.wait(0))
    cond.notify()
print(cond.acquire(), cond._is_owned())
cond.release()
