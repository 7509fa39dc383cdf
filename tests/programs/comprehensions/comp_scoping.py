# Comprehension scoping: loop variables, closures, class bodies, walrus
x = "global x"
result = [x for x in range(3)]
print(result, x)
def f():
    y = "local y"
    out = [y for y in "ab"]
    return out, y
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
def outer():
    n = 10
    return [n + k for k in range(3)]
print(outer())
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    total = sum(v for v in data)
print(C.doubled, C.total)
try:
    class D:
        factor = 3
        scaled = [factor * v for v in range(3)]
except NameError as e:
    print(type(e).__name__ + ":", e)
values = [1, 5, 10, 15]
filtered = [y for v in values if (y := v * 2) > 5]
print(filtered, y)
def count_matches():
    total = 0
    [total := total + 1 for c in "hello" if c == "l"]
    return total
print(count_matches())
print([[x for x in range(i)] for i in range(4)])
z = 5
gen = [z for _ in range(2)]
print(gen)
def uses_global():
    return [x for _ in range(2)]
print(uses_global())
i = "outer i"
print([i for i in range(2)], i)
print([j for j in range(2)], "j" in dir())
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(type(e).__name__ + ":", e)
def nested_closure():
    return [[lambda: (a, b) for b in range(2)] for a in range(2)]
print([[fn() for fn in row] for row in nested_closure()])
