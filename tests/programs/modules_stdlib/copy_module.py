# copy.copy and copy.deepcopy: shallow vs deep, cycles, custom hooks
import copy
orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "str": "s"}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append("X")
orig["tuple"][1].append("Y")
print(sh["list"], dp["list"], sh["tuple"], dp["tuple"])
print(sh is orig, sh["list"] is orig["list"], dp["list"] is orig["list"], dp["str"] is orig["str"])
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
cyc = [1]
cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[1] is dcyc, dcyc is not cyc, dcyc)
shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []
p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("t")
print(p2.tags, p3.tags, p2.x, type(p3).__name__)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is dict:", isinstance(memo, dict))
        return Custom(self.v + 100)
c = Custom(1)
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)
print(copy.copy([1, 2]), copy.copy({1: 2}), copy.copy({1, 2}), copy.copy(5), copy.deepcopy("x"))
import types
f = lambda: 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len)
print(copy.replace(types.SimpleNamespace(a=1, b=2), b=3))
