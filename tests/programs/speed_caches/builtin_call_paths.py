# Calls of builtin functions and methods of builtin types through the eval loop's fast paths
# (Runtime/Interpreter/Interpreter.BuiltinCalls.cs): each site runs many times, so the cached or
# inline path is taken, and its answers must equal the general path's, including after the
# cache's assumptions change (shadowed and monkeypatched builtins, subclasses overriding the
# method, classes changed after the site was filled, wrong argument counts, keywords).
import builtins


def err(f):
    try:
        r = f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return r


# --- len ---
class Sized:
    def __len__(self):
        return 7

class MyList(list):
    def __len__(self):
        return 99

class Slotted(list):
    __slots__ = ()

def lens(objs):
    return [len(o) for o in objs]

objs = [[1, 2], (1,), "abc", {"a": 1}, {1, 2, 3}, Sized(), MyList([1]), Slotted([1, 2, 3]), range(5), b"xy"]
for _ in range(3):
    print("len", lens(objs))
print(err(lambda: len(5)))
print(err(lambda: len()))
print(err(lambda: len([1], [2])))
print(err(lambda: len(obj=[1])))

class BadLen:
    def __len__(self):
        return -1
print(err(lambda: len(BadLen())))

# shadowed in the module, then restored
def call_len(x):
    return len(x)
for i in range(3):
    print("call_len", call_len([1, 2, 3]))
len = lambda x: 0
print("shadowed", call_len([1, 2, 3]))
del len
print("restored", call_len([1, 2, 3]))
# monkeypatched builtins.len
orig_len = builtins.len
builtins.len = lambda x: -42
print("patched", call_len([1, 2, 3]))
builtins.len = orig_len
print("unpatched", call_len([1, 2, 3]))
# a local named len
def local_len(x):
    len = str
    return len(x)
print("local", local_len([1]))

# --- isinstance ---
class A: pass
class B(A): pass
class Liar:
    @property
    def __class__(self):
        return int
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "yes"
class Checked(metaclass=Meta): pass
class GetAttrHook:
    def __getattr__(self, name):
        return A
class GetAttribute:
    def __getattribute__(self, name):
        if name == "__class__":
            return B
        return object.__getattribute__(self, name)

def isinst(o, t):
    return isinstance(o, t)

cases = [(1, int), (True, int), (1, str), (1.5, (int, float)), ("s", (int, bytes)), (B(), A), (A(), B),
         (Liar(), int), (Liar(), Liar), (Liar(), str), ("yes", Checked), ("no", Checked), (GetAttrHook(), A),
         (GetAttribute(), A), (GetAttribute(), GetAttribute), (A, type), (int, type), (A, A), ([], Slotted)]
for _ in range(3):
    print("isinstance", [isinst(o, t) for o, t in cases])
print(err(lambda: isinstance(1)))
print(err(lambda: isinstance(1, 2)))
print(err(lambda: isinstance(1, int, 3)))
print(err(lambda: isinstance(1, cls=int)))
isinstance_orig = isinstance
isinstance = lambda o, t: "mine"
print("shadowed isinstance", isinst(1, int))
del isinstance
print("restored isinstance", isinst(1, int))

# --- methods of builtin types ---
class Appender(list):
    def append(self, x):
        super().append(x * 10)

class SlottedAppender(list):
    __slots__ = ()

def add_to(l, x):
    l.append(x)
    return l

for _ in range(3):
    print("append", add_to([], 1), add_to(Appender(), 2), add_to(SlottedAppender(), 3))
s = SlottedAppender()
for i in range(3):
    add_to(s, i)
SlottedAppender.append = lambda self, x: list.append(self, -x)
add_to(s, 5)
print("patched subclass", s)
del SlottedAppender.append
add_to(s, 6)
print("unpatched subclass", s)
SlottedAppender.__getattribute__ = lambda self, name: (lambda x: print("hooked", name, x))
add_to(s, 7)
del SlottedAppender.__getattribute__
add_to(s, 8)
print("after hook", s)
class WithDict(list):
    pass
w = WithDict()
w.append = lambda x: print("instance attribute shadows the method", x)
for o in ([], w, SlottedAppender(), [], w):
    add_to(o, 1)
print(err(lambda: add_to((1,), 2)))
print(err(lambda: [].append()))
print(err(lambda: [].append(1, 2)))
print(err(lambda: [].append(x=1)))
print(err(lambda: list.append()))
print(err(lambda: list.append(1, 2)))
print(err(lambda: list.append(Appender(), 3)))

def get(d, k, *default):
    return d.get(k, *default)

class MyDict(dict):
    def get(self, k, default=None):
        return ("mine", k)

class NoGet:
    def get(self, k, default=None):
        return ("noget", k)

from collections import defaultdict, OrderedDict
for _ in range(3):
    print("get", [get(d, "a") for d in ({"a": 1}, MyDict(a=1), NoGet(), defaultdict(int, a=3), OrderedDict(a=4), {})],
          get({}, "z", 0))
class PlainSub(dict):
    pass
def get1(d, k):
    return d.get(k)
def get2(d, k):
    return d.get(k, "dflt")
for _ in range(3):
    print("get direct", [(get1(d, "a"), get2(d, "b")) for d in ({"a": 1}, MyDict(a=1), PlainSub(a=2), defaultdict(int, a=3), {"b": None})],
          dict.get({"a": 5}, "a"), err(lambda: get1({}, [])), err(lambda: dict.get([], 1)))
print(err(lambda: {}.get()))
print(err(lambda: {}.get(1, 2, 3)))
print(err(lambda: {}.get(key=1)))
print(err(lambda: {}.get([], 1)))

def join(sep, parts):
    return sep.join(parts)
for _ in range(3):
    print("join", join(",", ["a", "b"]), join("", []), err(lambda: join(",", [1])))
print(err(lambda: ",".join()))
print(err(lambda: ",".join(["a"], ["b"])))
print(err(lambda: ",".join(iterable=["a"])))

def starts(s, p, **kw):
    return s.startswith(p, **kw)
print("startswith", starts("hello", "he"), starts("hello", ("x", "h")), err(lambda: starts("hello", "he", start=1)))

# --- getset attributes of builtin types ---
class Real(float):
    @property
    def real(self):
        return "overridden"

def real(x):
    return x.real

def imag(x):
    return x.imag

for _ in range(3):
    print("real", [real(v) for v in (1.5, 3, True, 2 + 3j, Real(2.0))], [imag(v) for v in (1.5, 3, 2 + 3j)])
print(err(lambda: real("s")))

def name_of(f):
    return f.__name__
for _ in range(3):
    print("names", [name_of(f) for f in (len, print, err, A, int.bit_length)])

# --- module functions and bound builtins through the same call paths ---
import math
def floor(x):
    return math.floor(x)
for _ in range(3):
    print("floor", floor(2.5), floor(-2.5))
math_floor = math.floor
math.floor = lambda x: "patched"
print("patched module", floor(2.5))
math.floor = math_floor
print("restored module", floor(2.5))
bound = [].append
for i in range(3):
    bound(i)
print("bound", bound.__self__)

def typ(x):
    return type(x)
print("type", [typ(v).__name__ for v in (1, "s", [], A(), A)])
