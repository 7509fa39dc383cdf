# Argument passing: objects are shared, names are rebound locally
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["rebound"]
    return lst
data = [1]
mutate(data)
print(data)
r = rebind(data)
print(data, r)
def inc(n):
    n += 1
    return n
x = 5
print(inc(x), x)
def extend_aug(lst):
    lst += [99]
def extend_tuple(t):
    t += (99,)
    return t
L = [0]
extend_aug(L)
print(L)
T = (0,)
print(extend_tuple(T), T)
def modify_dict(d, key):
    d[key] = d.get(key, 0) + 1
counts = {}
for k in "abca":
    modify_dict(counts, k)
print(counts)
def swap(a, b):
    a, b = b, a
    return a, b
p, q = 1, 2
print(swap(p, q), p, q)
class Obj:
    def __init__(self):
        self.v = 0
def set_attr(o):
    o.v = 42
    o = Obj()
    o.v = -1
o = Obj()
set_attr(o)
print(o.v)
def identity_check(a, b):
    return a is b
shared = []
print(identity_check(shared, shared), identity_check([], []))
def nested_mutation(matrix):
    matrix[0][0] = "X"
m = [[0] * 2] * 2
nested_mutation(m)
print(m)
m2 = [[0] * 2 for _ in range(2)]
nested_mutation(m2)
print(m2)
