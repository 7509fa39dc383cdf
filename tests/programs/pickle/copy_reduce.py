# copy.copy / copy.deepcopy go through __reduce_ex__ like pickle does.
import copy

class Tracked:
    def __init__(self, items):
        self.items = items
    def __reduce_ex__(self, proto):
        print('  __reduce_ex__', proto)
        return (Tracked, (self.items,))

t = Tracked([1, 2])
c = copy.copy(t)
print(c.items is t.items)
d = copy.deepcopy(t)
print(d.items == t.items, d.items is t.items)

class Stateful:
    def __init__(self):
        self.data = [1]
        self.cache = 'c'
    def __getstate__(self):
        return {'data': self.data}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'restored'

s = copy.deepcopy(Stateful())
print(s.data, s.cache)
s = copy.copy(Stateful())
print(s.data, s.cache)

class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2

x = copy.deepcopy(Slots())
print(x.a, x.b)

class WithNew:
    def __new__(cls, n):
        o = super().__new__(cls)
        o.n = n
        return o
    def __getnewargs__(self):
        return (self.n,)

print(copy.copy(WithNew(3)).n, copy.deepcopy(WithNew(4)).n)

import threading
try:
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print('TypeError', e)

print(object().__reduce_ex__(2)[1], object().__reduce_ex__(4)[2:])
class E: pass
r = E().__reduce_ex__(2)
print(r[0].__name__, r[1], r[2:])
e = E(); e.v = 1
print(e.__reduce_ex__(4)[2])
print(e.__reduce__()[0].__name__, e.__reduce__()[1][1:])
