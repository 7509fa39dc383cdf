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

# One thread shadows a builtin with a global and removes the shadow again, over and over, while
# others call it by name (LOAD_GLOBAL's builtin entries, validated by the globals' table and
# version): each call answers the builtin or the shadow, never anything else, and once the
# toggling ends every reader sees the builtin.
toggled = threading.Event()
bad = []


def toggler():
    g = globals()
    for i in range(2000):
        g["abs"] = lambda x: "shadow"
        del g["abs"]
    toggled.set()


def caller():
    seen = set()
    while not toggled.is_set():
        r = abs(-3)
        if r != 3 and r != "shadow":
            bad.append(r)
        seen.add(r)
    if abs(-3) != 3:
        bad.append("after")


threads = [threading.Thread(target=caller) for _ in range(2)] + [threading.Thread(target=toggler)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("shadow toggling:", bad)
