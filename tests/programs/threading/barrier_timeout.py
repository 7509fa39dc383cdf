# A wait that times out breaks the barrier for everyone.
import threading

b = threading.Barrier(3, timeout=0.05)
out = []
lock = threading.Lock()


def body(timeout):
    try:
        b.wait(timeout)
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        out.append(r)


ts = [threading.Thread(target=body, args=(None,)), threading.Thread(target=body, args=(5,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out, b.broken)

# An action that raises breaks the barrier too; the exception reaches the last arriver.
def bad_action():
    raise ValueError("action failed")


b2 = threading.Barrier(2, action=bad_action)
got = []


def body2():
    try:
        b2.wait()
        got.append("ok")
    except threading.BrokenBarrierError:
        got.append("broken")
    except ValueError as e:
        got.append("ValueError " + str(e))


ts = [threading.Thread(target=body2) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got), b2.broken)
