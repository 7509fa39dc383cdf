# Builtin methods that raise by returning a pending exception (no .NET throw: list.index and
# .remove, tuple.index, str/bytes .index and .rindex, dict.pop, set.remove, getattr without a
# default), list/tuple subscripts out of range, and builtin exception types called directly:
# the same exception, message, traceback lines, context and reference counts as CPython, however
# the builtin is reached (method call, bound method, unbound descriptor, subclass, from native code).
import sys
import traceback


def show(label, fn):
    try:
        fn()
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(label, type(e).__name__, repr(str(e)), [f.name for f in tb], type(e.__context__).__name__)
    else:
        print(label, "no error")


class L(list):
    pass


class Obj:
    @property
    def prop(self):
        raise AttributeError("from property")

    def __getattr__(self, name):
        if name == "custom":
            raise AttributeError("custom message")
        raise KeyError(name)


lst = [1, 2, 3]
tup = (1, 2)
s = "abc"
b = b"abc"
d = {"a": 1}
st = {1}
show("list.index", lambda: lst.index(9))
show("list.index range", lambda: lst.index(1, 1))
show("list.remove", lambda: lst.remove(9))
show("bound index", lambda: (lst.index)(9))
show("unbound index", lambda: list.index(lst, 9))
show("subclass index", lambda: L([1]).index(2))
show("tuple.index", lambda: tup.index(5))
show("str.index", lambda: s.index("z"))
show("str.rindex", lambda: s.rindex("z"))
show("bytes.index", lambda: b.index(b"z"))
show("bytes.rindex", lambda: b.rindex(b"z"))
show("dict.pop", lambda: d.pop("zz"))
show("dict.pop default", lambda: print(d.pop("zz", "dflt")))
show("set.remove", lambda: st.remove(2))
show("getattr", lambda: getattr(lst, "nope"))
show("getattr module", lambda: getattr(sys, "nope"))
show("getattr property", lambda: getattr(Obj(), "prop"))
show("getattr custom", lambda: getattr(Obj(), "custom"))
show("getattr keyerror", lambda: getattr(Obj(), "other"))
show("list[i]", lambda: lst[3])
show("list[-i]", lambda: lst[-4])
show("tuple[i]", lambda: tup[2])
show("from map", lambda: list(map(lst.index, [1, 9])))
show("from sorted key", lambda: sorted(["a", "z"], key=s.index))
show("in a loop", lambda: [lst[i] for i in range(5) if i < 0] or [lst[i] for i in (0, 1, 2, 3) if False] or lst[len(lst)])


def gen():
    yield lst.index(1)
    yield lst.index(7)


show("in generator", lambda: list(gen()))

# Context: raised while handling another exception.
try:
    try:
        raise ValueError("first")
    except ValueError:
        lst.index(42)
except ValueError as e:
    print("context", repr(e), repr(e.__context__))

# Built directly: BaseException's own __new__/__init__, and the types with their own.
print(repr(ValueError()), repr(ValueError("a", 2)), ValueError("a", 2).args, KeyError("k").args)
print(repr(StopIteration(3).value), SystemExit(4).code, repr(IndexError("i")))
print(OSError(2, "No such file").errno, AttributeError("m", name="n").name, ImportError("x", name="m").name)
try:
    ValueError(x=1)
except TypeError as e:
    print("kw", e)


class MyError(ValueError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)


print(repr(MyError("q", 1)), MyError("q").extra)

# Reference counts: the key, the value looked for and the container are back where they were.
key = object()
seek = object()
before = (sys.getrefcount(key), sys.getrefcount(seek), sys.getrefcount(lst), sys.getrefcount(d))
for _ in range(100):
    try:
        d.pop(key)
    except KeyError as e:
        pass
    try:
        lst.index(seek)
    except ValueError:
        pass
    try:
        lst[10]
    except IndexError:
        pass
after = (sys.getrefcount(key), sys.getrefcount(seek), sys.getrefcount(lst), sys.getrefcount(d))
print("refcount deltas", [a - b for a, b in zip(after, before)])

# Uncaught: the traceback names this line.
def outer():
    return [1][5]


try:
    outer()
except IndexError:
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(sys.exc_info()[2])])
    print(traceback.format_exc().splitlines()[-1])
