# Deleting the current key and inserting a new one while iterating shows where a dict's entries
# sit: the iterator keeps a position, and the table drops deleted entries only when it resizes.
# pyvm allocates differently from CPython (a display or copy gets exactly its entries, a dict
# refilled after clear() keeps its old table: Objects/PyDict.cs, "Logical size"); what a program
# sees must be CPython's.


def new_key(k):
    return k + 100 if isinstance(k, int) else k + "+"


def churn(d, limit=40, renew=None):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if len(seen) > limit:
                seen.append("...")
                break
            del d[k]
            d[renew(k, len(seen)) if renew else new_key(k)] = 0
    except RuntimeError as e:
        seen.append("RuntimeError: " + str(e))
    return seen, list(d)


def grow_then_churn(d, extra):
    # insertions after the display's pairs (past a presized table's entries), then the churn
    for j in range(extra):
        d[1000 + j] = j
    return churn(d)


def display(n, i):
    # a display of n pairs with run-time values (BUILD_MAP)
    if n == 1:
        return {0: i}
    if n == 2:
        return {0: i, 1: i}
    if n == 3:
        return {0: i, 1: i, 2: i}
    if n == 5:
        return {0: i, 1: i, 2: i, 3: i, 4: i}
    if n == 6:
        return {0: i, 1: i, 2: i, 3: i, 4: i, 5: i}
    return {0: i, 1: i, 2: i, 3: i, 4: i, 5: i, 6: i, 7: i, 8: i, 9: i, 10: i}


for n in (1, 2, 3, 5, 6, 11):
    print("display", n, churn(display(n, 7)))
    for extra in (1, 2, 3, 5):
        print("  +", extra, grow_then_churn(display(n, 7), extra))

# constant keys (BUILD_CONST_KEY_MAP), str keys
print("const", churn({"a": 1, "b": 2, "c": 3}))
print("const", churn({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}))
print("dup", churn({"a": 1, "a": 2, "b": 3}))

# copies of dicts with and without deletions
for n in (2, 3, 5, 7, 12):
    src = {i: i for i in range(n)}
    print("copy", n, churn(src.copy()), churn(dict(src)))
    del src[0]
    print("copy after del", n, churn(src.copy()), grow_then_churn(src.copy(), 2))

# a dict refilled after clear() (it keeps its old table for the refill)
for big in (10, 100, 1000):
    r = {i: i for i in range(big)}
    r.clear()
    for i in range(3):
        r[i] = i
    print("refill", big, churn(r))
    r.clear()
    for i in range(8):
        r[i] = i
    del r[2]
    print("refill+del", big, churn(r))

# comprehensions and dict() from pairs, and mixed deletions before the churn
c = {i: i for i in range(4)}
del c[1]
c[9] = 9
print("comp", churn(c))
print("pairs", churn(dict([(1, 1), (2, 2), (3, 3)])))
print("kwargs", churn(dict(a=1, b=2)))

# removing everything but one key while iterating, refilling the same positions
m = {0: 0, 1: 1, 2: 2, 3: 3}
seen = []
try:
    for k in m:
        seen.append(k)
        for j in list(m):
            if j != k:
                del m[j]
        m[k + 10] = 1
except RuntimeError as e:
    seen.append(str(e))
print("sweep", seen, m)

# A key other than an exact str makes CPython's str-only table resize first (dropping deleted
# entries, taking the size for the live ones).
def churn_mixed(d):
    # a str key is replaced by an int, an int key by a str
    return churn(d, renew=lambda k, n: n if isinstance(k, str) else "s" + str(k))


print("kind", churn_mixed({"a": 1, "b": 2, "c": 3}))
print("kind", churn_mixed({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}))
print("kind", churn_mixed({"a": 1, 2: 2, "c": 3}))
print("kind", churn_mixed({1: 1, "b": 2, "c": 3}))
print("kind", churn_mixed({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, 7: 7}))
print("kind", churn_mixed({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "j": 10}))
s = {"a": 1, "b": 2, "c": 3, "d": 4}
del s["a"]
del s["b"]
s[5] = 5
print("kind", list(s), churn(s))
for n in (3, 8, 20):
    s = {str(i): i for i in range(n)}
    del s["0"]
    s[0] = 0
    print("kind comp", n, churn(s))
    s = {str(i): i for i in range(n)}
    del s["1"]
    s.setdefault(1.5, 0)
    print("kind setdefault", n, churn_mixed(s))


class S(str):
    pass


t = {"a": 1, "b": 2, "c": 3}
del t["a"]
t[S("z")] = 1
print("kind subclass", churn(t))
t = {"a": 1, "b": 2, "c": 3}
del t["a"]
t["b"] = 5
t[S("b")] = 6
print("kind subclass equal", t, churn(t))
u = {"a": 1, "b": 2}
u.clear()
u[1] = 1
u["a"] = 2
u["b"] = 3
del u[1]
print("kind cleared", churn_mixed(u))
v = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}
del v["a"]
print("kind copy", churn_mixed(v.copy()), churn_mixed(dict(v)))
w = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, 7: 7, 8: 8}
del w[7]
del w[8]
del w["a"]
print("kind copy general", churn_mixed(w.copy()))

# __sizeof__ follows CPython's table, not what was allocated
print({0: 1, 1: 2}.__sizeof__() == dict.fromkeys(range(2)).__sizeof__(),
      {}.__sizeof__() == dict().__sizeof__())

# CPython 3.13 resizes a table with 1 or 2 live entries to 16 slots, not 8
r = {}
for i in range(5):
    r[i] = i
for i in range(3):
    del r[i]
r[6] = 6
print("resize few", churn(r))
r = {}
for i in range(5):
    r[i] = i
for i in range(5):
    del r[i]
r[6] = 6
print("resize none", churn(r))
# a display of 16 or more pairs is built one pair at a time: a later int key converts the table
big = {"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9,
       "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, 17: 17}
del big["k0"]
print("big display", churn_mixed(big))
mid = {"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, 9: 9}
del mid["k0"]
print("mid display", churn_mixed(mid))
# a copy of a sparse dict merges into a table of estimate_log2_keysize (twice the size for 21 items)
sp = {i: i for i in range(40)}
for i in range(19):
    del sp[i]
print("sparse copy", len(sp), churn(sp.copy()))
