# __del__ runs when the last reference disappears (CPython refcounting semantics)
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("__del__", self.name)
x = Noisy("a")
del x
print("after del a")
y = Noisy("b")
y = Noisy("c")
print("after rebinding y")
y = None
print("after y = None")
def scope():
    local = Noisy("local")
    print("returning from scope")
scope()
print("after scope()")
def returns():
    r = Noisy("returned")
    return r
kept = returns()
print("kept alive:", kept.name)
del kept
print("after del kept")
a = Noisy("shared")
b = a
del a
print("a deleted, b still alive")
del b
print("after del b")
Noisy("temporary")
print("after temporary expression statement")
print(Noisy("in-call").name)
print("after print of temp")
class Parent:
    def __del__(self):
        print("Parent.__del__")
class Child(Parent):
    def __del__(self):
        print("Child.__del__")
        super().__del__()
c = Child()
del c
print("after child")
class Raises:
    def __del__(self):
        print("Raises.__del__ running")
z = Raises()
z = 1
print("end")
