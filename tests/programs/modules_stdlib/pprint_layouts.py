# pprint: the layouts the first pprint program does not reach: ChainMap, User* wrappers, dict and
# list subclasses (with and without their own __repr__), indent > 1 for every container, deque
# with maxlen, nested strings and bytes, recursion met while laying out, namespace recursion,
# dataclass fields hidden from repr, a subclass overriding format(), and the method forms.
import collections
import dataclasses
import io
import pprint
import types

words = 'the quick brown fox jumps over the lazy dog and keeps running far away'
cm = collections.ChainMap({'a': list(range(10)), 'b': words}, {'c': (1, 2, 3) * 6})
for obj in (cm, collections.ChainMap(), collections.ChainMap({})):
    pprint.pprint(obj, width=40)
pprint.pprint(collections.UserDict({'k%d' % i: i * 1000 for i in range(8)}), width=30)
pprint.pprint(collections.UserList(list(range(30))), width=30)
pprint.pprint(collections.UserString(words), width=30)
pprint.pprint([collections.UserString(words)], width=30)


class PlainDict(dict):
    pass


class OwnRepr(dict):
    def __repr__(self):
        return 'OwnRepr(' + ', '.join(sorted(self)) + ')' * 3


class PlainList(list):
    pass


class Frozen(frozenset):
    pass


pprint.pprint(PlainDict({'x%d' % i: [i] * 4 for i in range(5)}), width=30)
pprint.pprint(OwnRepr({'x%d' % i: i for i in range(12)}), width=30)
pprint.pprint(PlainList(range(25)), width=30)
pprint.pprint(Frozen(range(25)), width=30)
pprint.pprint(Frozen(), width=30)
pprint.pprint(set(range(20, 45)), width=30)

nested = {'list': [list(range(6)), ('t', 'u') * 5], 'set': set(range(12)), 'dict': {'q': words, 'r': b'x' * 50},
          'ctr': collections.Counter('mississippi'), 'dq': collections.deque(range(12), maxlen=20),
          'od': collections.OrderedDict(a=1, b=[words]), 'dd': collections.defaultdict(int, {'z': 1, 'y': 2})}
for indent in (1, 2, 4):
    print('--- indent', indent)
    pprint.pprint(nested, indent=indent, width=36)
pprint.pprint(collections.deque(range(40), maxlen=40), width=30)
pprint.pprint([collections.deque(range(10), maxlen=12)], width=20)
pprint.pprint({'outer': [words, words.upper(), '', 'x', b'', b'ab', b'abcdefgh' * 6]}, width=30)
pprint.pprint(('line one\nline two which is longer than the width\n', 'b' * 5), width=25)
pprint.pprint(words * 2, width=30)
pprint.pprint(b'0123456789' * 8, width=30)
pprint.pprint(bytearray(b'0123456789' * 8), width=30)
pprint.pprint([(1,), (words,), ((),)], width=30)

loop = [list(range(30))]
loop.append(loop)
print(pprint.pformat(loop, width=40).replace(str(id(loop)), 'ID'))
nsr = types.SimpleNamespace(name='n', items=list(range(30)))
nsr.me = nsr
print(pprint.pformat(nsr, width=40))


class SubNs(types.SimpleNamespace):
    pass


pprint.pprint(SubNs(alpha=words, beta=[1, 2, 3] * 8), width=40)


@dataclasses.dataclass
class Record:
    ident: int
    secret: str = dataclasses.field(default='hidden', repr=False)
    payload: list = dataclasses.field(default_factory=lambda: list(range(20)))


pprint.pprint(Record(7), width=30)
pprint.pprint({'rec': Record(8), 'cls': Record}, width=40)


class Shouting(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


Shouting(width=40).pprint({'greeting': ['hello', 'world'] * 4, 'n': 3})
print(Shouting().pformat(('a', ['b', ('c',)])))

pp = pprint.PrettyPrinter(depth=2, width=30)
deep = [1, [2, [3, [4]]], {'a': {'b': {'c': 1}}}, (5, (6, (7,)))]
pp.pprint(deep)
print(pp.pformat(deep), pp.isreadable(deep), pp.isrecursive(deep), pp.isreadable([1, 2]), pp.isrecursive(loop))
print(pprint.saferepr(deep), pprint.isreadable(deep))
print(pprint.saferepr([1, {2: 'x', 1: (3,)}, (), [], {}]), pprint.isreadable(3.5), pprint.isreadable(int))
print(pprint.pformat(2 ** 70, underscore_numbers=True), pprint.pformat([True, None, 1.5, 1j, -12345678], underscore_numbers=True))
out = io.StringIO()
pprint.pprint(list(range(12)), stream=out, width=12, compact=True)
print(out.getvalue(), end='')
pprint.pp([[1, 2, 3], [4, 5], list(range(20))], compact=True, width=20)
pprint.pprint([list(range(8)) for _ in range(3)], compact=True, width=30)
pprint.pprint({'mp': types.MappingProxyType({'m%d' % i: words[:i] for i in range(6)})}, width=30)
