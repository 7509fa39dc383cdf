# Threads read a global through LOAD_GLOBAL's cache while another thread keeps reassigning it
# with increasing numbers and a third adds new globals (so the globals table is rebuilt): a
# reader must never see a value older than one it has seen, and sees the last one at the end.
import threading

N = 3000
COUNTER = 0
errors = []
done = threading.Event()


def writer():
    global COUNTER
    for i in range(1, N + 1):
        COUNTER = i
    done.set()


def grower():
    g = globals()
    for i in range(2000):
        g["grow_%d" % i] = i


def read():
    return COUNTER


def reader(idx):
    last = 0
    while True:
        finished = done.is_set()
        v = read()
        if v < last:
            errors.append((idx, last, v))
            return
        last = v
        if finished:
            break
    if last != N:
        errors.append((idx, "final", last))


threads = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
threads += [threading.Thread(target=writer), threading.Thread(target=grower)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
print("final:", read(), grow_1999)
