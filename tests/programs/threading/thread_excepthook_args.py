# ExceptHookArgs is a 4-field struct sequence; a failing hook falls back to sys.excepthook.
import sys
import threading

a = threading.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(a.exc_type.__name__, str(a.exc_value), a.exc_traceback, a.thread)
print(len(a), a[0].__name__, isinstance(a, tuple))

calls = []


def bad_hook(args):
    calls.append("hook")
    raise RuntimeError("hook failed")


def sys_hook(t, v, tb):
    calls.append(("sys", t.__name__, str(v)))


threading.excepthook = bad_hook
sys.excepthook = sys_hook


def fail():
    raise ValueError("original")


th = threading.Thread(target=fail)
th.start()
th.join()
print(calls)
