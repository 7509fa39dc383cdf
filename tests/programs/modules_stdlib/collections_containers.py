# collections: namedtuple generation details, Counter multiset maths, OrderedDict order and
# equality, ChainMap layering, UserDict/UserList/UserString wrappers (reprs, errors, pickling)
import collections
import copy
import pickle
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, namedtuple

print(sorted(collections.__all__))

# ---- namedtuple
P = namedtuple("P", ["x", "y"], defaults=(5,))
p = P(1)
print(p, repr(P(x=2, y=3)), P.__doc__, P.x.__doc__, P.y.__doc__, P.__new__.__doc__)
print(P._fields, P._field_defaults, P.__match_args__, P.__new__.__defaults__, P.__slots__)
print(P._make([7, 8]), p._replace(x=9), p._asdict(), type(p._asdict()).__name__, p.__getnewargs__())
print(P._make.__doc__, P._replace.__doc__, P.__module__, P.__qualname__, P.__repr__.__qualname__)
print(copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p)) == p)
for call in (lambda: P._make([1]), lambda: p._replace(z=1), lambda: P(), lambda: P(1, 2, 3), lambda: P(1, x=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(namedtuple("R", "a, b  c", rename=True)._fields, namedtuple("R", ["a", "def", "a", "_x", "1y"], rename=True)._fields)
print(namedtuple("One", "v")(1), namedtuple("Empty", "")(), namedtuple("Empty", [])._fields)
for args in (("1bad", "x"), ("T", "x class"), ("T", "x _y"), ("T", "x x"), ("T", "a b", ), ("def", "a")):
    try:
        namedtuple(*args, **({"defaults": [1, 2, 3]} if args == ("T", "a b") else {}))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    namedtuple("T", ["a", 3])
except ValueError as e:
    print("ValueError", e)
class Sub(P):
    __slots__ = ()
    def total(self):
        return self.x + self.y
s = Sub(1, 2)
print(s, s.total(), s._replace(y=10), type(s._make([0, 0])).__name__, Sub._fields)
print(namedtuple("M", "a", module="mod").__module__, namedtuple("Kw", "a b")(b=2, a=1))
Q = namedtuple("Q", "a b c", defaults=[1, 2])
print(Q(0), Q._field_defaults, Q(0, c=9), p == (1, 5), p + (0,), p[1], p[-1:], hash(p) == hash((1, 5)))
print("match args", [getattr(P(3, 4), n) for n in P.__match_args__])
print(isinstance(P.x, property) or type(P.x).__name__ in ("_tuplegetter",), P.x.__get__(p), P.x.__get__(None, P) is P.x)

# ---- Counter
c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(), c["z"], len(c))
print(sorted(c.elements()), Counter(a=2, b=0, c=-1).total(), list(Counter(a=2, b=0, c=-1).elements()))
c2 = Counter(a=1, b=5, z=-2)
print(c + c2, c - c2, c | c2, c & c2, +c2, -c2, c2 - Counter(), Counter() - c2)
print(c == Counter("abracadabra"), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) < Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=1, b=-1) <= Counter(a=1), Counter(a=3) >= Counter(a=2, b=0), Counter(a=2) > Counter(a=2, b=-1))
d = Counter(a=3, b=1)
d -= Counter(a=1, b=4); print(d)
d += Counter(c=2, a=-5); print(d)
d |= Counter(a=7, c=-1); print(d)
d &= Counter(a=4, c=5, q=3); print(d)
d.update({"a": 1}, b=2); d.update("aa"); d.update(Counter(b=-3)); print(d)
d.subtract({"a": 10}); d.subtract("b"); d.subtract(q=1); print(d)
del d["missing"]; del d["a"]; print(d)
print(repr(Counter()), repr(Counter({"x": None})) if False else "", Counter({1: 2.5, 2: 0.5}))
class MyCounter(Counter):
    pass
mc = MyCounter("aab")
print(mc, type(mc.copy()).__name__, type(mc + mc).__name__, copy.copy(mc), pickle.loads(pickle.dumps(mc)))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter("a") < 3
except TypeError as e:
    print("TypeError", e)
