# random: the branches of each algorithm (gamma's three shapes, binomial's three methods, sample's
# pool and set methods, the subclass hooks that pick how integers are drawn), seeding by each
# documented type, state round trips, and the error messages.
import pickle
import random
import warnings

R = random.Random(2024)
r6 = lambda xs: [round(x, 12) for x in xs]
print('gamma', r6([R.gammavariate(a, 2.0) for a in (0.3, 0.999, 1.0, 1.5, 40.0)]))
print('beta', r6([R.betavariate(0.5, 0.5), R.betavariate(3, 9), R.betavariate(1e-300, 1)]))
print('vonmises', r6([R.vonmisesvariate(1.0, k) for k in (0.0, 1e-7, 0.5, 4.0, 600.0)]))
print('binomial', [R.binomialvariate(n, p) for n, p in ((0, 0.3), (1, 0.3), (20, 0.1), (20, 0.9), (500, 0.4),
                                                        (10000, 0.73), (7, 0.0), (7, 1.0), (3, 1e-300))])
print('normal', r6([R.normalvariate(), R.normalvariate(10, 0.5), R.gauss(), R.gauss(), R.gauss(3, 0)]))
print('misc', r6([R.lognormvariate(0, 1), R.expovariate(), R.expovariate(3), R.paretovariate(2.5),
                   R.weibullvariate(1, 1.5), R.triangular(), R.triangular(2, 2), R.triangular(0, 10, 9),
                   R.uniform(5, -5)]))
print('ints', [R.randrange(10), R.randrange(-5, 5), R.randrange(100, 0, -7), R.randrange(0, 2 ** 80, 3),
               R.randint(-1, 1), R.randrange(2 ** 100), R.getrandbits(0), R.getrandbits(70)])
print('bytes', R.randbytes(0), R.randbytes(9).hex())
print('sample pool', R.sample(range(30), 10), R.sample('abcdefgh', 8))
print('sample set', R.sample(range(10 ** 6), 12), R.sample(range(200), 6))
print('sample counts', R.sample(['red', 'blue', 'green'], counts=[4, 2, 1], k=7), R.sample([], 0))
print('choices', R.choices('xyz', k=5), R.choices(range(5), [1, 0, 0, 0, 3], k=6),
      R.choices('ab', cum_weights=[0.5, 1.0], k=4), R.choices([1, 2], k=0))
deck = list(range(20))
R.shuffle(deck)
print('shuffle', deck, R.choice('q'), R.choice(range(10, 20)))

for seed in (0, -7, 2 ** 100, 3.25, 'text', b'bytes', bytearray(b'ba'), None):
    g = random.Random(seed)
    if seed is None:
        print('None seed gives a float in range', 0 <= g.random() < 1)
    else:
        print('seed', repr(seed), g.random(), g.randrange(1000))
for a in ('text', b'text', ''):
    g = random.Random()
    g.seed(a, version=1)
    print('v1', repr(a), g.random())
try:
    random.Random([1, 2])
except TypeError as e:
    print('TypeError', e)

g = random.Random(5)
g.gauss()
state = g.getstate()
after = [g.random(), g.gauss()]
g.setstate(state)
print('state', state[0], len(state[1]), state[2] is not None, [g.random(), g.gauss()] == after)
h = pickle.loads(pickle.dumps(g))
print('pickle', h.random() == g.random(), type(h).__name__)
try:
    g.setstate((9, (), None))
except ValueError as e:
    print('ValueError', e)
g2 = random.Random()
g2.setstate((2, tuple(range(624)) + (624,), None))
print('version 2 state', g2.random())


class FromFloats(random.Random):
    def random(self):
        self.calls = getattr(self, 'calls', 0) + 1
        return super().random()


class FromBits(random.Random):
    def getrandbits(self, k):
        self.bits = getattr(self, 'bits', 0) + k
        return super().getrandbits(k)


class Child(FromFloats):
    pass


for cls in (FromFloats, FromBits, Child):
    g = cls(11)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        print(cls.__name__, [g.randrange(1000) for _ in range(5)], g.randrange(2 ** 60), g.sample(range(50), 3),
              getattr(g, 'calls', None), getattr(g, 'bits', None))
    for w in caught:
        print('  warning', w.category.__name__, repr(str(w.message)))

errors = [
    lambda: R.randrange(0), lambda: R.randrange(5, 5), lambda: R.randrange(5, 1, 2), lambda: R.randrange(1, 5, 0),
    lambda: R.randrange(1.5), lambda: R.randrange(1, 2.5), lambda: R.randrange(10, step=2),
    lambda: R.choice([]), lambda: R.sample({1, 2}, 1), lambda: R.sample([1, 2], 3), lambda: R.sample([1], -1),
    lambda: R.sample('ab', 1, counts=[1]), lambda: R.sample('ab', 1, counts=[1.0, 2]),
    lambda: R.sample('ab', 1, counts=[-3, 1]), lambda: R.choices('ab', [1]), lambda: R.choices('ab', [0, 0]),
    lambda: R.choices('ab', [1, 1], cum_weights=[1, 2]), lambda: R.choices('ab', 3), lambda: R.choices('ab', [1, float('inf')]),
    lambda: R.gammavariate(0, 1), lambda: R.binomialvariate(-1), lambda: R.binomialvariate(3, 1.5),
    lambda: R.getrandbits(-1), lambda: random.SystemRandom().getstate(), lambda: random.SystemRandom().setstate(None),
]
for fn in errors:
    try:
        print('no error', fn())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)

s = random.SystemRandom()
print('system', s.seed(1), 0 <= s.random() < 1, 0 <= s.randrange(10) < 10, len(s.randbytes(5)), s.getrandbits(0),
      s.getrandbits(12) < 4096, sorted(s.sample(range(5), 5)), type(s.gauss()).__name__)
random.seed(42)
print('module', random.random(), random.randint(1, 6), random.choice('abc'), random.getrandbits(8),
      random.Random.VERSION, random.BPF, random.RECIP_BPF, round(random.NV_MAGICCONST, 15), random.TWOPI,
      round(random.LOG4, 15), round(random.SG_MAGICCONST, 15))
print(sorted(n for n in random.__all__))
print(random.Random.gammavariate.__qualname__, random.random.__self__.__class__.__name__)
