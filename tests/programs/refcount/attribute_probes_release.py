# hasattr/getattr probes that create a bound method (or any fresh value) release it: the
# object's count returns to its start value, and an object only the probe saw is freed at once.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def method(self):
        return self.name

    @property
    def fresh(self):
        return Noisy(self.name + ".fresh")


d = {}
start = sys.getrefcount(d)
for _ in range(100):
    hasattr(d, "items")
    hasattr(d, "keys")
    hasattr(d, "missing")
print("dict after hasattr:", sys.getrefcount(d) - start)

n = Noisy("n")
start = sys.getrefcount(n)
for _ in range(50):
    hasattr(n, "method")
    getattr(n, "method", None)
    getattr(n, "absent", None)
print("instance after probes:", sys.getrefcount(n) - start)

print("probe property:", hasattr(n, "fresh"))
print("probe done")
del n
print("end")
