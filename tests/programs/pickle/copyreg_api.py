# copyreg: the reduction registry, extension codes and their errors, slot names, and the
# protocol 0/1 reduction of instances (_reduce_ex, _reconstructor).
import copy
import copyreg
import pickle


def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, '|', e)


print(copyreg.__all__)
print(copyreg.pickle_complex(1 + 2j), copyreg.dispatch_table[complex] is copyreg.pickle_complex)
show('pickle not callable', lambda: copyreg.pickle(int, 5))
show('constructor not callable', lambda: copyreg.pickle(int, len, 5))
show('constructor', lambda: copyreg.constructor(5))
print(copyreg.constructor(len))

for args in [('m', 'n', 0), ('m', 'n', 2 ** 31), ('m', 'n', -1), ('m', 'q', '5'), ('m', 'q', 5)]:
    show('add %r' % (args,), lambda: copyreg.add_extension(*args))
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.add_extension('m', 'n', 7)
for args in [('m', 'n', 7), ('m', 'o', 7), ('m', 'n', 8)]:
    show('add %r' % (args,), lambda: copyreg.add_extension(*args))
for args in [('m', 'n', 8), ('m', 'o', 7), ('m', 'n', 7), ('m', 'n', 7)]:
    show('remove %r' % (args,), lambda: copyreg.remove_extension(*args))
copyreg._extension_cache[5] = 'cached'
copyreg.remove_extension('m', 'q', 5)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg._extension_cache[9] = 'x'
copyreg.clear_extension_cache()
print(copyreg._extension_cache)


class S:
    __slots__ = ('a', '__b', '__dict__', '__weakref__')


class S2(S):
    __slots__ = 'c'


class _Q:
    __slots__ = ('__z', '__y__')


class __:
    __slots__ = ('__w',)


class Plain:
    pass


print(copyreg._slotnames(S2), S2.__slotnames__, copyreg._slotnames(_Q), copyreg._slotnames(__))
print(copyreg._slotnames(Plain), Plain.__dict__.get('__slotnames__'), copyreg._slotnames(int))
S2.__slotnames__ = ['given']
print(copyreg._slotnames(S2))

print(type(copyreg._reconstructor(Plain, object, None)).__name__)


class L(list):
    pass


class I(int):
    pass


print(copyreg._reconstructor(L, list, [1, 2]), copyreg._reconstructor(I, int, 7) + 1)
print(copyreg.__newobj__(L, [3]), copyreg.__newobj_ex__(I, (5,), {}))

p = Plain()
p.a = 1
print(copyreg._reduce_ex(p, 0)[1:], copyreg._reduce_ex(p, 1)[0] is copyreg._reconstructor)
print(copyreg._reduce_ex(Plain(), 1)[1:])
print(copyreg._reduce_ex(L([1]), 1)[1:])
i = I(3)
i.tag = 't'
print(copyreg._reduce_ex(i, 0)[1:])


class Slotted:
    __slots__ = ('a',)


class WithState:
    def __getstate__(self):
        return {'k': 1}


class NoState:
    def __getstate__(self):
        return None


show('slots', lambda: copyreg._reduce_ex(Slotted(), 1))
show('slots pickle 1', lambda: pickle.dumps(Slotted(), 1))
print(copyreg._reduce_ex(WithState(), 0)[1:], copyreg._reduce_ex(NoState(), 0)[1:])
for proto in range(6):
    print(proto, pickle.dumps(WithState(), proto))
    print(proto, pickle.dumps(NoState(), proto))
    print(proto, pickle.dumps(i, proto))
    print(proto, pickle.dumps(L([1, 2]), proto))

s = Slotted()
s.a = 5
for proto in (2, 4):
    data = pickle.dumps(s, proto)
    print(data, pickle.loads(data).a)


# A registered reducer is used by pickle and copy alike.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(pt):
    return Point, (pt.x + 100, pt.y)


copyreg.pickle(Point, reduce_point)
print(pickle.loads(pickle.dumps(Point(1, 2))).x, copy.copy(Point(1, 2)).x, copy.deepcopy(Point(1, 2)).x)
del copyreg.dispatch_table[Point]
print(pickle.loads(pickle.dumps(Point(1, 2))).x)
