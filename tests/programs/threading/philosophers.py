# Dining philosophers with ordered lock acquisition: no deadlock, everybody eats.
import threading

N, MEALS = 5, 50
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N


def philosopher(i):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(MEALS):
        with forks[first]:
            with forks[second]:
                meals[i] += 1


ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(meals)
print(all(not f.locked() for f in forks))
