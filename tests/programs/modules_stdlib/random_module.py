# random with a fixed seed: exact sequences from the Mersenne Twister
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)], random.randrange(0, 100, 5), random.randrange(-10, 10))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample("abcdef", 3))
print([round(random.uniform(1, 2), 10) for _ in range(3)])
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
random.seed(42)
first = [random.random() for _ in range(5)]
random.seed(42)
second = [random.random() for _ in range(5)]
print(first == second, first[0])
random.seed("text seed")
print(random.randint(0, 10 ** 6))
random.seed(b"bytes seed")
print(random.randint(0, 10 ** 6))
random.seed(2 ** 100)
print(random.randint(0, 10 ** 6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
r = random.Random(7)
print(r.randint(1, 6), r.randint(1, 6), r.random())
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1], 2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
