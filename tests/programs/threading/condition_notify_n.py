# notify(n) wakes exactly n waiters; notify_all wakes the rest.
import threading
import time

cond = threading.Condition()
woken = []
waiting = [0]
N = 5


def waiter(i):
    with cond:
        waiting[0] += 1
        cond.notify_all()          # tell main we're waiting
        cond.wait()
        woken.append(i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: waiting[0] == N)
    cond.notify(2)
# Give the woken ones the chance to run; others must still be waiting.
deadline = time.monotonic() + 10
while True:
    with cond:
        if len(woken) >= 2 or time.monotonic() > deadline:
            break
    time.sleep(0.005)
time.sleep(0.05)
with cond:
    print("after notify(2):", len(woken))
    cond.notify_all()
for t in ts:
    t.join()
print("after notify_all:", sorted(woken))
with cond:
    cond.notify(0)
    cond.notify(3)
    cond.notifyAll()
print("notify without waiters is fine")
