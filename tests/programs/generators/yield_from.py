# yield from: delegation to sub-iterators and sub-generators
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield from [3, 4]
    yield from "ab"
    yield from range(5, 7)
    yield from {}
print(list(outer()))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1], (2, 3), iter([4]), (x * 10 for x in range(2)))))
def sub():
    x = yield "sub ready"
    print("  sub got", x)
    y = yield "sub second"
    print("  sub got", y)
def delegator():
    yield from sub()
    yield "delegator done"
d = delegator()
print(next(d))
print(d.send("A"))
print(d.send("B"))
def gen_dict():
    yield from {"k1": 1, "k2": 2}
print(list(gen_dict()))
def walk_tree(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from walk_tree(child, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
for line in walk_tree(tree):
    print(line)
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print(type(e).__name__ + ":", e)
def yf_iter_obj():
    it = iter([10, 20, 30])
    yield next(it)
    yield from it
print(list(yf_iter_obj()))
