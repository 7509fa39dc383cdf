# The current frame (what sys._getframe, tracebacks, super() and warnings read) through call
# chains deeper than the frame pool, through native code calling back into Python, generators,
# and after a RecursionError: every frame seen is the right one, at every depth.
import sys
import traceback


def names(n):
    f = sys._getframe(1)
    out = []
    while f is not None and len(out) < n:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def chain(n, probe):
    if n == 0:
        return probe()
    return chain_b(n - 1, probe)


def chain_b(n, probe):
    if n == 0:
        return probe()
    return chain(n - 1, probe)


def depth_of_chain():
    f, d = sys._getframe(1), 0
    while f is not None and f.f_code.co_name in ("chain", "chain_b"):
        d += 1
        f = f.f_back
    return d


for n in (0, 1, 5, 63, 64, 65, 130, 300):
    print(n, chain(n, depth_of_chain), chain(n, lambda: names(3)))


def getframe_levels():
    return [sys._getframe(k).f_code.co_name for k in range(4)]


def level2():
    return getframe_levels()


def level1():
    return level2()


print(level1())


def fail_at(n):
    if n == 0:
        raise KeyError("deep")
    return fail_at(n - 1)


for n in (3, 70, 200):
    try:
        fail_at(n)
    except KeyError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(n, len(tb), tb[0].name, tb[-1].name, tb[-1].line)


# Native code calling back into Python (sorted's key, map, min's key), deep and shallow.
def key_with_frame(x):
    return (sys._getframe(1).f_code.co_name, -x)


def sort_at_depth(n, items):
    if n == 0:
        return sorted(items, key=lambda v: (names(1)[0], -v))
    return sort_at_depth(n - 1, items)


print(sort_at_depth(0, [3, 1, 2]), sort_at_depth(70, [5, 9, 7]))
print(list(map(lambda v: chain(v, depth_of_chain), [0, 3, 66])))
print(min([4, 2, 8], key=lambda v: chain(v, lambda: -v)))


# Generators resumed at different depths see their caller as f_back.
def gen():
    for i in range(3):
        yield sys._getframe(1).f_code.co_name, i


def consume_deep(n, g):
    if n == 0:
        return next(g)
    return consume_deep(n - 1, g)


g = gen()
print(consume_deep(0, g), consume_deep(80, g), next(g))


# super() without arguments in methods called deep in a chain.
class Base:
    def who(self):
        return ["Base", sys._getframe(1).f_code.co_name]


class Child(Base):
    def who(self):
        return ["Child"] + super().who()


def call_who(n, o):
    return o.who() if n == 0 else call_who(n - 1, o)


print(call_who(0, Child()), call_who(100, Child()))


# After a RecursionError the current frame and the depth are still exact.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError:
    print("recursion error", names(1), chain(65, depth_of_chain))
print(level1())


# Exceptions raised and caught at many depths, frames kept by tracebacks, then calls again.
kept = []
for n in (1, 64, 65, 128):
    try:
        fail_at(n)
    except KeyError as e:
        kept.append(e.__traceback__)
print([len(traceback.extract_tb(t)) for t in kept], chain(70, lambda: names(2)))
