# Instructions the baseline compiler runs as one interpreter step each: super().m() and
# super().attr (LOAD_SUPER_ATTR), f(*args, **kwargs) (CALL_EX), imports inside functions,
# class statements inside functions (their bodies use LOAD_NAME / STORE_NAME / LOAD_CLASSDEREF),
# and match statements. Each runs many times so PYVM_JIT=1 compiles the functions too; the
# errors each raises must be the interpreter's (tracebacks name the same line).
import traceback


class A:
    v = 5

    def m(self, x):
        return ("A", x)

    @classmethod
    def c(cls):
        return cls.__name__

    @property
    def p(self):
        return "prop"


class B(A):
    def m(self, x):
        return ("B", super().m(x + 1), super().v, super().c(), super().p)

    def missing(self):
        return super().nope


class C(B):
    def m(self, x):
        return ("C",) + super(B, self).m(x)


def star(*a, **k):
    return (a, sorted(k.items()))


def call_ex(xs, kw):
    return star(*xs), star(*xs, **kw), star(1, *xs, z=2, **kw)


def imports():
    import math
    from os import path as p
    from collections import deque
    return math.floor(2.5), p.basename("/a/b"), deque([1]).pop()


def missing_import():
    from sys import no_such_name
    return no_such_name


def classdef(n):
    class Local:
        k = n
        doubled = [x * 2 for x in (k,)]

        def get(self):
            return self.k + n
    return Local().get(), Local.doubled, Local.__qualname__


def match(v):
    match v:
        case [1, *rest]:
            return ("list", rest)
        case {"a": x, **others}:
            return ("dict", x, others)
        case B():
            return "B"
        case int(n) if n > 3:
            return "big"
        case (str() as s, _):
            return ("pair", s)
        case _:
            return "other"


def where(f, *args):
    try:
        f(*args)
    except Exception as e:
        return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)] + [type(e).__name__, str(e)]


for _ in range(100):
    r = (B().m(1), C().m(2), call_ex([1, 2], {"y": 3}), imports(), classdef(3),
         [match(v) for v in ([1, 2, 3], {"a": 1, "b": 2}, B(), 7, 2, ("s", 1))])
print(r)
print(where(B().missing))
print(where(lambda: star(*5)))
print(where(lambda: star(**{1: 2})))
print(where(missing_import))
print(where(lambda: super().m(1)))
