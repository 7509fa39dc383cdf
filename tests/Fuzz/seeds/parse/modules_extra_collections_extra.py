# collections: ChainMap, UserDict/UserList, Counter edge cases, OrderedDict and namedtuple details
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, defaultdict, deque, namedtuple
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps[0], cm.parents, "b" in cm)
child = cm.new_child({"b": 30})
print(child["b"], child.get("zz", "dflt"), dict(child) == {"a": 1, "b": 30, "c": 4})
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper(x=1)
u["y"] = 2
print(u, u.data, "X" in u, len(u), u.get("Z"), isinstance(u, UserDict))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], ul + [5], len(ul), ul == [1, 2, 3, 4], type(ul[1:]).__name__)
c = Counter({"a": 3, "b": -1})
print(c.most_common(1), list(c.elements()), c.total(), +c, -c, c - Counter(a=5))
c.update(["a", "c"])
c.subtract(c=1)
print(c, Counter("aab") & Counter("abb"), Counter("aab") | Counter("abb"))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) > Counter(a=1), Counter() == Counter(x=0))
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od), list(reversed(od)), od == {"b": None, "c": None, "a": None}, od != OrderedDict.fromkeys("bca"))
print(od.pop("b"), od.setdefault("d", 4), od.popitem(last=False), od)
Pt = namedtuple("Pt", "x y", defaults=[0], module="geo")
p = Pt(1)
print(p, Pt._field_defaults, Pt.__module__, p._asdict(), Pt._make(range(2)), p.__match_args__ if hasattr(p, "__match_args__") else None)
print(p._replace(y=5), p.count(1), p.index(0), Pt.__doc__, isinstance(p, tuple), p + (9,))
class D(defaultdict):
    def __missing__(self, key):
        return key * 2
d = D(int)
print(d["ab"], len(d), defaultdict(list, a=[1]).default_factory, repr(defaultdict(None)))
dq = deque("abcde", maxlen=4)
dq.insert(1, "X") if len(dq) < 4 else None
print(dq, dq.maxlen, dq[-1])
try:
    dq.insert(0, "Y")
except IndexError as e:
    print(type(e).__name__ + ":", e)
