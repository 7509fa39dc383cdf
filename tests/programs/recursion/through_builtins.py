# Recursion through builtins that call back into Python, under sys.setrecursionlimit(10**6):
# each call back enters the eval loop again, which spends C recursion budget (CPython 3.13's
# Py_C_RECURSION_LIMIT), so unbounded recursion through map() or sorted(key=) raises
# RecursionError long before the Python limit; bounded recursion of a few hundred levels through
# them completes; plain Python recursion is bounded only by the Python limit; the VM keeps working.
# (CPython 3.13 with an 8 MB C stack crashes on unbounded recursion through sorted(key=), so
# that case is in tests/Runtime/RecursionThroughBuiltinsTests.cs instead.)
import sys
sys.setrecursionlimit(10**6)


def via_map(n):
    return list(map(via_map, [n + 1]))


try:
    via_map(0)
    print("map: completed")
except RecursionError as e:
    print("map:", type(e).__name__, e)


def via_max(n):
    return max([n], key=lambda x: via_max(n + 1))


try:
    via_max(0)
    print("max: completed")
except RecursionError as e:
    print("max:", type(e).__name__)


def sort_depth(n):
    if n == 0:
        return [0]
    return sorted([n], key=lambda x: sort_depth(n - 1)[0] + x)


print("sorted 300 deep:", sort_depth(300))


def via_map_bounded(n):
    return n if n == 0 else sum(map(via_map_bounded, [n - 1])) + 1


print("map 500 deep:", via_map_bounded(500))


def plain(n):
    return 0 if n == 0 else plain(n - 1) + 1


print("plain 100000 deep:", plain(100000))


def gen_chain(n):
    if n == 0:
        yield 0
        return
    yield from gen_chain(n - 1)


print("yield from 20000 deep:", list(gen_chain(20000)))
print("recursion limit:", sys.getrecursionlimit())
print("alive:", sorted(range(5), key=lambda x: -x), list(map(abs, [-1, -2])))
