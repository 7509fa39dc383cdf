# workload: family=speed quick=1
# List sort with key functions, list/dict/set comprehensions and generator expressions.
from _speed import run


def kernel():
    seed = 42
    data = []
    for _ in range(2000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(seed % 10007)
    squares = [x * x % 1009 for x in data]
    evens = [x for x in data if x % 2 == 0]
    pairs = sorted(((x % 97, x) for x in data), reverse=True)
    by_mod = {x % 31: x for x in data}
    distinct = {x % 257 for x in data}
    ordered = sorted(data, key=lambda x: (x % 13, -x))
    total = sum(x for x in squares if x > 500)
    top = max(evens) if evens else 0
    return (ordered[:3], pairs[0], len(by_mod), len(distinct), total, top,
            sum(1 for a, b in zip(ordered, ordered[1:]) if a < b))



if __name__ == "__main__":
    run(kernel, 30, expect=([9971, 9932, 9802], (96, 9699), 31, 257, 737190, 9998, 12))
