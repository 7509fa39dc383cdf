# Sets of small non-negative ints iterate in ascending order (hash == value); operations keep that
s = {5, 3, 9, 1, 7}
print(s, list(s), sorted(s) == list(s))
s.add(0)
s.add(4)
print(s)
print({x % 10 for x in range(100, 0, -7)})
print(set(range(10, 0, -1)), set([3, 3, 2, 2, 1]))
print({1, 2, 3} | {6, 5, 4}, {1, 2, 3, 4} & {4, 3, 9}, {1, 2, 3} - {2}, {1, 3} ^ {3, 5})
evens = {x for x in range(20) if x % 2 == 0}
print(evens, len(evens), min(evens), max(evens), sum(evens))
sieve = set(range(2, 50))
for p in range(2, 8):
    sieve -= set(range(p * p, 50, p))
print(sieve)
print(sorted({True, 2, 0}), {0, False}, {1, True, 1.0})
seen = set()
dups = []
for x in [4, 1, 4, 2, 1, 3, 4]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(seen, dups)
print(frozenset({6, 2, 4}), set(map(len, ["a", "bb", "ccc", "dd"])))
s2 = set(range(8))
s2.discard(3)
s2.remove(5)
print(s2, s2.pop(), s2)
