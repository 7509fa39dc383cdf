# Instances of user classes: __dict__, slots, __getstate__/__setstate__, __reduce__,
# __reduce_ex__, __getnewargs__, __getnewargs_ex__; classes and functions by reference.
import pickle

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Plain(%r, %r)' % (self.x, self.y)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a = a
        self.b = b

class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = 'expensive'
    def __getstate__(self):
        print('  __getstate__ called')
        return {'v': self.v}
    def __setstate__(self, state):
        print('  __setstate__ called with', state)
        self.v = state['v']
        self.cache = 'rebuilt'

class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
    def __repr__(self):
        return 'Reduced(%r, %r)' % (self.a, self.b)

class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx.make, (proto,))
    @staticmethod
    def make(proto):
        r = ReducedEx.__new__(ReducedEx)
        r.proto = proto
        return r

class NewArgs:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        print('  __new__', n)
        return self
    def __getnewargs__(self):
        return (self.n,)

class NewArgsEx:
    def __new__(cls, *, key):
        self = super().__new__(cls)
        self.key = key
        return self
    def __getnewargs_ex__(self):
        return ((), {'key': self.key})

class Outer:
    class Inner:
        pass

def module_function(x):
    return x * 2

for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', proto)
    p = pickle.loads(pickle.dumps(Plain(1, [2]), proto))
    print(' ', p, type(p) is Plain)
    s = pickle.loads(pickle.dumps(Slotted(3, 'x'), proto))
    print(' ', s.a, s.b)
    w = pickle.loads(pickle.dumps(WithState(7), proto))
    print(' ', w.v, w.cache)
    print(' ', pickle.loads(pickle.dumps(Reduced(1, b=2), proto)))
    print(' ', pickle.loads(pickle.dumps(ReducedEx(), proto)).proto)
    n = pickle.loads(pickle.dumps(NewArgs(5), proto))
    print(' ', n.n)
    if proto >= 4:
        k = pickle.loads(pickle.dumps(NewArgsEx(key='k1'), proto))
        print(' ', k.key)
    print(' ', pickle.loads(pickle.dumps(Outer.Inner, proto)) is Outer.Inner)
    f = pickle.loads(pickle.dumps(module_function, proto))
    print(' ', f is module_function, f(21))
    lst = pickle.loads(pickle.dumps([len, pickle.dumps, int, type(None)], proto))
    print(' ', lst[0], lst[1] is pickle.dumps, lst[2:])

print(pickle.dumps(Plain(1, 2)))
print(pickle.dumps(Reduced(1)))
print(pickle.dumps(Slotted(1, 2)))
print(pickle.dumps(module_function))
print(pickle.dumps(Outer.Inner))
print(pickle.dumps(NewArgsEx(key=1)))
print(pickle.dumps(Plain(1, 2), 2))
print(pickle.dumps(Plain(1, 2), 0))
