# Deleting containers releases their elements (in container order)
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__({self.name})")
print("list ->")
lst = [R("L0"), R("L1"), R("L2")]
del lst
print("tuple ->")
tup = (R("T0"), R("T1"))
del tup
print("dict ->")
d = {"a": R("Da"), "b": R("Db")}
del d
print("set of one ->")
s = {R("S0")}
del s
print("nested ->")
nested = [R("N0"), [R("N1a"), R("N1b")], R("N2")]
del nested
print("shared element ->")
shared = R("shared")
l1 = [shared]
l2 = [shared]
del shared
del l1
print("  l1 gone, shared still in l2")
del l2
print("clear() ->")
c = [R("C0"), R("C1")]
c.clear()
print("pop() ->")
p = [R("P0"), R("P1")]
p.pop()
print("  popped value discarded")
v = p.pop()
print("  kept popped value", v.name)
del v
print("dict.pop / popitem ->")
dd = {"x": R("Dx"), "y": R("Dy")}
dd.pop("x")
dd.popitem()
print("list replaced by slice assignment ->")
sl = [R("S0"), R("S1"), R("S2")]
sl[0:2] = [1, 2]
print("del sl ->")
del sl
print("end")
