# itertools.product, permutations, combinations, combinations_with_replacement
import itertools as it
print(list(it.product("ab", [1, 2])))
print(list(it.product("ab", repeat=2)))
print(len(list(it.product(range(3), repeat=3))), list(it.product()), list(it.product([], [1])))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(list(it.permutations("ab", 3)), list(it.permutations([], 0)), len(list(it.permutations(range(6)))))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations("ab", 0)), list(it.combinations("ab", 5)))
print(list(it.combinations_with_replacement("abc", 2)))
print(len(list(it.combinations_with_replacement(range(5), 3))))
print(list(it.permutations([1, 1, 2])))
print(sorted(set(it.permutations([1, 1, 2]))))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 5) for c in it.combinations_with_replacement(coins, n) if sum(c) == 30]
print(ways)
print(["".join(p) for p in it.product("01", repeat=3)])
try:
    list(it.permutations("abc", -1))
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    list(it.combinations("abc"))
except TypeError as e:
    print(type(e).__name__ + ":", e)
