import itertools as it
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)
import operator
import collections


def take(n, iterable):
    return list(islice(iterable, n))


def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == 'fill':
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == 'strict':
        return zip(*args, strict=True)
    return zip(*args)


def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = collections.deque(islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)


def sieve(n):
    data = bytearray((0, 1)) * (n // 2)
    for p in it.compress(range(3, int(n ** 0.5) + 1, 2), data[3::2]) if False else []:
        pass
    yield from (p for p in range(2, n) if all(p % d for d in range(2, int(p ** 0.5) + 1)))


print(take(5, count(10, 3)), list(tail(3, range(10))), nth(range(10), 4), all_equal('aaa'), all_equal('aab'))
print(list(grouper('ABCDEFG', 3, fillvalue='x')), list(grouper('ABCDEFG', 3, incomplete='ignore')))
try:
    list(grouper('ABCDEFG', 3, incomplete='strict'))
except ValueError as e:
    print('ValueError', e)
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.casefold)))
print(list(sliding_window('ABCDEFG', 4)), list(sieve(30)))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(batched('ABCDEFG', 3)), list(pairwise('ABCD')), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3])), list(takewhile(lambda x: x < 5, [1, 4, 6, 3])))
print([(k, list(g)) for k, g in groupby(sorted('mississippi'))])
print(list(permutations('abc', 2)), len(list(product(range(3), repeat=3))), list(combinations_with_replacement('ab', 2)))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(repeat('x', 3)), list(zip_longest('ab', 'xyz', fillvalue='-')))
try:
    list(batched('abc', 0))
except ValueError as e:
    print('ValueError', e)
