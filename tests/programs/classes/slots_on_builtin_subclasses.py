# __slots__ members on subclasses of builtins whose instances are not plain objects, and CPython's
# refusal of nonempty __slots__ on int/bytes/tuple/type subclasses.
import collections, copy, pickle, weakref, io, array
bases = [list, set, frozenset, dict, bytearray, collections.deque, str, float, complex, Exception,
         collections.OrderedDict, collections.defaultdict, object, array.array, io.BytesIO, int, bytes, tuple, type]
for b in bases:
    try:
        class C(b):
            __slots__ = ('a', 'b')
    except TypeError as e:
        print(b.__name__, 'TypeError', e)
        continue
    try:
        if b is array.array: o = C('i')
        else: o = C()
        o.a = 1
        print(b.__name__, o.a, hasattr(o, 'b'), hasattr(o, '__dict__'))
        del o.a
        print(hasattr(o, 'a'))
        try:
            o.z = 3
        except AttributeError as e:
            print('AE', e)
    except Exception as e:
        print(b.__name__, 'ERR', type(e).__name__, e)
for b in [int, bytes, tuple]:
    for s in [('__dict__',), ('__weakref__',), ('__dict__', '__weakref__')]:
        try:
            class D(b):
                __slots__ = s
            print(b.__name__, s, 'ok', hasattr(D(), '__dict__'))
        except TypeError as e:
            print(b.__name__, s, 'TypeError', e)
