# Producer/consumer through a Condition: items arrive in order.
import threading

cond = threading.Condition()
items = []
received = []
DONE = object()


def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        if item is DONE:
            break
        received.append(item)


def producer():
    for i in range(50):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        items.append(DONE)
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(received == list(range(50)), len(received))
