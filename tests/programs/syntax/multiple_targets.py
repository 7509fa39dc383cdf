# Chained assignment, swaps, and evaluation order of targets
a = b = c = [1]
print(a is b is c)
a.append(2)
print(b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
L = [0, 1, 2]
i = 0
i, L[i] = 1, "set"
print(i, L)
order = []
class Rec:
    def __setitem__(self, k, v):
        order.append(("set", k, v))
def val(n):
    order.append(("eval", n))
    return n
r = Rec()
r[val("k1")], r[val("k2")] = val(1), val(2)
print(order)
order.clear()
r[val("a")] = r[val("b")] = val(9)
print(order)
p = q = 5
q += 1
print(p, q)
m = n = {}
m["x"] = 1
print(n)
first = second = "same"
print(first is second)
u, v = w = (3, 4)
print(u, v, w)
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a)
