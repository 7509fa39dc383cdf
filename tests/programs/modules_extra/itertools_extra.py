# itertools: tee of tee, groupby without sorting, accumulate with func and initial, reprs and edge cases
import itertools as it
import operator

a, b = it.tee(iter(range(5)))
c, d = it.tee(a)
print(next(a), list(c), list(d), list(b))
x, = it.tee("ab", 1)
print(list(x), it.tee([1], 0))
print([(k, list(g)) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, "".join(g)) for k, g in it.groupby("AaBbbC", key=str.upper)])
print(list(it.accumulate([1, 2, 3, 4], operator.sub, initial=10)), list(it.accumulate([5], initial=None)))
print(list(it.product("ab", repeat=0)), list(it.product(range(2), "xy", [True])))
print(list(it.zip_longest([1, 2], "abc", (True,), fillvalue=0)))
print(list(it.chain.from_iterable((range(i) for i in range(4)))))
print(list(it.islice(it.count(100, -7), 2, 12, 4)), list(it.islice(iter("abcdef"), 4, None, 1)))
print(list(it.compress(range(6), it.cycle([1, 0]))), list(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(it.combinations_with_replacement("ab", 3)), len(list(it.permutations(range(5), 3))))
print(list(it.pairwise(range(4))), list(it.batched([], 3)), list(it.batched("abcdefg", 3)))
print(repr(it.count()), repr(it.count(-1, -2)), repr(it.repeat([1])), repr(it.repeat(3, 0)))
r = it.repeat("q", 3)
next(r)
print(repr(r), it.repeat(1, 5).__length_hint__())
cnt = it.count(2 ** 64)
print(next(cnt), next(cnt), repr(cnt))
print(list(it.takewhile(str.isdigit, "12a3")), list(it.dropwhile(str.isdigit, "12a3")), list(it.filterfalse(str.isdigit, "1a2b")))
def gen():
    yield from range(3)
g1, g2 = it.tee(gen())
print(list(zip(g1, g2)))
try:
    list(it.batched("ab", 2, strict=True)), list(it.batched("abc", 2, strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
for bad in [lambda: it.permutations(3), lambda: it.repeat(), lambda: it.islice([], "a"), lambda: it.product([1], repeat=-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
