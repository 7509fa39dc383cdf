# A dict store whose key comparison raises must not keep a count on the value it did not store
# (d[k] = v, a display {k: v}, dict(...) and setdefault), and a store that succeeds still counts it.
import sys


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise ValueError("eq of " + self.name)


class Value:
    pass


def check(label, store):
    v = Value()
    before = sys.getrefcount(v)
    try:
        store(v)
        print(label, "stored")
    except ValueError as e:
        print(label, "raised", e)
    print(label, "extra count", sys.getrefcount(v) - before)


d = {Key("a"): 1}
check("setitem", lambda v: d.__setitem__(Key("b"), v))


def subscr(v):
    d[Key("c")] = v


check("store_subscr", subscr)
check("display", lambda v: {Key("d"): 1, Key("e"): v})
check("dict_ctor", lambda v: dict([(Key("f"), 1), (Key("g"), v)]))
check("setdefault", lambda v: d.setdefault(Key("h"), v))
check("update", lambda v: d.update({Key("i"): v}))

ok = {}
v = Value()
before = sys.getrefcount(v)
ok["k"] = v
print("stored extra count", sys.getrefcount(v) - before)
ok["k"] = None
print("replaced extra count", sys.getrefcount(v) - before)
print(len(d), len(ok))
