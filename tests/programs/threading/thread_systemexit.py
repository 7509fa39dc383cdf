# SystemExit ends only the thread, silently; the excepthook is not told.
import sys
import threading

log = []
threading.excepthook = lambda args: log.append(args.exc_type.__name__)


def leave():
    log.append("before exit")
    sys.exit(3)
    log.append("never")


t = threading.Thread(target=leave)
t.start()
t.join()
print(log, t.is_alive())


def raise_it():
    raise SystemExit("bye")


t = threading.Thread(target=raise_it)
t.start()
t.join()
print(log)
print("main still running")
