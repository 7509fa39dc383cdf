# IndexError and KeyError messages from builtin containers
def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except (LookupError, ValueError) as e:
        print(f"{label} ! {type(e).__name__}: {e} | args={e.args!r}")
show("[][1]", lambda: [][1])
show("[1, 2][-3]", lambda: [1, 2][-3])
show("()[0]", lambda: ()[0])
show("'abc'[5]", lambda: "abc"[5])
show("b'ab'[2]", lambda: b"ab"[2])
show("bytearray()[0]", lambda: bytearray()[0])
show("range(3)[3]", lambda: range(3)[3])
show("[].pop()", lambda: [].pop())
show("[1].pop(5)", lambda: [1].pop(5))
show("{}['k']", lambda: {}["k"])
show("{}[0]", lambda: {}[0])
show("{}[(1, 2)]", lambda: {}[(1, 2)])
show("{}[None]", lambda: {}[None])
show("{}['']", lambda: {}[""])
show("{}.pop('x')", lambda: {}.pop("x"))
show("{}.popitem()", lambda: {}.popitem())
show("set().pop()", lambda: set().pop())
show("{1}.remove(2)", lambda: {1}.remove(2))
show("'abc'.index('z')", lambda: "abc".index("z"))
show("(1,).index(5)", lambda: (1,).index(5))
show("[][0:5]", lambda: [][0:5])
show("'x'[-2]", lambda: "x"[-2])
show("[1, 2][10**20]", lambda: [1, 2][10 ** 20])
import collections
show("deque().pop()", lambda: collections.deque().pop())
show("deque()[0]", lambda: collections.deque()[0])
show("OrderedDict().popitem()", lambda: collections.OrderedDict().popitem())
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("key stored in args:", e.args[0], "str quotes it:", str(e))
try:
    [1].remove(2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
