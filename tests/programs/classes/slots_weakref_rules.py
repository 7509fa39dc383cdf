# Weak references and __slots__: a slotted class without '__weakref__' gives none unless its builtin
# base has them (set, frozenset, deque); '__weakref__' twice, or over a base that has it: TypeError.
import weakref, collections
for b in (list, dict, set, frozenset, bytearray, collections.deque, Exception, str, float, complex, object):
    for slots in ((), ('__weakref__',), None):
        ns = {} if slots is None else {'__slots__': slots}
        try:
            C = type('C', (b,), ns)
        except TypeError as e:
            print(b.__name__, slots, 'class TypeError', e); continue
        try:
            weakref.ref(C()); r = 'ok'
        except TypeError as e: r = 'TypeError'
        print(b.__name__, slots, r)
class A: pass
try:
    class B(A): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
try:
    class C: __slots__ = ('__weakref__', '__weakref__')
except TypeError as e: print(e)
class D: __slots__ = ('__weakref__',)
class E(D): __slots__ = ()
print(weakref.ref(E()) is not None)
try:
    class F(D): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
class G: __slots__ = ()
try: weakref.ref(G())
except TypeError as e: print(e)
