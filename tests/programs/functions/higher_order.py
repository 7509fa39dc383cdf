# Functions as first-class values: passing, returning, storing
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 7, 5), apply(len, "hello"), apply(str.upper, "x"))
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
pipeline = compose(str, lambda n: n * 2, abs)
print(repr(pipeline(-21)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]
print([f(100) for f in make_adders(4)])
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(n):
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq.cache)
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_reduce(lambda a, b: a + b, my_map(lambda x: x * x, my_filter(lambda x: x % 2, nums)), 0))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
funcs = [abs, str, bool, float]
print([f(-1) for f in funcs])
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count, counts
count, counts = counter_factory()
for w in "a b a c b a".split():
    count(w)
print(counts)
print((lambda f: f(f))(lambda g: "self-applied"))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
