# notify() wakes waiters in the order they started waiting.
import threading
import time

cond = threading.Condition()
woken = []
N = 4


def waiter(i):
    with cond:
        cond.wait()
        woken.append(i)


for i in range(N):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    # make sure waiter i is waiting before starting waiter i+1
    while True:
        with cond:
            if len(cond._waiters) == i + 1:
                break
        time.sleep(0.001)
for i in range(N):
    with cond:
        cond.notify()
    while True:
        with cond:
            if len(woken) == i + 1:
                break
        time.sleep(0.001)
print(woken)
