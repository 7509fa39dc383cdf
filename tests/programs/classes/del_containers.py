# __del__ for objects held in containers and attributes
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
items = [Item(1), Item(2), Item(3)]
del items
print("after deleting list")
d = {"a": Item("A"), "b": Item("B")}
del d["a"]
print("after deleting key a")
d.clear()
print("after clear")
L = [Item(10), Item(11)]
L.pop()
print("after pop")
L[0] = Item(12)
print("after replacing index 0")
L = []
print("after rebinding list")
class Holder:
    def __init__(self):
        self.child = Item("child")
    def __del__(self):
        print("del holder")
h = Holder()
del h
print("after holder")
t = (Item("t1"), Item("t2"))
t = None
print("after tuple")
nested = [[Item("deep")]]
nested[0].clear()
print("after inner clear")
s = [Item(i) for i in range(3)]
del s[1:]
print("after slice delete")
del s
print("after del s")
keep = Item("kept")
box = [keep]
del box
print("box gone, keep alive:", keep.n)
del keep
print("end")
