# The default excepthook reports to stderr; the program and other threads carry on.
import threading

done = []


def fail():
    raise KeyError("missing")


def ok():
    done.append("ok ran")


t = threading.Thread(target=fail)
t.start()
t.join()
u = threading.Thread(target=ok)
u.start()
u.join()
print(done, t.is_alive())
print("main continues")
