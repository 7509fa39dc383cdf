# d[k] on an exact dict and o.attr raise KeyError / AttributeError through the frame's own error
# path: the same exception, args, attributes, context, traceback line and release of the
# temporaries as any other raise.
import sys
import traceback


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self is other

    def __repr__(self):
        return "Noisy(%r)" % self.name


class Plain:
    __slots__ = ("a",)


class WithGetattr:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError("custom " + name)


def lookups():
    d = {"a": 1}
    try:
        d["missing"]
    except KeyError as e:
        print("KeyError", e.args, repr(e), e.__context__, e.__traceback__.tb_lineno - lookups.__code__.co_firstlineno)
    try:
        d[(1, 2)]
    except LookupError as e:
        print("tuple key", e.args)
    try:
        {}[Noisy("key")]
    except KeyError as e:
        print("noisy key", e.args)
    print("after noisy key handler")
    try:
        {1: Noisy("value")}[2]
    except KeyError:
        print("handler for floating dict")
    o = Plain()
    try:
        o.a
    except AttributeError as e:
        print("slot", e, e.name, e.obj is o)
    try:
        o.b
    except AttributeError as e:
        print("attr", e, e.name, e.obj is o)
    try:
        WithGetattr().other
    except AttributeError as e:
        print("getattr hook", e)
    print(WithGetattr().magic)
    try:
        try:
            d["x"]
        finally:
            print("finally ran")
    except KeyError as e:
        print("through finally", e)
    try:
        try:
            raise ValueError("first")
        except ValueError:
            d["second"]
    except KeyError as e:
        print("context", repr(e.__context__))


def gen():
    d = {}
    try:
        yield d["k"]
    except KeyError:
        yield "caught in generator"


lookups()
print(list(gen()))
count = 0
d = {}
for i in range(1000):
    try:
        d[i]
    except KeyError:
        count += 1
    try:
        d.nothing
    except AttributeError:
        count += 1
print("loop", count)


def unhandled():
    return {"a": 1}["b"]


try:
    unhandled()
except KeyError:
    lines = traceback.format_exc().splitlines()
    print(lines[-1], [l.strip() for l in lines if l.strip().startswith("return")])
print("end")
