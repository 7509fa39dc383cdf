# threading.local lifetime: a thread's values are released when it exits, the local's when it dies;
# the type's names; __init__ with keyword arguments re-runs per thread.
import threading

print(threading.local.__name__, threading.local.__module__, threading.local)
print(type(threading.local()).__name__)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


loc = threading.local()


def body():
    loc.v = Noisy("thread value")
    print("thread sees", loc.v.name)


t = threading.Thread(target=body)
t.start()
t.join()
print("joined")
print(hasattr(loc, "v"))
loc.v = Noisy("main value")
del loc
print("local deleted")


class KwLocal(threading.local):
    def __init__(self, a, *, b=2):
        self.total = a + b


k = KwLocal(1, b=10)
res = []
t = threading.Thread(target=lambda: res.append(k.total))
t.start()
t.join()
print(k.total, res)
print(sorted(vars(k)))
print(isinstance(k, threading.local), KwLocal.__mro__[1] is threading.local)
