# Nested and alternative patterns binding the same names in different orders; dataclass match_args; metaclass __instancecheck__; captures into globals and nonlocals.
import dataclasses
@dataclasses.dataclass
class P:
    x: int
    y: int
@dataclasses.dataclass(match_args=False)
class Q:
    a: int
def f(v):
    match v:
        case [P(x, y) | {"y": y, "x": x} | (y, x)] | P(y=[x, y]):
            return ("A", x, y)
        case {"k": (a, b) | [b, a] as c} if a < b:
            return ("B", a, b, c)
        case Q(a=1):
            return "Q1"
        case [1, 2] | [3, _] | [_, 4] if v:
            return "C"
        case (((1 | 2) | 3) as n) | [n]:
            pass
    return "no"
for v in [[P(1, 2)], [{"x": 3, "y": 4}], [(5, 6)], P(0, [7, 8]), {"k": (1, 2)}, {"k": [1, 2]}, {"k": [2, 1]}, Q(1), Q(2), [1, 2], [3, 9], [0, 4], 2]:
    print(v, f(v))
try:
    match Q(1):
        case Q(1): pass
except TypeError as e: print(e)
class Meta(type):
    def __instancecheck__(cls, inst): print("instancecheck"); return True
class M(metaclass=Meta): pass
match 5:
    case M(): print("M matched 5")
class NotType:
    def __instancecheck__(self, i): return True
try:
    match 5:
        case NotType(): pass
except TypeError as e: print(e)
def g():
    global gx
    match 3:
        case gx: pass
g(); print(gx)
def h():
    hv = 0
    def inner():
        nonlocal hv
        match 9:
            case hv: pass
    inner(); return hv
print(h())
try:
    match 1:
        case undefined_name.attr: pass
except NameError as e: print(e)
