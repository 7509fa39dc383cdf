# Rebinding a name releases the old object before the statement finishes
class R:
    def __init__(self, name):
        self.name = name
        print(f"  create {name}")
    def __del__(self):
        print(f"  __del__({self.name})")
x = R("first")
print("rebinding x ->")
x = R("second")
print("after rebinding")
x = None
print("after x = None")
for i in range(3):
    obj = R(f"loop{i}")
print("after loop (loop2 still bound)")
del obj
items = [R("item0")]
print("items[0] = ... ->")
items[0] = R("item0-replacement")
print("after item replacement")
items = []
print("after items = []")
class Holder:
    pass
h = Holder()
h.attr = R("attr-old")
print("h.attr = ... ->")
h.attr = R("attr-new")
print("after attribute rebinding")
print("h = None ->")
h = None
print("after h = None")
a = b = R("shared")
a = 1
print("a rebound, b still holds shared")
b = 2
print("after b rebound")
counter = R("aug")
counter = None if True else counter
print("end")
