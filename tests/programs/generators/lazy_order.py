# Order of evaluation in lazy chains vs eager lists
def source(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i
def double(it):
    for x in it:
        print(f"  double({x})")
        yield x * 2
print("lazy chain:")
for v in double(source("lazy", 3)):
    print("consumer got", v)
print("eager list:")
for v in [x * 2 for x in list(source("eager", 3))]:
    print("consumer got", v)
print("zip stops early:")
z = zip(source("left", 5), source("right", 2))
print(list(z))
print("map and filter are lazy:")
m = map(lambda x: x + 100, source("map", 2))
print("map created")
print(list(m))
f = filter(lambda x: x % 2, source("filter", 4))
print(next(f))
print("any short-circuits:")
print(any(x > 0 for x in source("any", 5)))
print("first match:")
print(next((x for x in source("next", 10) if x == 2), None))
print("enumerate:")
for i, v in enumerate(source("enum", 2)):
    print("pair", i, v)
