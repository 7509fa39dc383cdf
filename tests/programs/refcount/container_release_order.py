# Dropping the last reference to a list or tuple releases its items last first, and a freed item's own
# contents go before the next item (CPython's list_dealloc / tupledealloc order). The outermost list or
# tuple takes a direct path (ObjectLifecycle.ReleaseItemsDirectly); nested ones the worklist.
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make():
    return [R("a"), [R("b1"), R("b2")], (R("c1"), (R("c2"), R("c3"))), R("d"), 7, None, "s"]

x = make()
print("drop list")
del x
t = (R("t1"), [R("t2"), (R("t3"),)], R("t4"))
print("drop tuple")
del t
shared = R("shared")
y = [shared, R("own"), shared]
print("drop list with a shared item")
del y
print("shared still alive:", shared.name)
z = [R("z%d" % i) for i in range(5)]
print("rebind")
z = None
print("end")
