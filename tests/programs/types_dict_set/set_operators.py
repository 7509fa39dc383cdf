# Set operators and their in-place forms; operator vs method argument rules
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= b, a < b, {3, 4} < a, {3, 4} <= {3, 4}, {3, 4} < {3, 4}, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {9}
c &= {1, 2, 9, 10}
c -= {2}
c ^= {1, 7}
print(sorted(c))
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    c |= [1]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted(a.union([5])), a.issubset([1, 2, 3, 4, 5]))
fs = frozenset({1, 2})
print(type(a | fs).__name__, type(fs | a).__name__, type(fs & a).__name__, sorted(fs ^ a))
print(a == frozenset(a), frozenset(a) == a, {1} == {1.0, True})
print(sorted(set("hello") & set("world")), sorted(set("hello") - set("world")), sorted(set("hello") | set("hi")))
empty = set()
print(empty | empty, empty <= a, a & empty, a - empty == a, empty < a)
primes = {2, 3, 5, 7, 11, 13}
evens = set(range(0, 15, 2))
odds = set(range(1, 15, 2))
print(sorted(primes & evens), sorted(primes - odds), evens | odds == set(range(15)), evens.isdisjoint(odds))
x = {1, 2}
y = x
x |= {3}
print(x is y, y)
x = x | {4}
print(x is y, y)
print({(1, 2)} | {(1, 2), (2, 1)} == {(1, 2), (2, 1)}, len({frozenset({1}), frozenset({1})}))
