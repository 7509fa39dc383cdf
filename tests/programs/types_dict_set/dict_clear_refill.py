# A cleared dict remembers its table's size and allocates it at once when it is filled again
# (Objects/PyDict.cs, DictTable.AfterClear). Everything observable must be as for a new dict:
# order, lookups, deletions, iteration errors, equality, copies, class namespaces and globals.
import sys


def state(d):
    return (len(d), list(d.items())[:4], list(d)[-3:], sum(d.values()) if all(isinstance(v, int) for v in d.values()) else None)


d = {}
for rnd, n in enumerate([1000, 3, 0, 5000, 200, 1]):
    d.clear()
    print("cleared", rnd, d, len(d), 7 in d, d.get(7), list(d))
    fresh = {}
    for i in range(n):
        d[(i * 7919) % (n + 1)] = i
        fresh[(i * 7919) % (n + 1)] = i
    for i in range(0, n, 3):
        del d[(i * 7919) % (n + 1)]
        del fresh[(i * 7919) % (n + 1)]
    print(rnd, n, state(d), d == fresh, list(d) == list(fresh), sys.getsizeof(d) == sys.getsizeof(fresh))

# general keys after plain ones, and clear twice in a row
g = {i: i for i in range(100)}
g.clear()
g.clear()
g[1.5] = "f"
g[(1, 2)] = "t"
g["s"] = "s"
g[1] = "i"
print(g, g[1.5], g.get((1, 2)), 1.0 in g, True in g)

# clear while iterating, then refill while iterating
h = {i: i for i in range(50)}
try:
    for k in h:
        h.clear()
except RuntimeError as e:
    print("RuntimeError", e)
h[1] = 1
try:
    for k in h:
        h[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(len(h))

# popitem, setdefault, update, copy on a refilled dict
p = {i: str(i) for i in range(300)}
p.clear()
p.update((i, i * i) for i in range(10))
p.setdefault(99, -1)
print(p.popitem(), p.popitem(), p.copy(), dict(p) == p)


# a class namespace and module globals cleared and refilled
class C:
    pass


ns = {"a": 1, "b": 2}
ns.clear()
ns["x"] = 10
print(ns, C.__dict__.get("x"))
env = {}
exec("y = 1\nz = y + 1", env)
keys = sorted(k for k in env if not k.startswith("__"))
env.clear()
exec("w = 5", env)
print(keys, sorted(k for k in env if not k.startswith("__")), env["w"])
