# itertools: chain, accumulate, groupby, zip_longest, starmap, takewhile, dropwhile, compress, filterfalse, tee, pairwise, batched
import itertools as it
import operator
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain.from_iterable(["xy", "z"])), list(it.chain()))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])), list(it.accumulate("abc")))
data = "aaabccdaa"
print([(k, len(list(g))) for k, g in it.groupby(data)])
animals = ["ant", "bee", "bear", "cat", "cow", "ape"]
print([(k, list(g)) for k, g in it.groupby(animals, key=lambda w: w[0])])
print([(k, list(g)) for k, g in it.groupby(sorted(animals, key=len), key=len)])
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
nums = [1, 4, 6, 2, 8, 1]
print(list(it.takewhile(lambda x: x < 5, nums)), list(it.dropwhile(lambda x: x < 5, nums)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(10))))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
t1, t2, t3 = it.tee("xy", 3)
print(next(t1), list(t2), list(t1), list(t3))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.batched(range(7), 3)), list(it.batched("abcd", 2)))
try:
    list(it.batched("abc", 0))
except ValueError as e:
    print(type(e).__name__ + ":", e)
groups = it.groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(sum(1 for _ in it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.islice(it.accumulate(it.repeat(1)), 5)))
