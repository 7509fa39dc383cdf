# Edges of Condition, Semaphore, Event and Barrier: timeouts, notify counts, reset and abort
# with waiters, a failing barrier action, reprs (addresses masked).
import re
import threading
import time


def shown(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


def wait_until(pred):
    deadline = time.monotonic() + 30
    while not pred() and time.monotonic() < deadline:
        time.sleep(0.001)


print("--- Condition")
cond = threading.Condition(threading.Lock())
print(shown(cond).startswith("<Condition(<unlocked _thread.lock object at ADDR>, 0)>"))
with cond:
    print(cond.wait_for(lambda: 0, timeout=0.01), cond.wait_for(lambda: "ready", timeout=0))
results = []


def waiter(timeout):
    with cond:
        results.append(cond.wait(timeout))


ts = [threading.Thread(target=waiter, args=(None,)) for _ in range(3)]
for t in ts:
    t.start()
wait_until(lambda: len(cond._waiters) == 3)
with cond:
    cond.notify(2)
    print("left waiting:", len(cond._waiters))
    cond.notify(5)
for t in ts:
    t.join()
print(results)
with cond:
    cond.notify(0)
    cond.notify_all()
rc = threading.Condition()
with rc:
    with rc:
        print(rc.wait(0), rc._is_owned())

print("--- Semaphore")
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01), s.acquire(False), shown(s).split(" at ")[0], shown(s).split(": ")[1])
s.release(3)
print(s._value, s.acquire(), s.acquire(timeout=0), s._value)
for bad in (lambda: s.release(0), lambda: s.acquire(False, 1), lambda: threading.BoundedSemaphore(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
b = threading.BoundedSemaphore(2)
b.acquire()
print(shown(b).split(": ")[1])
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(shown(b).split(": ")[1])

print("--- Event")
e = threading.Event()
print(e.wait(0.01), e.wait(0), shown(e).split(": ")[1])
e.set()
print(e.wait(), e.wait(0), shown(e).split(": ")[1])

print("--- Barrier")
bar = threading.Barrier(3, timeout=10)
got = []


def party():
    try:
        got.append(bar.wait())
    except threading.BrokenBarrierError:
        got.append("broken")


ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
wait_until(lambda: bar.n_waiting == 2)
print(shown(bar).split(": ")[1])
bar.reset()
for t in ts:
    t.join()
print(got, bar.broken, bar.n_waiting)
got.clear()
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got), bar.broken)
bar.abort()
print(shown(bar).split(": ")[1], bar.n_waiting)
bar.reset()
print(bar.broken, bar.parties)


def explode():
    raise KeyError("action")


bad = threading.Barrier(2, action=explode)
out = []


def party2():
    try:
        out.append(bad.wait())
    except threading.BrokenBarrierError:
        out.append("broken")
    except KeyError as err:
        out.append("KeyError " + str(err))


ts = [threading.Thread(target=party2) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), bad.broken)
