# reprlib: limits per container kind, strings/ints cut in the middle, levels, indent, repr_TYPE methods, recursive_repr.
import reprlib, collections, array
r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue, r.indent)
print(reprlib.repr(list(range(100))), reprlib.repr('x'*100), reprlib.repr(10**50), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr(frozenset(range(10))), reprlib.repr(tuple(range(10))))
print(reprlib.repr([[[[[1]]]]]), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({'a': [1, {'b': (1,2,3,4,5,6,7)}]}))
print(reprlib.repr(collections.deque(range(10))), reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('d')), reprlib.repr(()), reprlib.repr((1,)), reprlib.repr([]), reprlib.repr({}), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.Repr(indent=2).repr([1,[2,3]]))
print(reprlib.Repr(indent='-> ').repr({'a': [1, 2], 'b': (3,)}))
print(reprlib.Repr(maxlist=2, fillvalue='~').repr([1,2,3]), reprlib.Repr(maxlevel=1).repr([[1], (2,), {3: 4}, {5}]))
print(reprlib.repr(b'x'*100), reprlib.repr(1.5), reprlib.repr({3, 1, 2}), reprlib.repr({'b': 1, 'a': 2, 1: 3}), reprlib.repr('short'))
print(reprlib.repr('a' * 31), reprlib.repr(12345678901234567890123456789012345678901), reprlib.repr(-10**60))
class Big:
    def __repr__(self): return 'B' * 100
class Broken:
    def __repr__(self): raise RuntimeError
print(reprlib.repr(Big()), reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
class MyRepr(reprlib.Repr):
    def repr_Big(self, x, level): return 'Big!'
print(MyRepr().repr([Big(), 1]))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % self.children
print(repr(Node()), Node.__repr__.__name__, Node.__repr__.__wrapped__.__name__)
class Tagged(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self): return 'T' + list.__repr__(self)
t = Tagged([1]); t.append(t); print(repr(t))
