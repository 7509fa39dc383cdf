# Every list method with normal and edge-case arguments
L = [3, 1, 4]
L.append(1); print(L)
L.extend([5, 9]); L.extend((2,)); L.extend("ab"); L.extend(range(2)); print(L)
L.insert(0, "first"); L.insert(-1, "before-last"); L.insert(100, "end"); L.insert(-100, "start"); print(L)
print(L.pop(), L.pop(0), L.pop(-2), L)
L.remove("first"); L.remove(1); print(L)
print(L.index(4), L.index(1), L.index("a", 2), L.count(1), L.count("zz"))
L2 = L.copy(); L2.append("copy-only"); print(len(L), len(L2), L2 is not L)
L3 = [5, 2, 8, 1]; L3.sort(); print(L3); L3.sort(reverse=True); print(L3)
L3.reverse(); print(L3)
L3.clear(); print(L3, len(L3))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(3), lambda: [1, 2, 1].index(1, 1, 2)]:
    try:
        print(bad())
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in [lambda: [].append(), lambda: [].extend(5), lambda: [].insert(1), lambda: [].pop("0"), lambda: [].index()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
x = [1, 2]
x.extend(x)
print(x)
y = [1, 2]
y.append(y)
print(y, y[2] is y)
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -10, 10), [0] * 3 + [1], [[]] * 2)
print(sorted(m for m in dir(list) if not m.startswith("_")))
