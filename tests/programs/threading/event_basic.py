# Event: set, clear, is_set, wait with and without timeout.
import threading

e = threading.Event()
print(e.is_set(), e.isSet())
print(e.wait(0))
print(e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(timeout=5))
e.set()
print(e.is_set())
e.clear()
print(e.is_set(), e.wait(0.01))

result = []
e2 = threading.Event()


def waiter():
    result.append(e2.wait(10))


t = threading.Thread(target=waiter)
t.start()
e2.set()
t.join()
print(result)
