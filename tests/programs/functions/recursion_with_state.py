# Recursion patterns: accumulators, memo dicts, backtracking, mutual recursion
def sum_list(xs, acc=0):
    if not xs:
        return acc
    return sum_list(xs[1:], acc + xs[0])
print(sum_list(list(range(50))))
memo = {}
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print([ways(i) for i in range(10)], ways(60))
def subsets_summing(nums, target, chosen=()):
    if target == 0:
        return [chosen]
    if not nums or target < 0:
        return []
    head, tail = nums[0], nums[1:]
    return subsets_summing(tail, target - head, chosen + (head,)) + subsets_summing(tail, target, chosen)
print(subsets_summing([1, 2, 3, 4, 5], 7))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def parse(tokens, pos=0):
    out = []
    while pos < len(tokens):
        t = tokens[pos]
        if t == "(":
            sub, pos = parse(tokens, pos + 1)
            out.append(sub)
        elif t == ")":
            return out, pos + 1
        else:
            out.append(t)
            pos += 1
    return out, pos
print(parse(list("a(b(cd)e)f"))[0])
def count_paths(r, c, cache=None):
    cache = {} if cache is None else cache
    if r == 0 or c == 0:
        return 1
    if (r, c) not in cache:
        cache[(r, c)] = count_paths(r - 1, c, cache) + count_paths(r, c - 1, cache)
    return cache[(r, c)]
print(count_paths(10, 10))
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 100), key=collatz_len))