print(Counter("a").__add__(3), Counter(["b", "a", "c", "a", "b"]).most_common(), Counter({"y": 1, "x": 1, "w": 2}).most_common(2))
print(Counter(a="x", b="y") if False else Counter(x=1) + Counter(x=0, y=0))
print(Counter(a=1) == Counter(), Counter() == Counter(a=0), Counter(a=-1) <= Counter())

# ---- OrderedDict
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
od.move_to_end("b")
od.move_to_end("c", last=False)
print(od, list(od.keys()), list(od.values()), list(od.items()), list(reversed(od)), list(reversed(od.items())))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
o1, o2 = OrderedDict.fromkeys("ab"), OrderedDict.fromkeys("ba")
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2, o1 == OrderedDict.fromkeys("ab", None))
print(repr(OrderedDict()), OrderedDict(a=1) | {"b": 2}, {"z": 0} | OrderedDict(a=1), type({"z": 0} | OrderedDict(a=1)).__name__)
o3 = OrderedDict(x=1); o3 |= [("y", 2)]; print(o3)
o3.update([("x", 5)], z=0); print(o3, o3.setdefault("w", 9), o3.pop("x"), o3.pop("nope", None))
rec = OrderedDict(); rec["self"] = rec; print(rec)
print(copy.copy(o3), copy.deepcopy(o3), pickle.loads(pickle.dumps(o3)) == o3, o3.copy() is not o3, type(o3.copy()).__name__)
class MyOD(OrderedDict):
    pass
mo = MyOD(q=1)
mo.extra = "kept"
mo2 = pickle.loads(pickle.dumps(mo))
print(mo2, mo2.extra, type(mo.copy()).__name__, MyOD.fromkeys("xy", 0))
try:
    hash(OrderedDict())
except TypeError as e:
    # (the message is not compared: CPython's C type is named 'collections.OrderedDict', ours is
    # a Python class named 'OrderedDict')
    print("TypeError", "unhashable type" in str(e))
print(OrderedDict(a=1).__or__(3), list(OrderedDict.fromkeys("hello")), sorted(vars(OrderedDict()).items()))
ko = OrderedDict.fromkeys("abcd")
ko.move_to_end("c", False); ko.move_to_end("a"); del ko["b"]; ko["b"] = 1
print(list(ko), ko.keys() == {"a", "b", "c", "d"}, type(ko.keys()).__name__ in ("odict_keys", "_OrderedDictKeysView", "dict_keys"))

# ---- ChainMap
base, mid, top = {"a": 1, "b": 2}, {"b": 20, "c": 30}, {}
cm = ChainMap(top, mid, base)
print(cm, cm["a"], cm["b"], len(cm), list(cm), list(cm.items()), "c" in cm, cm.get("q", "d"), bool(ChainMap({})))
cm["a"] = 100
print(top, base["a"], cm.maps is cm.maps, cm.parents, cm.parents.parents, cm.parents.parents.parents)
ch = cm.new_child()
ch2 = cm.new_child({"n": 1}, k=2)
ch3 = cm.new_child(m=3)
print(ch, ch2, ch3)
for op in (lambda: cm.__delitem__("c"), lambda: cm.pop("c"), lambda: ChainMap({}, {"x": 1}).popitem(), lambda: cm["zz"]):
    try:
        op()
    except KeyError as e:
        print("KeyError", e)
print(cm.pop("c", "dflt"), cm.pop("a"), top, ChainMap().maps, ChainMap({"k": 1}, {"j": 2}).popitem())
cm2 = ChainMap({"x": 1}, {"y": 2})
print(cm2 | {"z": 3}, {"z": 3} | cm2, type({"z": 3} | cm2).__name__)
cm2 |= {"w": 0}; print(cm2)
cpy = cm2.copy(); cpy["new"] = 1
print(cm2, cpy, copy.copy(cm2), ChainMap.fromkeys("ab", 0))
class Missing(ChainMap):
    def __missing__(self, key):
        return f"missing {key}"
print(Missing({})["q"], ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}) == ChainMap({}, {"a": 1}))
cm3 = ChainMap({"a": 1}); cm3.clear(); print(cm3, ChainMap(mid, base).get("b"))
rc = ChainMap(); rc.maps[0]["me"] = rc; print(rc)

