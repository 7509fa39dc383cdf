# Dynamic programming with memoization: coin change, knapsack, edit distance, LIS, partitions
from functools import lru_cache
def coin_change_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
def min_coins(coins, amount):
    @lru_cache(maxsize=None)
    def best(a):
        if a == 0:
            return 0
        options = [best(a - c) for c in coins if c <= a]
        options = [o for o in options if o is not None]
        return 1 + min(options) if options else None
    return best(amount)
print(coin_change_ways([1, 5, 10, 25], 100), coin_change_ways([2, 5, 3, 6], 10), min_coins((1, 5, 10, 25), 63), min_coins((5, 10), 3))
def knapsack(items, capacity):
    @lru_cache(maxsize=None)
    def go(i, cap):
        if i == len(items):
            return 0, ()
        skip = go(i + 1, cap)
        w, v, name = items[i]
        if w <= cap:
            val, chosen = go(i + 1, cap - w)
            take = (val + v, (name,) + chosen)
            if take[0] > skip[0]:
                return take
        return skip
    return go(0, capacity)
items = ((12, 4, "tent"), (2, 2, "stove"), (1, 1, "map"), (4, 10, "food"), (1, 2, "knife"))
print(knapsack(items, 15))
@lru_cache(maxsize=None)
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(x, y, edit(x, y))
print(edit.cache_info().currsize > 0)
def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    import bisect
    for i, v in enumerate(seq):
        pos = bisect.bisect_left([seq[j] for j in idx], v)
        if pos == len(idx):
            idx.append(i)
        else:
            idx[pos] = i
        prev[i] = idx[pos - 1] if pos else None
    out, k = [], idx[-1] if idx else None
    while k is not None:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]))
@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
@lru_cache(maxsize=None)
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.cache_info().hits)
