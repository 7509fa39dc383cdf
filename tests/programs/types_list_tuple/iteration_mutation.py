# Mutating a list while iterating over it and safe alternatives
L = [1, 2, 3, 4, 5, 6]
for x in L:
    if x % 2 == 0:
        L.remove(x)
print("remove during iteration:", L)
L = [1, 2, 2, 3, 2, 4]
for x in L:
    if x == 2:
        L.remove(x)
print("remove duplicates while iterating:", L)
L = [1, 2, 3]
count = 0
for x in L:
    count += 1
    if count < 5:
        L.append(x * 10)
print("append during iteration:", L, count)
L = [1, 2, 3, 4, 5, 6]
L = [x for x in L if x % 2]
print("comprehension filter:", L)
L = [1, 2, 3, 4, 5, 6]
for x in L[:]:
    if x % 2 == 0:
        L.remove(x)
print("iterate over copy:", L)
L = [1, 2, 3, 4, 5, 6]
for i in range(len(L) - 1, -1, -1):
    if L[i] % 2 == 0:
        del L[i]
print("reverse index deletion:", L)
L = [1, 2, 3, 4]
L[:] = [x * 2 for x in L]
print("slice assignment in place:", L)
L = ["a", "b", "c"]
for i, v in enumerate(L):
    L[i] = v.upper()
print("replace via index:", L)
L = [1, 2, 3]
it = iter(L)
print(next(it))
L.insert(0, 0)
print(list(it))
L = [1, 2, 3]
it = iter(L)
L.clear()
print(list(it))
L = [3, 1, 2]
it = iter(L)
next(it)
L.sort()
print(list(it), L)
r = [1, 2, 3]
rit = reversed(r)
r.append(4)
print(list(rit))
