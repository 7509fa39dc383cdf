# Property getters and setters entered as inline frames (Interpreter.AccessorCalls.cs): o.p and
# o.p = v give what getattr/setattr (the general path) give, for accessors that take exactly
# (self) / (self, value) and for every other shape, with errors, tracebacks and __del__ timing.
import sys
import traceback


class Plain:
    def __init__(self, v):
        self._v = v
        self.log = []

    @property
    def p(self):
        return self._v

    @p.setter
    def p(self, value):
        self.log.append(value)
        self._v = value


class Shapes:
    def __init__(self):
        self._v = 1

    def _get_default(self, extra=10):
        return self._v + extra

    def _set_default(self, value, scale=2):
        self._v = value * scale

    d = property(_get_default, _set_default)

    def _get_gen(self):
        yield self._v
        yield self._v + 1

    g = property(_get_gen)

    def _set_returns(self, value):
        self._v = value
        return "ignored"

    r = property(lambda self: self._v * 3, _set_returns)

    def _get_varargs(*args):
        return len(args)

    def _set_varargs(*args):
        args[0]._v = args[1:]

    va = property(_get_varargs, _set_varargs)


def make_closure_property():
    bonus = 100

    def get(self):
        return self._v + bonus

    def set_(self, value):
        nonlocal bonus
        bonus = value

    return property(get, set_)


Shapes.c = make_closure_property()


class Failing:
    @property
    def bad(self):
        raise KeyError("getter")

    @bad.setter
    def bad(self, value):
        raise ValueError("setter %r" % (value,))

    @property
    def deep(self):
        return self.deep


class Tracked:
    def __init__(self, name):
        self.name = name
        self._v = 0

    def __del__(self):
        print("del", self.name)

    @property
    def p(self):
        return self._v

    @p.setter
    def p(self, value):
        self._v = value


def main():
    o = Plain(5)
    fast = [o.p for _ in range(3)]
    slow = [getattr(o, "p") for _ in range(3)]
    print("plain get", fast, slow, fast == slow)
    for i in range(3):
        o.p = i
    setattr(o, "p", 7)
    print("plain set", o.p, o.log)

    s = Shapes()
    print("default get", s.d, getattr(s, "d"))
    s.d = 4
    print("default set", s._v, s.d)
    setattr(s, "d", 5)
    print("default setattr", s._v)
    print("generator get", list(s.g), list(getattr(s, "g")))
    s.r = 6
    print("returning set", s._v, s.r, getattr(s, "r"))
    print("varargs get", s.va, getattr(s, "va"))
    s.va = 9
    print("varargs set", s._v)
    s._v = 1
    print("closure get", s.c, getattr(s, "c"))
    s.c = 5
    print("closure set", s.c)

    f = Failing()
    for what in ("get", "set", "getattr", "setattr"):
        try:
            if what == "get":
                f.bad
            elif what == "set":
                f.bad = 3
            elif what == "getattr":
                getattr(f, "bad")
            else:
                setattr(f, "bad", 4)
        except (KeyError, ValueError) as e:
            tb = traceback.extract_tb(e.__traceback__)
            print(what, type(e).__name__, e, [fr.name for fr in tb])
    try:
        f.deep
    except RecursionError as e:
        print("deep", type(e).__name__)

    # A floating object: the getter's return releases it (after the value is taken).
    print("floating get", Tracked("a").p)
    t = Tracked("b")
    t.p += 2
    print("augmented", t.p)
    Tracked("c").p = 3
    print("after floating set")
    del t
    print("refcount kept", sys.getrefcount(o) == sys.getrefcount(o))
    before = sys.getrefcount(o)
    for _ in range(10):
        o.p
        o.p = 1
    print("refcount same", sys.getrefcount(o) == before)


main()
