# More random functions with seeds: choices, weights, gauss, triangular, shuffle of strings
import random
random.seed(2024)
print(random.choices("abc", k=8))
print(random.choices(range(5), weights=[10, 1, 1, 1, 1], k=10))
print(random.choices(["x", "y"], cum_weights=[1, 10], k=6))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12))
print(round(random.triangular(0, 10, 3), 12), round(random.expovariate(1.5), 12))
print(round(random.betavariate(2, 3), 12), round(random.paretovariate(3), 12))
print(random.binomialvariate(10, 0.5), random.binomialvariate(100, 0.25))
deck = [f"{r}{s}" for s in "SH" for r in "A23"]
random.shuffle(deck)
print(deck)
print(random.sample(deck, k=3), random.sample(range(10 ** 9), 3))
rng1 = random.Random(99)
rng2 = random.Random(99)
print([rng1.randint(0, 9) for _ in range(8)] == [rng2.randint(0, 9) for _ in range(8)])
print(rng1.randbytes(6).hex())
counts = [0] * 6
rng = random.Random(1)
for _ in range(600):
    counts[rng.randrange(6)] += 1
print(counts, sum(counts))
rng = random.Random(3)
walk = [0]
for _ in range(15):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk)
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
