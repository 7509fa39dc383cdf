# gc: collect() return type, reference cycles freed by the collector, enable/disable state
import gc
print(type(gc.collect()).__name__, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
finalized = []
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        finalized.append(self.name)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("cycle unreachable, before collect")
n = gc.collect()
print("after collect, collected something:", n > 0, "finalized:", sorted(finalized))
c = Node("c")
del c
print("non-cyclic object freed immediately:", finalized[-1])
lst = []
lst.append(lst)
del lst
print(type(gc.collect()).__name__)
print(type(gc.get_count()).__name__, len(gc.get_count()), type(gc.get_threshold()).__name__)
import weakref
class Plain:
    pass
p1, p2 = Plain(), Plain()
p1.ref, p2.ref = p2, p1
w = weakref.ref(p1)
del p1, p2
print("weakref alive before collect:", w() is not None)
gc.collect()
print("weakref alive after collect:", w() is not None)
print(gc.collect() >= 0, callable(gc.get_objects))
