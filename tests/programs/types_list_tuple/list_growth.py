# Lists that grow across every resize of their item array (appends, inserts, extends, slice
# assignments, comprehensions, repetition), on both sides of the point where the growth policy
# changes (4096 slots in pyvm; CPython grows differently: only the contents are compared).


def check(name, got, want):
    print(name, len(got), got == want, sum(got) == sum(want), got[:3], got[-3:])


for n in (0, 1, 3, 4, 5, 8, 9, 17, 100, 1000, 1024, 1025, 4095, 4096, 4097, 6144, 6145, 20000):
    appended = []
    for i in range(n):
        appended.append(i)
    check(f"append {n}", appended, list(range(n)))

    front = []
    for i in range(min(n, 3000)):
        front.insert(0, i)
    check(f"insert(0) {min(n, 3000)}", front, list(range(min(n, 3000) - 1, -1, -1)))

    middle = []
    for i in range(min(n, 3000)):
        middle.insert(len(middle) // 2, i)
    model = []
    for i in range(min(n, 3000)):
        model = model[: len(model) // 2] + [i] + model[len(model) // 2 :]
    check(f"insert(mid) {min(n, 3000)}", middle, model)

    extended = [-1]
    for k in range(1, 12):
        extended.extend(range(k * n // 11))
    want = [-1]
    for k in range(1, 12):
        want = want + list(range(k * n // 11))
    check(f"extend {n}", extended, want)

    m = min(n, 5000)
    mixed = []
    for i in range(m):
        mixed.append(i)
        if i % 7 == 0:
            mixed += [i, i]
        if i % 11 == 0:
            mixed[len(mixed):] = [-i]
        if i % 13 == 0 and mixed:
            mixed.pop()
    want = []
    for i in range(m):
        want = want + [i]
        if i % 7 == 0:
            want = want + [i, i]
        if i % 11 == 0:
            want = want + [-i]
        if i % 13 == 0 and want:
            want = want[:-1]
    check(f"mixed {m}", mixed, want)

    check(f"comprehension {n}", [i * 2 for i in range(n)], list(range(0, 2 * n, 2)))
    check(f"repeat+append {n}", ([7] * n) + [8], [7] * n + [8])
    grown = [None] * n
    grown.append(1)
    grown.extend([2] * n)
    check(f"presized then grown {n}", [x for x in grown if x is not None], [1] + [2] * n)

# Growth while iterating: the iterator sees the appended items (list_iterator reads by index).
seen = []
grow = [0]
for x in grow:
    seen.append(x)
    if x < 5000:
        grow.append(x + 1)
print(len(seen), seen[-1], grow == seen)

# Clearing and regrowing reuses nothing visible.
l = list(range(100))
del l[:]
l.extend(range(5000))
l[10:20] = []
l.clear()
l += range(3)
print(l)
