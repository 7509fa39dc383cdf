# Builtin methods of exact list, set, dict and str called from hot loops (compiled code calls
# list.append/pop, set.add/discard/remove, dict.get and str methods without spilling its frame):
# plain and other keys, keys whose __eq__ must run, subclasses that override or inherit the method,
# a method rebound on the instance's type mid-loop, fresh receivers, errors and their line numbers.
import sys

log = []


class K:
    """A key that collides with small ints and logs its comparisons."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        log.append(("eq", self.v, other, sys._getframe(1).f_code.co_name))
        return isinstance(other, int) and other == self.v


class L(list):
    def append(self, x):
        log.append(("L.append", x))
        super().append(x * 10)


class L2(list):
    pass


class S(set):
    def add(self, x):
        log.append(("S.add", x))
        super().add(-x)


class D(dict):
    def get(self, k, d=None):
        return ("D.get", k, d)


class Str(str):
    def lower(self):
        return "Str.lower:" + str.lower(self)


str_lower = Str.lower


def sets(n):
    s = set()
    out = []
    for i in range(n):
        s.add(i % 5)
        s.add(str(i % 3))
        s.add(True)
        s.add(2 ** 70 + i % 2)
        s.add((i, i))
        s.discard(i % 4)
        s.discard("nope")
        if i % 3 == 0:
            s.remove(str(i % 3))
        out.append(len(s))
    return out, sorted(map(repr, s))


def set_errors(n):
    s = {1, 2}
    out = []
    for i in range(n):
        try:
            s.remove(i)
            out.append(("removed", i))
        except KeyError as e:
            out.append(("KeyError", e.args, e.__traceback__.tb_lineno))
        try:
            s.add([i])
        except TypeError as e:
            out.append(("TypeError", str(e)))
    return out


def colliding(n):
    s = {K(1), K(2)}
    d = {K(3): "k3", 4: "four"}
    out = []
    for i in range(n):
        s.add(1)
        s.discard(2)
        out.append(d.get(3))
        out.append(d.get(4, "dflt"))
        out.append(d.get("4", "dflt"))
    return out, len(s)


def lists(n):
    a = []
    b = L()
    c = L2()
    out = []
    for i in range(n):
        a.append(i)
        a.append(a)
        b.append(i)
        c.append(i)
        out.append(a.pop() is a)
        out.append(c.pop())
        if i == 2:
            L2.pop = lambda self, *args: "rebound pop"
        if i == 4:
            del L2.pop
            c.append("x")
    [].append(1)
    fresh = [5, 6]
    out.append(fresh.pop())
    try:
        [].pop()
    except IndexError as e:
        out.append(("IndexError", str(e), e.__traceback__.tb_lineno))
    return out, a[:5], b, c


def dicts(n):
    d = {"a": 1, 2: "two", 2 ** 80: "big"}
    sub = D(d)
    out = []
    key = "".join(["a"])  # equal to "a", another object
    for i in range(n):
        out.append(d.get(key))
        out.append(d.get(2, 0))
        out.append(d.get(2 ** 80))
        out.append(d.get(2.0))
        out.append(d.get(True, "t"))
        out.append(d.get("zz", i))
        out.append(sub.get("a", i))
        if i == 1:
            d[(1, 2)] = "tuple"
        out.append(d.get((1, 2), "no"))
    counts = {}
    for w in "the cat and the hat and the bat".split():
        counts[w] = counts.get(w, 0) + 1
    return out, counts


def strs(n):
    out = []
    Str.lower = str_lower
    t = Str("MiXeD")
    for i in range(n):
        w = "  Word,%d.  " % i
        out.append(w.strip().strip(",.").lower())
        out.append(w.split())
        out.append(w.split(",", 1))
        out.append(w.replace("o", "0", i % 3))
        out.append(w.find("d", 2))
        out.append(w.startswith(" "))
        out.append("-".join("abc"))
        out.append(t.lower())
        out.append(t.upper())
        out.append(w.center(20, "*"))
        out.append(w.partition(","))
        for bad in ((lambda: w.split("")), (lambda: w.index("zz")), (lambda: w.strip(5)), (lambda: w.center(3, "ab"))):
            try:
                out.append(bad())
            except (TypeError, ValueError) as e:
                out.append((type(e).__name__, str(e), e.__traceback__.tb_next.tb_lineno - bad.__code__.co_firstlineno))
        if i == 3:
            Str.lower = lambda self: "rebound lower"
    return out


def raising_line(n):
    lines = []
    for i in range(n):
        try:
            "abc".index("z")
        except ValueError as e:
            lines.append(e.__traceback__.tb_lineno - raising_line.__code__.co_firstlineno)
    return lines


for f, arg in ((sets, 12), (set_errors, 4), (colliding, 3), (lists, 6), (dicts, 4), (strs, 5), (raising_line, 3)):
    for _ in range(3):  # the later rounds run compiled code
        r = f(arg)
    print(f.__name__, r)
    print(" log", log[:12], len(log))
    log.clear()
