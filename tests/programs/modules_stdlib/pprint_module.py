# pprint: layouts of nested containers at several widths, long strings and bytes, sort_dicts,
# compact, depth, indent, recursion, collections types, dataclasses, saferepr/isreadable.
import collections
import dataclasses
import io
import pprint
import types

data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 5, 'dims': (10, 20, 30), 'nested': {'z': [1, 2, {'deep': list(range(12))}], 'a': None},
        'flags': {3, 1, 2}, 'frozen': frozenset({'x', 'y'}), 'text': 'lorem ipsum dolor sit amet ' * 4, 'raw': bytes(range(40)),
        'ba': bytearray(b'hello world, this is a bytearray of some length'), 1: 'int key', 'empty': [], 'et': (), 'one': (1,)}
for width in (80, 40, 20):
    print('--- width', width)
    pprint.pprint(data, width=width)
print('--- unsorted, compact, indent 4, depth 2')
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=2)
pprint.pp({'b': 1, 'a': [2] * 30})
print(pprint.pformat(['x' * 30, 'y' * 30, ('z' * 30,)], width=40))
print(pprint.pformat('one long line without any spaces at all ' + 'q' * 60, width=30))
print(pprint.pformat('multi\nline\nstring that is long enough to wrap around the width', width=20))

r = [1, 2]
r.append(r)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(r).replace(hex(id(r)), 'ID').replace(str(id(r)), 'ID'), pprint.isrecursive(r), pprint.isreadable(r),
      pprint.isreadable({'a': 1}), pprint.isreadable(object()), pprint.saferepr({'b': 2, 'a': 1}))
print(pprint.pformat(d).replace(str(id(d)), 'ID'))

od = collections.OrderedDict((k, k * 10) for k in 'dcbaefghijkl')
dd = collections.defaultdict(list, {'k%d' % i: [i] * 5 for i in range(6)})
ctr = collections.Counter('abracadabra' * 7 + 'xyz')
dq = collections.deque(range(30), maxlen=40)
dq2 = collections.deque('abcdefghijklmnopqrstuvwxyz' * 2)
ns = types.SimpleNamespace(alpha=list(range(15)), beta='text ' * 10, gamma={'k': 'v'})
mp = types.MappingProxyType({'m%d' % i: i for i in range(12)})
for obj in (od, dd, ctr, dq, dq2, ns, mp, collections.OrderedDict(), collections.Counter(), collections.deque()):
    pprint.pprint(obj, width=50)

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'point'
    history: list = dataclasses.field(default_factory=list)

@dataclasses.dataclass
class Custom:
    v: int
    def __repr__(self):
        return 'Custom<%d>' % self.v

pprint.pprint([Point(1, 2, 'a' * 30, list(range(25))), Custom(5)], width=50)
pprint.pprint(Point(1, 2), width=10)
pprint.pprint([Custom(i) for i in range(12)], width=40)
s = io.StringIO()
pprint.PrettyPrinter(stream=s, width=30, underscore_numbers=True).pprint([10**6, 2**40, {'k': 123456789}])
print(s.getvalue(), end='')
for bad in [lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(pprint.pformat({'mixed': {1: 'a', 'b': 2, None: 3, (1, 2): 4}}))
