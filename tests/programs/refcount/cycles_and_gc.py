# Reference cycles are not freed by refcounting alone; gc.collect frees them (order-independent output)
import gc
import weakref
freed = []
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        freed.append(self.name)
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
wa = weakref.ref(a)
del a, b
print("after del of cycle, freed:", freed, "alive:", wa() is not None)
gc.collect()
print("after gc.collect, freed:", sorted(freed), "alive:", wa() is not None)
freed.clear()
self_ref = Node("self")
self_ref.peer = self_ref
del self_ref
print("self cycle before collect:", freed)
gc.collect()
print("self cycle after collect:", freed)
freed.clear()
x = Node("x")
y = Node("y")
x.peer = y
del x
print("non-cyclic chain freed immediately:", freed)
del y
print("then y:", freed)
freed.clear()
a, b = Node("a2"), Node("b2")
a.peer, b.peer = b, a
a.peer = None
del a, b
print("cycle broken manually, freed without gc:", sorted(freed))
freed.clear()
lst = [Node("in-list")]
lst.append(lst)
del lst
print("list cycle before collect:", freed)
gc.collect()
print("list cycle after collect:", freed)
print(type(gc.collect()).__name__)
