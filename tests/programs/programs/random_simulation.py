# Monte Carlo and agent simulations driven by random.seed: exact values are reproducible
import random
random.seed(20240601)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1.0)
print("pi estimate:", 4 * inside / 20000, inside)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3600)]
hist = {s: rolls.count(s) for s in range(2, 13)}
print("dice sums:", hist)
for s in range(2, 13):
    print(f"{s:>2} {'*' * (hist[s] // 20)}")
def random_walk(steps, rng):
    x = y = 0
    for _ in range(steps):
        dx, dy = rng.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x, y = x + dx, y + dy
    return x, y
rng = random.Random(7)
walks = [random_walk(100, rng) for _ in range(5)]
print("walk endpoints:", walks, [abs(x) + abs(y) for x, y in walks])
class Rabbit:
    def __init__(self, rng):
        self.energy = rng.randint(3, 6)
pop_rng = random.Random(11)
population = [Rabbit(pop_rng) for _ in range(10)]
for generation in range(6):
    survivors = []
    for r in population:
        r.energy += pop_rng.choice([-2, -1, 1, 2])
        if r.energy > 0:
            survivors.append(r)
            if r.energy > 6 and pop_rng.random() < 0.5:
                survivors.append(Rabbit(pop_rng))
    population = survivors
    print(f"gen {generation}: {len(population)} rabbits, total energy {sum(r.energy for r in population)}")
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
shuffle_rng = random.Random(52)
shuffle_rng.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for h in hands:
    print(sorted(h))
print("birthday collisions in 23 people over 2000 trials:",
      sum(len(set(random.randrange(365) for _ in range(23))) < 23 for _ in range(2000)))
