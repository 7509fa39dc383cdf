# for loops with else, break, continue, and iteration over varied iterables
for i in range(3):
    print("i", i)
else:
    print("for finished normally")
for ch in "abc":
    if ch == "b":
        print("breaking at", ch)
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("else on empty iterable")
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, ch in enumerate("xyz", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "pq"):
    print(a, b)
L = [1, 2, 3]
for x in L:
    if x == 1:
        L.append(4)
    print("saw", x)
for i in range(3):
    pass
print("loop var after loop:", i)
for i in range(5, 0, -2):
    print(i, end=" ")
print()
for _ in range(0):
    pass
else:
    print("zero-range else")
