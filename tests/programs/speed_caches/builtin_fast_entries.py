# Fixed-arity entries of builtin methods and functions (Interpreter.BuiltinCalls.cs, PyBuiltinFunction.Fast1..3):
# a direct call on an exact receiver (the fast entry) must equal the bound-method call, the unbound
# descriptor call, a subclass instance's call (the general entry), and raise the same errors.
import builtins


def run(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))


def paths(name, make, *args):
    # fast entry (CALL_METHOD), bound method object (Ops.Call), unbound descriptor (CALL), in a loop so sites warm up
    for i in range(3):
        o = make(); run(f"{name} fast", lambda: (getattr(o, "__class__") and eval_direct(o, name, args), o))
        o = make(); m = getattr(o, name); run(f"{name} bound", lambda: (m(*args), o))
        o = make(); run(f"{name} unbound", lambda: (getattr(type(o), name)(o, *args), o))


def eval_direct(o, name, args):
    # a real CALL_METHOD site per arity
    if name == "lower": return o.lower()
    if name == "upper": return o.upper()
    if name == "isdigit": return o.isdigit()
    if name == "split": return o.split(*args) if len(args) > 1 else (o.split(args[0]) if args else o.split())
    if name == "strip": return o.strip(args[0]) if args else o.strip()
    if name == "rstrip": return o.rstrip(args[0]) if args else o.rstrip()
    if name == "startswith": return o.startswith(args[0]) if len(args) == 1 else o.startswith(*args)
    if name == "endswith": return o.endswith(args[0]) if len(args) == 1 else o.endswith(*args)
    if name == "join": return o.join(args[0])
    if name == "clear": return o.clear()
    if name == "copy": return o.copy()
    if name == "reverse": return o.reverse()
    if name == "pop": return o.pop() if not args else (o.pop(args[0]) if len(args) == 1 else o.pop(args[0], args[1]))
    if name == "extend": return o.extend(args[0])
    if name == "insert": return o.insert(args[0], args[1])
    if name == "remove": return o.remove(args[0])
    if name == "count": return o.count(args[0])
    if name == "items": return list(o.items())
    if name == "keys": return list(o.keys())
    if name == "values": return list(o.values())
    if name == "setdefault": return o.setdefault(args[0]) if len(args) == 1 else o.setdefault(args[0], args[1])
    if name == "add": return o.add(args[0])
    if name == "discard": return o.discard(args[0])
    raise AssertionError(name)


s = lambda: "AbC ,x,"
paths("lower", s); paths("upper", s); paths("isdigit", lambda: "123")
paths("split", s); paths("split", s, ","); paths("split", s, ",", 1); paths("split", s, 5)
paths("strip", s); paths("strip", s, ",x"); paths("strip", s, None); paths("strip", s, 3); paths("rstrip", s, ",")
paths("startswith", s, "Ab"); paths("startswith", s, ("x", "A")); paths("startswith", s, 1); paths("endswith", s, ",")
paths("join", lambda: "-", ["a", "b"]); paths("join", lambda: "-", [1])
lst = lambda: [3, 1, 2, 1]
paths("clear", lst); paths("copy", lst); paths("reverse", lst); paths("pop", lst); paths("pop", lst, 0); paths("pop", lst, 9)
paths("pop", list); paths("pop", lst, "x"); paths("extend", lst, (7, 8)); paths("extend", lst, 5); paths("insert", lst, -1, "i")
paths("remove", lst, 1); paths("remove", lst, 9); paths("count", lst, 1)
dct = lambda: {"a": 1, "b": 2}
paths("items", dct); paths("keys", dct); paths("values", dct); paths("clear", dct); paths("copy", dct)
paths("pop", dct, "a"); paths("pop", dct, "z"); paths("pop", dct, "z", 0); paths("pop", dict, "z", 0); paths("pop", dct, [])
paths("setdefault", dct, "a"); paths("setdefault", dct, "c"); paths("setdefault", dct, "c", 3); paths("setdefault", dct, [], 3)
st = lambda: {1, 2}
paths("add", st, 3); paths("add", st, []); paths("discard", st, 1); paths("discard", st, 9); paths("remove", st, 9); paths("pop", st); paths("pop", set)

