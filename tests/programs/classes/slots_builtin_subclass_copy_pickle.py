# copy, deepcopy, pickle and weak references of builtin subclasses with __slots__; slot values are
# released with their object.
import collections, copy, pickle, weakref, gc
class L(list):
    __slots__ = ('a', '__weakref__')
class D(dict):
    __slots__ = ('a', '__dict__')
class S(set):
    __slots__ = ('a',)
class B(bytearray):
    __slots__ = ('a',)
class Q(collections.deque):
    __slots__ = ('a',)
class St(str):
    __slots__ = ('a',)
class Sub(L):
    __slots__ = ('b',)
for o in [L([1, 2]), D(x=1), S({1}), B(b'ab'), Q([1]), St('hi')]:
    o.a = [type(o).__name__]
    try:
        c = copy.copy(o); print(type(c).__name__, c, c.a, c.a is o.a)
    except Exception as e: print('copy', type(e).__name__, e)
    try:
        dc = copy.deepcopy(o); print(dc, dc.a, dc.a is o.a)
    except Exception as e: print('deepcopy', type(e).__name__, e)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            p = pickle.loads(pickle.dumps(o, proto)); print(proto, p, p.a)
        except Exception as e: print('pickle', proto, type(e).__name__, e)
    try: print(o.__reduce_ex__(2)[2])
    except Exception as e: print('reduce', type(e).__name__, e)
l = L([1]); r = weakref.ref(l); print(r() is l)
d = D(); d.z = 5; d.a = 1; print(d.__dict__, d.a)
s = Sub([3]); s.a = 1; s.b = 2; print(s, s.a, s.b)
try: s.c = 3
except AttributeError as e: print(e)
print(L.a, type(L.__dict__['a']).__name__)
try: L.a.__get__(S())
except TypeError as e: print(e)
class E(Exception):
    __slots__ = ('code',)
e = E('m'); e.code = 4; print(e.code, e.args, e.__dict__)
class F(float):
    __slots__ = ('u',)
f = F(1.5); f.u = 'kg'; print(f, f.u, f + 1)
# the values are released when the object dies
class Probe:
    def __del__(self): print('probe released')
x = L(); x.a = Probe(); del x; gc.collect()
print('end')
