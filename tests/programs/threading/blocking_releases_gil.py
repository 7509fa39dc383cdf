# Blocking calls let other threads run meanwhile (they release the GIL on the GIL build).
import queue
import threading
import time


def main_progress_while(block, release):
    """Run block() in a thread; count main-thread loop iterations while it is blocked."""
    state = {"phase": "before"}

    def body():
        state["phase"] = "blocked"
        block()
        state["phase"] = "after"

    t = threading.Thread(target=body)
    t.start()
    while state["phase"] == "before":
        pass
    count = 0
    t0 = time.monotonic()
    while time.monotonic() - t0 < 0.1:
        if state["phase"] == "blocked":
            count += 1
    release()
    t.join()
    return count > 100


lock = threading.Lock()
lock.acquire()
ev = threading.Event()
q = queue.Queue()
cond = threading.Condition()
gate = threading.Event()
sleeper = threading.Thread(target=gate.wait)
sleeper.start()
cases = [
    ("time.sleep", lambda: time.sleep(0.3), lambda: None),
    ("lock.acquire", lambda: lock.acquire(), lambda: lock.release()),
    ("lock.acquire(timeout)", lambda: lock.acquire(timeout=0.3), lambda: None),
    ("event.wait", lambda: ev.wait(), lambda: ev.set()),
    ("queue.get", lambda: q.get(), lambda: q.put(1)),
    ("thread.join", lambda: sleeper.join(), lambda: gate.set()),
]
for name, block, release in cases:
    print(name, main_progress_while(block, release))
lock.release() if lock.locked() else None
print("done")
