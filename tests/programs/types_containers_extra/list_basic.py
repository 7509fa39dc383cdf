# list: construction, indexing, slicing, slice assignment, deletion, methods, operators, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(), list((1, 2)), list(range(4)), list("ab"), list({1: 2, 3: 4}))
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[0], a[-1], a[3:7], a[::2], a[::-1], a[-3:], a[:-3], a[8:2:-2], a[100:], a[-100:2])
print(a[True], a[1:-1:3], a[::-3], a[5:5], a[7:3])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a["x"])
show(lambda: a[1.5])
show(lambda: a[10**30])
show(lambda: a[::0])
show(lambda: a[1.0:2])

b = list(range(10))
b[2:5] = ["a", "b"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[::3] = "wxyz"
print(b)
b[-1:] = []
print(b)
b[5:2] = [7]
print(b)
b[:] = b
print(b)
c = [1, 2, 3]
c[::-1] = c
print(c)

def assign(x, k, v):
    x[k] = v
    return x

show(lambda: assign([1, 2, 3], slice(0, 3, 2), [1, 2, 3]))
show(lambda: assign([1, 2, 3], slice(0, 3, 2), 5))
show(lambda: assign([1, 2, 3], slice(0, 2), 5))
show(lambda: assign([1, 2, 3], 3, 5))
show(lambda: assign([1, 2, 3], -4, 5))
show(lambda: assign([1, 2, 3], -3, 5))
show(lambda: assign([1, 2, 3], "k", 5))

d = list(range(12))
del d[0]
del d[-1]
print(d)
del d[::3]
print(d)
del d[5:1:-2]
print(d)
del d[:]
print(d)

def delete(x, k):
    del x[k]
    return x

show(lambda: delete([1], 5))
show(lambda: delete([1], "a"))

m = [3, 1, 2]
m.append(4)
m.extend((5, 6))
m.extend(m)
print(m)
m.insert(0, "first")
m.insert(-1, "pen")
m.insert(100, "last")
m.insert(-100, "front")
print(m)
print(m.pop(), m.pop(0), m.pop(-2), m)
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop(1.0))
show(lambda: [1].pop(10**30))
m.remove(3)
print(m)
show(lambda: m.remove(99))
print(m.index(1), m.index(1, 3), m.count(1), m.count(99))
show(lambda: m.index(99))
show(lambda: m.index("zz", 0, 3))
show(lambda: m.index(1, "a"))
print([1, 2, 3, 2].index(2, -2), [1, 2, 3].index(3, -10**30, 10**30))
m.reverse()
print(m)
cp = m.copy()
m.clear()
print(m, cp, m is cp)
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].copy(1))
show(lambda: [].count())
show(lambda: [].insert(1))
show(lambda: [].index())
show(lambda: list(1, 2))
show(lambda: list(x=1))
show(lambda: list(5))

print([1, 2] + [3], [1] * 3, 3 * [1, 2], [1] * 0, [1] * -2, [] * 5)
x = [1, 2]
y = x
x += (3, 4)
x *= 2
print(x, y is x)
x *= 0
print(x, y)
show(lambda: [1] + (1,))
show(lambda: [1] * 2.0)
show(lambda: 2.0 * [1])
show(lambda: [1] * "a")

def iadd(v, w):
    v += w
    return v

show(lambda: iadd([1], 5))
show(lambda: iadd([1], "ab"))

print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [], [1] >= [1, 0])
show(lambda: [1] < ["a"])
show(lambda: [1] < (1,))
print([1, 2] == (1, 2), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], [nan] < [nan])
print(3 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
show(lambda: hash([]))
print(list.__hash__)
print(len([1, 2, 3]), bool([]), bool([0]))
print(list.__new__(list, 1, 2, 3))
show(lambda: list.__new__(int))
show(lambda: list.__new__(5))
show(lambda: list.append(5, 1))
z = [1, 2, 3]
z.__init__([9])
print(z)
z.__init__()
print(z)
