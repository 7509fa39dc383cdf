# Containers stay consistent when __eq__ / __hash__ / key functions run arbitrary code.
class Collide:
    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        Collide.eqs += 1
        return isinstance(other, Collide) and self.v == other.v

    def __repr__(self):
        return "C" + str(self.v)

s = set()
for i in range(12):
    s.add(Collide(i))
print(len(s), Collide(3) in s, Collide(30) in s, Collide.eqs > 0)
s.discard(Collide(5))
s.add(Collide(100))
print(len(s), [c.v for c in s])
d = {Collide(i): i for i in range(10)}
print(d[Collide(4)], len(d), list(d.values()))
del d[Collide(0)]
d[Collide(0)] = "back"
print(list(d.items())[-1])

class Evil:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return False

    __hash__ = None

lst = [1, 2, 3]
lst.append(Evil(lst))
print(Evil(None) in [], 5 in lst, lst)
lst = [Evil(None), 1]
lst[0].target = lst
try:
    lst.remove(1)
except ValueError as e:
    print("ValueError:", e)
print(lst)
lst = [Evil(None)] * 3
lst[0].target = lst
print(lst.count(1), lst)
a = [Evil(None), 1]
a[0].target = a
print(a == [1, 1], a)

class Mutator:
    def __init__(self, d, v):
        self.d = d
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.d[len(self.d) + 100] = 0
        return self is other

md = {}
m1 = Mutator(md, 1)
md[m1] = 1
m2 = Mutator(md, 2)
try:
    md[m2] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(md) >= 2)

key_calls = []
def key(x):
    key_calls.append(x)
    return -x
data = [3, 1, 2]
data.sort(key=key)
print(data, key_calls)

class BadHash:
    def __hash__(self):
        raise ValueError("no hash")

try:
    {BadHash()}
except ValueError as e:
    print("ValueError:", e)
try:
    {}[BadHash()] = 1
except ValueError as e:
    print("ValueError:", e)
try:
    BadHash() in {1}
except ValueError as e:
    print("ValueError:", e)
try:
    hash((1, BadHash()))
except ValueError as e:
    print("ValueError:", e)
