# An instance's deallocation releases its attributes in the worklist's order (inline values
# first to last, __slots__ first to last, slots before the __dict__), also on the direct path
# (ObjectLifecycle.ReleaseInstanceDirectly), and `self.x = v` in methods keeps cycles collectable.
import gc

class R:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)

class Plain:
    def __init__(self):
        self.a = R("a"); self.b = R("b"); self.c = R("c")
print("inline values ->")
p = Plain()
del p
print("materialised __dict__ ->")
p = Plain()
p.__dict__
del p

class Slotted:
    __slots__ = ("x", "y", "z")
    def __init__(self):
        self.z = R("z"); self.x = R("x"); self.y = R("y")
print("slots ->")
s = Slotted()
del s
print("slots partly unset ->")
s = Slotted()
del s.x
del s

class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.d1 = R("d1"); self.d2 = R("d2")
print("slots and inline values ->")
b = Both()
del b

print("nested chain ->")
class Node:
    def __init__(self, nxt, name): self.nxt = nxt; self.name = name
    def __del__(self):
        if self.name % 20000 == 0: print("  node", self.name)
head = None
for i in range(60001):
    head = Node(head, i)
del head
print("temporaries ->")
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
    def scaled(self, k): return Vec(self.x * k, self.y * k)
v = Vec(1.5, 2)
acc = 0
for i in range(1000):
    acc += v.scaled(i).x
print(acc)

print("cycles made through self ->")
freed = []
class Cyc:
    def __init__(self, n):
        self.n = n
        self.me = self
    def link(self, other):
        self.other = other
        other.other = self
    def __del__(self): freed.append(self.n)
gc.collect()
for i in range(50):
    Cyc(i)
    a = Cyc(1000 + i)
    a.link(Cyc(2000 + i))
    del a
gc.collect()
print(len(freed), sorted(freed)[:3], sorted(freed)[-3:])
print("end")
