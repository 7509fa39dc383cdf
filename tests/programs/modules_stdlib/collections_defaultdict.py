# collections.defaultdict: factories, missing behavior, nesting
from collections import defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["a"], "c" in dd, dd["c"], "c" in dd)
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(dict(counts), counts.default_factory)
sets = defaultdict(set)
sets["x"].add(1); sets["x"].add(1); sets["y"]
print({k: sorted(v) for k, v in sets.items()})
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["d"] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(plain(root))
nofactory = defaultdict()
try:
    nofactory["missing"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
const = defaultdict(lambda: "N/A", {"known": "yes"})
print(const["known"], const["unknown"], len(const))
print(dd.get("zzz"), "zzz" in dd, dd.get("zzz", "dflt"))
dd2 = defaultdict(list, {"p": [1]})
print(dd2.copy(), type(dd2.copy()).__name__, repr(defaultdict(int)))
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
inv = defaultdict(list)
for name, team in [("ann", "red"), ("bob", "blue"), ("cy", "red")]:
    inv[team].append(name)
print(sorted(inv.items()))
print(isinstance(dd, dict), defaultdict.__mro__[1].__name__)
m = defaultdict(int, a=1) | {"b": 2}
print(m, type(m).__name__)
