# A custom threading.excepthook receives (exc_type, exc_value, exc_traceback, thread).
import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))


threading.excepthook = hook


def fail(msg):
    raise ValueError(msg)


ts = [threading.Thread(target=fail, args=(f"boom {i}",), name=f"F{i}") for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(caught)
print([t.is_alive() for t in ts])
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
