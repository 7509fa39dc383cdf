# Unpacking in list/tuple/set/dict displays and calls
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *b, *"xy"])
print({*a, *b} == {1, 2, 3, 4}, sorted({*range(3), *range(2, 5)}))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print(*a, *b, sep="-")
def f(*args, **kw):
    return args, kw
print(f(*a, 9, *b, **d1, q=5))
print(f(*[], **{}))
print([*range(3)], (*range(2),), (*"ab",))
print([*(x * 2 for x in range(3))])
print({**dict.fromkeys("ab", 0)})
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    print({**[1, 2]})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(**5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
nested = [[*a], [*b]]
print(nested, [*nested[0], *nested[1]])
print(len([*{}]), [*{"k": 1, "j": 2}])
print(*[], "only")
t = *a, *b
print(t)
