# heapq/bisect/copy/string/textwrap/math/cmath/operator/types details
import bisect
import cmath
import copy
import heapq
import math
import operator
import string
import textwrap
import types
from collections import namedtuple
from dataclasses import dataclass

print(list(heapq.merge([1, 3, 5], [2, 4], key=lambda v: -v if False else v)), heapq.nsmallest(2, [(2, "b"), (1, "z"), (1, "a")]))
h = []
for v in [5, 3, 8, 1]:
    heapq.heappush(h, v)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), sorted(h), heapq.nlargest(0, [1]), heapq.nsmallest(1, []))
a = [1, 3, 3, 5]
print(bisect.bisect_left(a, 3, lo=2), bisect.bisect_right(a, 3, 0, 2), bisect.bisect(a, 10, hi=2))
Pair = namedtuple("Pair", "a b")
@dataclass
class Box:
    items: list
orig = [Pair(1, [2]), Box([3, [4]])]
dc = copy.deepcopy(orig)
orig[0].b.append("x")
orig[1].items[1].append("y")
print(dc, copy.copy(orig)[1] is orig[1], copy.deepcopy(types.SimpleNamespace(v=[1])))
t = string.Template("${who}: $$${amount:x}")
print(t.safe_substitute(who="me"), string.capwords(" a  b "), string.Formatter().format("{0:>5}|{1!r}", 7, "s"))
print(textwrap.shorten("one two three four five", 15), textwrap.wrap("a-b-c-d-e-f", 4), textwrap.dedent("\n  x\n    y"))
print(textwrap.fill("word " * 5, width=12, initial_indent="> ", subsequent_indent=". "))
print(math.comb(100, 50), math.perm(5), math.isqrt(10 ** 20 + 1), math.lcm(), math.gcd(0, -4), math.prod([], start=3))
print(math.fsum([1e100, 1.0, -1e100]), math.log(8, 2), math.log(2 ** 1000), math.ceil(-0.0), math.trunc(-2.7))
print(math.copysign(1, -0.0), math.isclose(1e-10, 0, abs_tol=1e-9), math.hypot(3, 4, 12), math.dist([0, 0, 0], [1, 2, 2]))
print(cmath.phase(-1 - 0j), cmath.sqrt(-4 + 0j), cmath.polar(-1), abs(cmath.exp(2j)), cmath.isclose(cmath.log(-1), cmath.pi * 1j))
print(operator.itemgetter(slice(1, 3))("abcd"), operator.attrgetter("real", "imag")(3 + 4j), operator.length_hint([1, 2], 9))
print(operator.methodcaller("get", "k", 0)({}), operator.concat("a", "b"), operator.truediv(1, 4))
ns = types.SimpleNamespace(b=1, a=2)
ns.c = 3
print(ns, ns == types.SimpleNamespace(b=1, a=2, c=3), sorted(vars(ns)))
print(types.MappingProxyType({"a": 1}).get("a"), isinstance(print, types.BuiltinFunctionType), types.new_class("K").__name__)
