# Builtin methods of exact list, set, dict and str called from hot loops (compiled code calls
# list.append/pop, set.add/discard/remove, dict.get and str methods without spilling its frame):
# plain and other keys, keys whose __eq__ must run, subclasses that override or inherit the method,
# a method rebound on the instance's type mid-loop, fresh receivers, errors and their line numbers;
# len of each builtin container, of a subclass and of a fresh list, len rebound. The functions are
# also run interpreted and compiled by tests/Runtime/CompiledBuiltinMethodCallTests.cs (`report`).
import sys

log = []


class K:
    """A key that collides with small ints and logs its comparisons."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        f = sys._getframe(1)
        log.append(("eq", self.v, other, f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno))
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


class S2(set):
    pass


class D(dict):
    def get(self, k, d=None):
        return ("D.get", k, d)


class Str(str):
    def lower(self):
        return "Str.lower:" + str.lower(self)


str_lower = Str.lower


def sets(n):
    s = set()
    sub = S2()
    out = []
    for i in range(n):
        s.add(i % 5)
        s.add(str(i % 3))
        s.add(True)
        s.add(2 ** 70 + i % 2)
        s.add((i, i))
        s.add(i * 1.5)
        s.discard(i % 4)
        s.discard("nope")
        sub.add(i)
        if i == 3:
            S2.add = lambda self, x: out.append(("S2.add rebound", x))
        if i == 5:
            del S2.add
        if i % 3 == 0:
            s.remove(str(i % 3))
        out.append(len(s))
    {1}.add(2)
    S().add(3)
    return out, sorted(map(repr, s)), sorted(sub)


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
        s.add(2)
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
        a.append(10 ** 30 + i)
        b.append(i)
        c.append(i)
        out.append(a.pop() - 10 ** 30)
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
        out.append(d.get("zz", 10 ** 40 + i) - 10 ** 40)
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
        out.append(w.count("o", 0, 10 ** 20))
        out.append(w.isdigit())
        out.append(w.strip(Str(" ")))
        for bad in ((lambda: w.split("")), (lambda: w.index("zz")), (lambda: w.strip(5)), (lambda: w.center(3, "ab"))):
            try:
                out.append(bad())
            except (TypeError, ValueError) as e:
                out.append((type(e).__name__, str(e), e.__traceback__.tb_next.tb_lineno - bad.__code__.co_firstlineno))
        if i == 3:
            Str.lower = lambda self: "rebound lower"
    return out


class LenList(list):
    def __len__(self):
        return 99


def lens(n):
    global len
    import builtins
    real = builtins.len
    out = []
    items = [[1, 2], (1,), "abc", "\U0001F600x", {1: 2}, {1, 2, 3}, frozenset(), LenList([1]), b"xy", range(4)]
    for i in range(n):
        for x in items:
            out.append(len(x))
        out.append(len([i] * i))
        out.append(len(str(i) * 3))
        if i == 2:
            len = lambda x: -1
        if i == 3:
            del len
            builtins.len = lambda x: -2
        if i == 4:
            builtins.len = real
        try:
            out.append(len(i))
        except TypeError as e:
            out.append(("TypeError", str(e)))
    return out


def unhandled(n):
    for i in range(n):
        "abc".index("c" if i < 4 else "z")


def raising_line(n):
    lines = []
    for i in range(n):
        try:
            "abc".index("z")
        except ValueError as e:
            lines.append(e.__traceback__.tb_lineno - raising_line.__code__.co_firstlineno)
    return lines


def run(f, n):
    try:
        return f(n), log[:]
    except Exception as e:
        return type(e).__name__, str(e), e.__traceback__.tb_next.tb_lineno, log[:]
    finally:
        log.clear()


CASES = ((sets, 12), (set_errors, 4), (colliding, 3), (lists, 6), (dicts, 4), (strs, 5), (lens, 6), (unhandled, 6), (raising_line, 3))

if __name__ == "__main__":
    for f, arg in CASES:
        for _ in range(2):  # the later rounds run compiled code
            run(f, arg)
        r = run(f, arg)
        print(f.__name__, r[0] if len(r) == 2 else r[:3])
        print(" log", r[-1][:12], len(r[-1]))
