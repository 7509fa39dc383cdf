# itertools.count, cycle, repeat consumed with islice/zip/takewhile
import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(5, -2), 4)))
print(list(it.islice(it.count(0.5, 0.25), 4)), list(it.islice(it.count(1j, 1), 2)))
print(list(it.islice(it.cycle("abc"), 8)), list(it.islice(it.cycle([]), 3)))
print(list(it.repeat("x", 3)), list(it.repeat(7, 0)), list(it.islice(it.repeat(None), 2)), list(it.repeat(1, -5)))
print(list(zip(it.count(1), "abc")), list(map(pow, range(5), it.repeat(2))))
print(list(it.takewhile(lambda n: n < 20, (n * n for n in it.count()))))
c = it.count(3)
print(next(c), next(c), repr(c))
print(repr(it.repeat("z", 2)), repr(it.count(1.5, 0.5)))
cyc = it.cycle([1, 2])
print([next(cyc) for _ in range(5)])
src = iter([1, 2, 3])
cyc2 = it.cycle(src)
print([next(cyc2) for _ in range(7)], list(src))
print(list(it.islice(it.count(), 0, 20, 6)), list(it.islice("abcdefg", 2, None)), list(it.islice("abcdefg", None, 3)))
print(list(it.islice(range(10), 3, 8, 2)), list(it.islice(range(3), 10)))
for bad in [lambda: it.islice("abc", -1), lambda: it.islice("abc", 0, 5, 0), lambda: it.count("a")]:
    try:
        list(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
evens = (x for x in it.count() if x % 2 == 0)
print(list(it.islice(evens, 5)))
