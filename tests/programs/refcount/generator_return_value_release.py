# A generator's return value (StopIteration.value) dies when the generator ends: in a for loop
# (FOR_ITER ignores it), in list() and through next() once the StopIteration is gone.
class D:
    def __init__(self, tag): self.tag = tag
    def __del__(self): print("del", self.tag)

def g(tag):
    yield 1
    return D(tag)

for x in g("for"):
    print(x)
print("after for")

def inner():
    for x in g("for in function"):
        print(x)
    print("after inner loop")
inner()

print(list(g("list")))
print("after list")
print(sum(g("sum")))
print("after sum")

it = g("next")
next(it)
try:
    next(it)
except StopIteration as e:
    print("stop", e.value.tag)
    del e
print("after next")

def outer():
    r = yield from g("yield from")
    print("got", r.tag)
    return None
for x in outer():
    print(x)
print("end")
