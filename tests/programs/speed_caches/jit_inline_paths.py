# The baseline compiler's inline hit paths (Runtime/Compiler/Interpreter.JitAttrs.cs, JitEmitter.Floats.cs):
# LOAD_ATTR / LOAD_METHOD / STORE_ATTR / STORE_SUBSCR answered from the site caches without a spill, and
# float intermediates kept unboxed inside a basic block. The loops below are plain functions (compiled
# when the corpus runs with PYVM_JIT=always); each changes what a site sees in the middle of the loop,
# through a call the loop makes, so the next iteration of the same compiled code must see the change.
import math
import types


class P:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "P.m"


def change(step, i, o):
    if step is not None and i == step[0]:
        step[1](o)


def read_loop(o, n, step):
    out = []
    for i in range(n):
        out.append(o.x)
        change(step, i, o)
    return out


def method_loop(o, n, step):
    out = []
    for i in range(n):
        out.append(o.m())
        change(step, i, o)
    return out


def store_loop(o, n, step):
    for i in range(n):
        o.x = i
        change(step, i, o)
    return o.x


def guarded(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


# attribute loads: a property, __getattribute__, __getattr__, __class__ and a deleted attribute mid-loop
print("dict", read_loop(P(1), 3, None))
print("property", read_loop(P(1), 4, (1, lambda o: setattr(P, "x", property(lambda s: "prop")))))
del P.x
print("getattribute", read_loop(P(2), 4, (1, lambda o: setattr(P, "__getattribute__", lambda s, n: "ga:" + n))))
del P.__getattribute__
print("getattr", guarded(read_loop, P(3), 4, (1, lambda o: (setattr(P, "__getattr__", lambda s, n: "hook:" + n), delattr(o, "x")))))
del P.__getattr__
print("deleted", guarded(read_loop, P(4), 4, (1, lambda o: delattr(o, "x"))))


class Q:
    x = "Q.x"

    def m(self):
        return "Q.m"


print("class changed", read_loop(P(5), 4, (1, lambda o: setattr(o, "__class__", Q))))
print("class value", read_loop(Q(), 4, (1, lambda o: setattr(o, "x", "own"))))
Q.x = 7
print("class value changed", read_loop(Q(), 3, (0, lambda o: setattr(Q, "x", 8.5))))


# __slots__: read, delete mid-loop, store
class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = S(1)
print("slots", read_loop(s, 3, None), guarded(read_loop, s, 4, (1, lambda o: delattr(o, "x"))))
print("slot store", store_loop(s, 5, None), s.x)

# methods: replaced on the class, shadowed by the instance, classmethod/staticmethod, a module function
print("method", method_loop(P(0), 5, (1, lambda o: setattr(P, "m", lambda s: "new m"))))
print("shadowed", method_loop(P(0), 4, (1, lambda o: setattr(o, "m", lambda: "own m"))))
P.m = classmethod(lambda cls: "cm of " + cls.__name__)
print("classmethod", method_loop(P(0), 3, (1, lambda o: setattr(P, "m", staticmethod(lambda: "sm")))))


def type_method_loop(cls, n, step):
    out = []
    for i in range(n):
        out.append(cls.m())
        change(step, i, cls)
    return out


print("type method", type_method_loop(P, 3, (0, lambda c: setattr(c, "m", staticmethod(lambda: "sm2")))))

mod = types.ModuleType("mod")
mod.f = lambda: "mod.f"
mod.v = 1


def module_loop(m, n, step):
    out = []
    for i in range(n):
        out.append((m.f(), m.v, math.pi > 3))
        change(step, i, m)
    return out


print("module", module_loop(mod, 3, (0, lambda m: (setattr(m, "f", lambda: "mod.g"), setattr(m, "v", 2)))))


# stores: a property setter and __setattr__ appearing mid-loop
class R:
    def __init__(self):
        self.x = 0


r = R()
print("store", store_loop(r, 3, None))
print("setter", store_loop(r, 4, (1, lambda o: setattr(R, "x", property(lambda s: "got", lambda s, v: print("  set", v))))))
del R.x
r = R()
print("setattr", store_loop(r, 4, (1, lambda o: setattr(R, "__setattr__", lambda s, n, v: print("  __setattr__", n, v)))))
del R.__setattr__


# releases: a value replaced by a store is freed right there, before the next statement
class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("  del", self.tag)


def replace_attr(o, vals):
    for v in vals:
        o.x = v
        print("  stored", o.x.tag)


def replace_item(lst, vals):
    for v in vals:
        lst[0] = v
        lst[-1] = v
        print("  stored item", lst[0].tag)


def fresh_receiver(n):
    out = []
    for i in range(n):
        out.append(D(i).tag)
    return out


holder = R()
holder.x = D("first")
vals = [D("a"), D("b")]
replace_attr(holder, vals)
vals = None
print("holder")
holder = None
print("items")
lst, vals = [D("i0"), 1, D("i2")], [D("j0"), D("j1")]
replace_item(lst, vals)
vals = None
print("list")
lst = None
print("fresh", fresh_receiver(2))


# list stores: out of range, a big index, a bool index, a list subclass
def store_items(lst, keys):
    for k in keys:
        lst[k] = k
    return lst


class L(list):
    def __setitem__(self, k, v):
        print("  L.__setitem__", k, v)


print("list", store_items([0, 0, 0], [0, 2, -1, True]))
print("range", guarded(store_items, [0, 0], [1, 2]))
print("big", guarded(store_items, [0, 0], [2 ** 70]))
print("subclass", store_items(L([0, 0]), [1]))
print("tuple", guarded(store_items, (0, 0), [0]))


# unpacking: held tuples and lists, a fresh tuple, a string, a wrong length
def unpack_loop(seqs):
    out = []
    for s in seqs:
        a, b = s
        out.append(a + b)
    return out


def fresh_pairs(n):
    out = []
    for i in range(n):
        a, b = divmod(i, 3)
        out.append(a * 10 + b)
    return out


print("unpack", unpack_loop([(1, 2), [3, 4], "ab", (5.0, 0.5)]), fresh_pairs(5), guarded(unpack_loop, [(1, 2, 3)]))


# float chains: NaN, infinities, -0.0, ints, int overflow, subclasses, errors mid-chain
def chain(a, b, c, d):
    return a * b + c * d - a / c


def zero_chain(a, b):
    return a * b - a * a


def power_chain(a, b, c):
    return (a * a + b * b + c * c) ** -1.5 * a


def attr_chain(p, q):
    return p.x * q.x + p.x * q.x * 2.0


class F(float):
    def __add__(self, o):
        return "F.add(%r)" % (o,)

    def __radd__(self, o):
        return "F.radd(%r)" % (o,)


nan, inf = float("nan"), float("inf")
print("chain", chain(1.5, 2.0, 3.0, 4.0), chain(2, 3, 4, 5), chain(2, 3.0, 4, 5))
print("nan/inf", chain(nan, 1.0, 1.0, 1.0), chain(inf, 1.0, -inf, 1.0), chain(inf, 0.0, 1.0, 1.0))
print("zero", repr(chain(-0.0, 1.0, 1.0, -0.0)), repr(zero_chain(-0.0, 1.0)), repr(zero_chain(0.0, -1.0)))
print("overflow", chain(2 ** 40, 2 ** 40, 3, 2 ** 62), chain(2 ** 62, 4, 1, 1.0))
print("div zero", guarded(chain, 1.0, 2.0, 0.0, 1.0), guarded(chain, 1, 2, 0, 1))
print("subclass", chain(1.0, F(2.0), 1.0, 1.0), guarded(chain, 1.0, 2.0, F(1.0), 1.0))
print("subclass add", guarded(lambda: F(2.0) + 1.0 * 3.0), guarded(lambda: 1.0 * 3.0 + F(2.0)))
print("power", power_chain(1.0, 2.0, 2.0), guarded(power_chain, 0.0, 0.0, 0.0), power_chain(1e200, 1.0, 1.0))
print("complex", guarded(lambda a: (a * 2.0) ** 0.5 + 1.0, -1.0))
print("pow overflow", guarded(lambda a: (a * 10.0) ** 400.0 + 1.0, 10.0))
print("attrs", attr_chain(P(1.5), P(2.0)), attr_chain(P(2), P(3)), guarded(attr_chain, P("a"), P(2)))
print("str", guarded(chain, "a", 2, "b", 3))
acc = 0.0
for i in range(100):
    acc = acc + chain(i * 0.5, 1.25, i + 1.0, 0.75)
print("sum", acc)
