# A tiny future: a thread computes, the caller waits on an Event for the result or error.
import threading


class Future:
    def __init__(self):
        self._done = threading.Event()
        self._result = None
        self._error = None

    def set_result(self, v):
        self._result = v
        self._done.set()

    def set_error(self, e):
        self._error = e
        self._done.set()

    def result(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError("not done")
        if self._error is not None:
            raise self._error
        return self._result


def submit(fn, *args):
    f = Future()

    def run():
        try:
            f.set_result(fn(*args))
        except Exception as e:
            f.set_error(e)

    threading.Thread(target=run).start()
    return f


futures = [submit(pow, 2, n) for n in range(10)]
print([f.result() for f in futures])
bad = submit(int, "x")
try:
    bad.result()
except ValueError as e:
    print("ValueError:", e)
slow_gate = threading.Event()
slow = submit(slow_gate.wait)
try:
    slow.result(timeout=0.02)
except TimeoutError as e:
    print("TimeoutError:", e)
slow_gate.set()
print(slow.result())
