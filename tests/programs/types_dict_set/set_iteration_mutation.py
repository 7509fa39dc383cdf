# Mutating sets while iterating, and safe patterns
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
s = {1, 2, 3, 4}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
s = {1, 2, 3, 4, 5, 6}
for x in list(s):
    if x % 2 == 0:
        s.remove(x)
print(sorted(s))
s = {1, 2, 3, 4, 5, 6}
s = {x for x in s if x % 3}
print(sorted(s))
s = set(range(10))
s -= {x for x in s if x > 6}
print(sorted(s))
s = {1, 2}
it = iter(s)
next(it)
s.add(3)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
s = {1, 2, 3}
total = 0
while s:
    total += s.pop()
print(total, s)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {"a": 1}
for k in d:
    d[k] = 100
print(d)
d = {"x": 1, "y": 2}
try:
    for k, v in d.items():
        d.pop("y", None)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
d = {i: i for i in range(3)}
try:
    for v in d.values():
        d[v + 10] = 0
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
