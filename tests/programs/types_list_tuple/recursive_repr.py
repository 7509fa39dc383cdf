# repr of self-referencing lists, tuples and dicts
L = [1, 2]
L.append(L)
print(L, repr(L), str(L), len(L))
M = []
M.append(M)
M.append(M)
print(M)
a, b = [1], [2]
a.append(b)
b.append(a)
print(a, b)
d = {"k": 1}
d["self"] = d
print(d)
mixed = {"list": []}
mixed["list"].append(mixed)
print(mixed)
t = ([],)
t[0].append(t)
print(t)
nested = [[[]]]
nested[0][0].append(nested)
print(nested)
s = [1]
outer = [s, s]
print(outer)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f"Node({self.v}, {self.children!r})"
n = Node(1)
n.children.append(Node(2))
print(n)
L2 = [L, L]
print(L2)
print(L == L, L[2] is L, L[2][2][2][0])
try:
    L == [1, 2, L[:]]
    print("compared without error")
except RecursionError:
    print("RecursionError comparing")
from collections import OrderedDict, deque
od = OrderedDict(a=1)
od["me"] = od
print(od)
dq = deque([1])
dq.append(dq)
print(dq)
