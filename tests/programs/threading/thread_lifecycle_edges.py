# Thread objects whose __init__ was skipped, ExceptHookArgs and excepthook called directly,
# Timer arguments, enumerate/active_count while a thread runs, the target released after run.
import io
import sys
import threading


class Skipped(threading.Thread):
    def __init__(self):
        pass


s = Skipped()
for label, call in (("start", s.start), ("join", s.join), ("is_alive", s.is_alive),
                    ("name", lambda: s.name), ("daemon", lambda: s.daemon),
                    ("set daemon", lambda: setattr(s, "daemon", True)), ("repr", lambda: repr(s))):
    try:
        call()
        print(label, "no error")
    except (RuntimeError, AssertionError) as e:
        print(label, type(e).__name__ + ":", e)

try:
    threading.Thread(group=object())
except AssertionError as e:
    print("AssertionError:", e)
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
args = threading.ExceptHookArgs((KeyError, KeyError("k"), None, None))
print(args.exc_type.__name__, args.exc_value, args.thread, repr(args)[:40])

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    threading.excepthook(threading.ExceptHookArgs((SystemExit, SystemExit(3), None, None)))
    quiet = sys.stderr.getvalue()
    threading.excepthook(threading.ExceptHookArgs((KeyError, KeyError("k"), None, threading.main_thread())))
    report = sys.stderr.getvalue()
finally:
    sys.stderr = saved
print(repr(quiet), report.splitlines()[0], report.splitlines()[-1])
print(threading.__excepthook__ is threading.excepthook)

fired = []
t = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=[1, 2], kwargs={"x": 3})
t.start()
t.join()
print(fired, t.finished.is_set(), t.interval)
c = threading.Timer(30, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired[-1] != "never", c.is_alive())

go = threading.Event()
box = []
worker = threading.Thread(target=go.wait, name="busy")
print(worker.is_alive(), worker.ident, worker.native_id)
before = threading.active_count()
worker.start()
print(worker.is_alive(), worker in threading.enumerate(), threading.active_count() - before)
print(isinstance(worker.ident, int), isinstance(worker.native_id, int))
go.set()
worker.join()
print(worker.is_alive(), worker in threading.enumerate(), threading.active_count() == before)
print(hasattr(worker, "_target"), hasattr(worker, "_args"))
worker.name = 7
print(repr(worker.name))
