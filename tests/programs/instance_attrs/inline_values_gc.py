# Cycles through inline values are found and freed by the cycle collector (CollectChildren lists the values).
import gc, weakref
class N:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = N("a"); b = N("b")
a.other = b; b.other = a
r = weakref.ref(a)
del a, b
print("collect", gc.collect() >= 2, r())
c = N("c"); c.me = c; vars(c)
del c
gc.collect()
print("end")
