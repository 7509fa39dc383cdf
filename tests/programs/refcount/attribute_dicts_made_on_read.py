# __dict__ and __annotations__ of functions and exceptions made on first read hold what is stored in
# them (the dict is counted: a temporary's release does not free it), and __dict__ assignment releases the old dict.
import sys
class D:
    def __init__(self, tag): self.tag = tag
    def __del__(self): print("del", self.tag)
def f(): pass
f.__dict__["a"] = D("dict item")
print("stored", f.a.tag)
f.__annotations__["r"] = D("annotation")
print("stored", f.__annotations__["r"].tag)
e = ValueError(1)
e.__dict__["x"] = D("exception dict item")
print("stored", e.x.tag)
del e
print("after del e")
f.__dict__ = {"b": D("replacement")}
print("replaced", f.b.tag)
print("end")
