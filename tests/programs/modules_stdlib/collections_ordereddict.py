# collections.OrderedDict: move_to_end, popitem(last), order-sensitive equality
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(od.keys()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)])
print(od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try:
    od.move_to_end("missing")
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__ + ":", e)
class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
cache = LRU(2)
cache.put("a", 1); cache.put("b", 2); cache.get("a"); cache.put("c", 3)
print(list(cache.data.items()), cache.get("b"))
print(list(reversed(OrderedDict.fromkeys("xyz"))), OrderedDict.fromkeys("ab", 0))
o2 = OrderedDict(z=1)
o2.setdefault("y", 2)
print(o2, o2.pop("z"), o2)
print(repr(OrderedDict()), isinstance(OrderedDict(), dict), OrderedDict(a=1) | {"b": 2})
