# bytearray reduces by value: bytes from protocol 3, a latin-1 str before; a subclass keeps its __dict__.
import copy, pickle
b = bytearray(b'a\xffb')
print(b.__reduce_ex__(4), b.__reduce_ex__(2), b.__reduce__())
class B(bytearray): pass
c = B(b'xy'); c.tag = 1
print(c.__reduce_ex__(4)[1:], c.__reduce_ex__(0)[1:])
for p in range(6):
    d = pickle.loads(pickle.dumps(c, p)); print(p, type(d).__name__, d, d.tag)
print(copy.copy(b), copy.deepcopy(c), copy.deepcopy(c).tag)
