# dict.clear() releases what the dict held after the dict is empty, first entry first, key before
# value (Runtime/Ops/DictOps.cs, Clear: from the table clear() took out). A __del__ that runs
# meanwhile sees the dict empty and may fill it again; deleted entries are not released twice.
class K:
    def __init__(self, name, d=None):
        self.name = name
        self.d = d

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, K) and other.name == self.name

    def __del__(self):
        print("del", self.name, "len", len(self.d) if self.d is not None else "-")
        if self.d is not None and self.name == "v2":
            self.d["refill"] = len(self.d)


d = {}
for i in range(5):
    d[K("k%d" % i)] = K("v%d" % i, d)
del d[K("k1")]
print("deleted k1")
d.clear()
print("after clear", d)

# plain keys, values with __del__, cleared twice
e = {i: K("p%d" % i) for i in range(3)}
e.clear()
e.clear()
print("after double clear", e)

# clear of a dict whose values are the dict's own keys
shared = [K("s%d" % i) for i in range(3)]
f = {k: k for k in shared}
del shared
f.clear()
print("after self-valued clear", f)
