# Augmented assignment to an attribute or item of a temporary (a call's result): the temporary
# lives until the store is done, then dies (its __del__ sees the stored value).
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del A", self.n)

def mk(n): return A(n)

mk(1).n += 1
print("after attr +=")
mk(10).n *= 3
print("after attr *=")

class P:
    def __init__(self, n): self._n = n
    @property
    def n(self): return self._n
    @n.setter
    def n(self, v): self._n = v
    def __del__(self): print("del P", self._n)

def mkp(n): return P(n)
mkp(5).n += 1
print("after property +=")

class Item:
    def __init__(self, tag): self.tag = tag
    def __del__(self): print("del Item", self.tag)

class L(list):
    def __del__(self): print("del L", [x if isinstance(x, int) else x.tag for x in self])

def mkl(): return L([1, Item("kept")])
mkl()[0] += 41
print("after item +=")

class K:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, K) and o.k == self.k
    def __del__(self): print("del K", self.k)

d = {K("a"): 1}
d[K("a")] += 1
print("after key +=", [(k.k, v) for k, v in d.items()])

def run():
    mk(100).n -= 1
    print("after local attr -=")
    mkl()[0] *= 2
    print("after local item *=")
run()
print("end")