# wrong argument counts and keywords: the general entry's errors
for expr in ["'a'.lower(1)", "'a'.split(1, 2, 3)", "'a'.strip(1, 2)", "'a'.startswith()", "[].clear(1)", "[].pop(1, 2)",
             "[].extend()", "[].insert(1)", "{}.items(1)", "{}.pop()", "{}.setdefault()", "set().add()", "set().add(1, 2)",
             "set().pop(1)", "[].count(x=1)", "{}.keys(a=1)", "'a'.join(x=1)", "str.lower()", "str.lower(5)", "list.clear({})",
             "dict.items([])", "abs()", "abs(1, 2)", "abs(x=1)", "ord('ab')", "ord(1)", "ord(a='a')", "chr(-1)", "chr(1.5)",
             "chr(i=65)", "hash([])", "hash(x=1)", "repr()", "id()", "callable(1, 2)", "abs('x')"]:
    for i in range(2):
        run(expr, lambda: eval(expr))

# builtin functions: fast entry and general entry (through a bound call of builtins' own object)
for i in range(3):
    print(abs(-3), abs(-2.5), abs(True), ord("a"), ord(b"b"), chr(99), hash(7), repr("x"), callable(len), callable(3))
    print(abs.__call__(-3), ord.__call__("a"), chr.__call__(99), repr.__call__([1]))

# subclasses: an override wins, an inherited builtin runs the general entry with a subclass self
class L(list):
    def clear(self):
        return "L.clear"
    def pop(self, *a):
        return ("L.pop", a)
class D(dict):
    def items(self):
        return "D.items"
class S(str):
    def lower(self):
        return "S.lower"
class S2(str):
    pass
class Set2(set):
    pass
for i in range(3):
    l = L([1, 2]); print(l.clear(), l.pop(), l.pop(0), l.copy(), l.count(1), list.clear(l), l)
    d = D(a=1); print(d.items(), list(dict.items(d)), d.pop("a"), d)
    print(S("AB").lower(), S2("AB").lower(), type(S2("AB").lower()).__name__, type(S2("ab").lower()).__name__, S2(" a ").strip(), str.lower(S("AB")))
    z = Set2([1]); z.add(2); z.discard(1); print(sorted(z), type(z).__name__)

# a site that sees several receiver types, then a rebound name
def call_lower(x):
    return x.lower()
for x in ["AB", S("AB"), S2("CD"), b"EF", bytearray(b"GH"), "IJ"]:
    print(call_lower(x))
try:
    str.lower = lambda self: "patched"
except TypeError as e:
    print("TypeError:", e)
saved = builtins.abs
builtins.abs = lambda x: "patched abs"
def use_abs(x):
    return abs(x)
print(use_abs(-1))
builtins.abs = saved
print(use_abs(-1))

# sum and sorted: one argument (fast entry), two, keywords (general entry), errors
for i in range(3):
    print(sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum((x for x in range(5)), 10), sum.__call__([4, 5]))
    print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"), sorted({2: 0, 1: 0}), sorted([3, 1, 2], reverse=True),
          sorted([3, 1, -2], key=abs), sorted.__call__([2, 1]))
    t = (3, 1, 2); print(sorted(t), t)
    for expr in ["sum()", "sum(1)", "sum(['a'], '')", "sum([], start=1)", "sorted()", "sorted(1)", "sorted([], foo=1)",
                 "sorted([], 1)", "sorted([1, 'a'])", "sorted([], key=1, reverse=2)", "sorted([2, 1], key=1)"]:
        run(expr, lambda: eval(expr))

# builtin types called from CALL and CALL_METHOD sites (their own FastCall), and heap types with __init__
import collections
class T(tuple):
    pass
class MyL(list):
    def __init__(self, *a):
        print("MyL.__init__", a)
        super().__init__(*a)
for i in range(3):
    print(tuple([1, 2]), list((1, 2)), str(5), int("7"), range(3), type(1), tuple(), list(), T([1]), MyL([2]))
    print(collections.OrderedDict(a=1), builtins.tuple("ab"), builtins.list("ab"))
