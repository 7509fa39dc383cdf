# An Event: the waiter wakes only after set(), and sees what was written before it.
import threading

e = threading.Event()
flag = [0]
seen = []


def waiter():
    e.wait()
    seen.append(flag[0])


t = threading.Thread(target=waiter)
t.start()
flag[0] = 1
e.set()
t.join()
print(seen, e.is_set())
