# Loop edge cases: modifying while iterating, iterator protocol, range variants
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
L = [1, 2, 3, 4, 5, 6]
for x in L[:]:
    if x % 2 == 0:
        L.remove(x)
print(L)
L = [1, 2, 3, 4]
for x in L:
    L.remove(x)
print("removing while iterating leaves", L)
print(list(range(0)), list(range(-3)), list(range(2, -2, -1)), list(range(0, 10, 4)))
r = range(1, 20, 3)
print(len(r), r[2], r[-1], 10 in r, 11 in r, r.index(13), r.count(4))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skipping", next(it))
    else:
        print("got", x)
total = 0
for i in range(10 ** 6, 10 ** 6 + 3):
    total += i
print(total)
for i in range(3):
    i = 100
    print(i, end=" ")
print()
x = 10
for x in range(2):
    pass
print(x)
