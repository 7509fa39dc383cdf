# Recursive containers print [...] / {...} / set(...) markers, as CPython does.
a = [1]
a.append(a)
print(a, repr(a), str(a))
b = [a, a]
print(b)
d = {"k": 1}
d["self"] = d
d["list"] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
class Holder:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return "Holder(" + repr(self.s) + ")"
s = set()
s.add(Holder(s))
print(s)
class S2(set):
    pass
s2 = S2()
s2.add(Holder(s2))
print(s2)
f = frozenset([Holder(None)])
print(f)
dk = {}
dk[1] = dk.keys()
print(dk)
x = []
y = [x]
x.append(y)
print(x, y)
print([[[]]], [{}, set(), ()], {1: [], 2: {}})
