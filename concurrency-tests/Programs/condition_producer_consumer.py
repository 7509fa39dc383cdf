# Producer/consumer on a Condition: the consumer sees every item, in order, and never blocks forever.
import threading

cv = threading.Condition()
items = []
result = []


def producer():
    for i in range(3):
        with cv:
            items.append(i)
            cv.notify()


def consumer():
    got = []
    while len(got) < 3:
        with cv:
            while not items:
                cv.wait()
            got.append(items.pop(0))
    result.append(got)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print(result[0])
