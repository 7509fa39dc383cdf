# A waiter woken by set() returns True even when clear() follows immediately.
import threading
import time

e = threading.Event()
results = []


def waiter():
    results.append(e.wait(30))


ts = [threading.Thread(target=waiter) for _ in range(3)]
for t in ts:
    t.start()
while True:
    with e._cond:
        if len(e._cond._waiters) == 3:
            break
    time.sleep(0.001)
e.set()
e.clear()
for t in ts:
    t.join()
print(results, e.is_set())
