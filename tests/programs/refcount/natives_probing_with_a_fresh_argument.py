# Natives that compare a fresh argument with items (list.count/index/remove, in, dict/set probes,
# deque) call its __eq__ repeatedly; a bound method made and dropped on it inside __eq__ frees nothing:
# __del__ runs once the native is done, as in CPython.
class E:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del E", self.n)
    def __eq__(self, o):
        m = self.helper   # a bound method on self, made and dropped
        r = m(o)
        return r
    def helper(self, o): return o == self.n
    __hash__ = lambda self: hash(self.n)
lst = [1, 2, 3, 2]
print("count"); print(lst.count(E(2)))
print("index"); print(lst.index(E(3)))
print("remove"); lst.remove(E(3)); print(lst)
print("in list"); print(E(2) in lst)
print("in tuple"); print(E(2) in tuple(lst))
d = {2: "two"}
print("dict get"); print(d.get(E(2)))
print("dict in"); print(E(2) in d)
s = {2}
print("set in"); print(E(2) in s)
print("dict []"); print(d[E(2)])
print("dict pop"); print(d.pop(E(2)))
print("set discard"); s.discard(E(2)); print(s)
from collections import deque
dq = deque([1, 2, 3])
print("deque count"); print(dq.count(E(2)))
print("deque in"); print(E(3) in dq)
print("max"); print(max([E(1)], key=lambda e: e.n).n)
print("end")