# ---- UserDict
ud = UserDict({"a": 1}, b=2)
print(ud, repr(ud), len(ud), ud["a"], "b" in ud, ud.get("c", 0), list(ud), ud.data, ud == {"a": 1, "b": 2})
ud2 = ud | {"c": 3}; rud = {"c": 3} | ud
print(type(ud2).__name__, ud2, rud, type(rud).__name__, ud | UserDict(d=4))
ud |= {"e": 5}; print(ud, ud.copy(), type(ud.copy()).__name__, copy.copy(ud), UserDict.fromkeys("xy", 1))
class DefaultUD(UserDict):
    def __missing__(self, key):
        return key * 2
dud = DefaultUD()
dud.attr = 7
print(dud["ab"], dud.get("ab"), "ab" in dud, dud.copy().attr, type(dud.copy()).__name__, pickle.loads(pickle.dumps(dud)).attr)
try:
    UserDict()["x"]
except KeyError as e:
    print("KeyError", e)
print(UserDict(dict=5), UserDict([("k", "v")]), UserDict(self=1))
ud.pop("a"); ud.setdefault("z", 0); ud.popitem(); print(ud, ud.data)

# ---- UserList
ul = UserList([3, 1, 2])
print(ul, ul[0], ul[1:], type(ul[1:]).__name__, ul + [4], [0] + ul, ul + (5,), ul * 2, 2 * ul)
ul += [9]; ul *= 2; print(ul, len(ul), 9 in ul, ul.count(9), ul.index(2), ul.index(9, 4))
ul.sort(key=lambda v: -v); print(ul)
ul.reverse(); ul.insert(0, -1); ul.remove(9); print(ul, ul.pop(), ul.pop(0), ul)
ul[0] = "first"; del ul[1]; ul.extend(UserList("ab")); ul.extend((7,)); print(ul)
print(ul == list(ul), ul < ["z"], ul > UserList(["a"]), ul <= ul, ul >= ul.data, ul != [])
print(UserList(), UserList((1, 2)), UserList(UserList([5])), ul.copy(), type(ul.copy()).__name__)
cp = copy.copy(ul); cp.append("x"); print(len(cp), len(ul), pickle.loads(pickle.dumps(UserList([1]))))
ul.clear(); print(ul)
try:
    UserList().pop()
except IndexError as e:
    print("IndexError", e)
try:
    UserList([1]).index(5)
except ValueError as e:
    print("ValueError", e)

# ---- UserString
us = UserString("Hello")
print(us, repr(us), len(us), us[1], us[1:3], type(us[0]).__name__, us + "!", "<" + us, us * 2, 2 * us)
print(us.upper(), type(us.upper()).__name__, us.lower(), us.find("l"), us.count("l"), us.split("l"), us.startswith("He"))
print(us.replace("l", "L", 1), us.center(9, "*"), us.zfill(7), us.partition("l"), us.join(["a", "b"]), us.encode())
print(us == "Hello", us == UserString("Hello"), us < "Z", us <= "Hello", us > "A", us >= UserString("H"), "ell" in us, UserString("e") in us)
print(int(UserString("42")), float(UserString("2.5")), complex(UserString("1+2j")), hash(us) == hash("Hello"), str(us) is not us)
print(us % () if False else UserString("%s-%d") % ("a", 3), UserString(42), UserString(UserString("x")), us.format(), UserString("{}!").format(1))
print(us.isalpha(), us.strip("Ho"), us.swapcase(), us.title(), us.casefold(), us.expandtabs(), us.rfind("l"), us.index("o"))
print(us.removeprefix("He"), us.removesuffix("lo"), us.splitlines(), us.ljust(7, "."), us.rjust(7), us.translate({72: "J"}))
print(sorted(x for x in dir(UserString) if not x.startswith("_"))[:12], us.capitalize(), us.isascii(), us.isidentifier())
print(us.__getnewargs__(), pickle.loads(pickle.dumps(us)), copy.copy(us), list(reversed(us)))
print(UserString("a b").split(), hasattr(UserString, "__rmod__"), UserString("%s") % 1)
