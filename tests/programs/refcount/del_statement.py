# __del__ runs immediately when the last reference is removed by del
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__({self.name})")
a = R("a")
print("del a ->")
del a
print("after del a")
b = R("b")
c = b
print("del b (c still refers) ->")
del b
print("del c ->")
del c
print("after del c")
d = R("d")
e = R("e")
print("del d, e ->")
del d, e
print("after del d, e")
holder = {"k": R("in dict")}
print("del holder['k'] ->")
del holder["k"]
print("after dict item delete")
lst = [R("x0"), R("x1"), R("x2")]
print("del lst[1] ->")
del lst[1]
print("del lst[:] ->")
del lst[:]
print("after slice delete")
class Box:
    pass
box = Box()
box.item = R("attr")
print("del box.item ->")
del box.item
print("after attribute delete")
def f():
    local = R("local")
    print("del local inside function ->")
    del local
    print("after del inside function")
f()
print("end of program")
