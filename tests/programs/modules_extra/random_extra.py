# random: subclasses, state round trips, ranges with steps, counts in sample, more distributions
import random

class MyRandom(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.draws = 0
    def random(self):
        self.draws += 1
        return super().random()

r = MyRandom(11)
print(round(r.random(), 12), r.randint(1, 10), r.choice("xyz"), r.draws)
r2 = random.Random(5)
state = r2.getstate()
seq1 = [r2.randrange(0, 100, 7) for _ in range(5)]
r2.setstate(state)
seq2 = [r2.randrange(0, 100, 7) for _ in range(5)]
print(seq1, seq1 == seq2, state[0], len(state[1]))
r3 = random.Random("seed string")
print(r3.randrange(-50, 50, 3), r3.randrange(100, 0, -9), r3.getrandbits(0), r3.getrandbits(33))
print(r3.sample(["a", "b", "c"], counts=[3, 1, 2], k=4))
print(r3.choices([1, 2, 3], cum_weights=[0.1, 0.5, 1.0], k=5))
print(round(r3.vonmisesvariate(1.0, 4.0), 10), round(r3.gammavariate(0.5, 2.0), 10), round(r3.lognormvariate(0, 0.5), 10))
print(round(r3.weibullvariate(1.0, 1.5), 10), round(r3.triangular(), 10), r3.binomialvariate(40, 0.8))
r4 = random.Random(b"\x00\x01")
print(r4.random(), random.Random(3.5).random() == random.Random(3.5).random())
items = list(range(20))
random.Random(8).shuffle(items)
print(items)
print(random.Random(0).randbytes(5), random.Random(12345678901234567890).randint(0, 999))
for bad in [lambda: random.Random().randrange(1, 10, 0), lambda: random.Random().choices([], k=1),
            lambda: random.Random().sample({1, 2}, 1), lambda: random.Random().seed([1])]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
