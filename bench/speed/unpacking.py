# workload: family=speed quick=1
# Sequence unpacking: tuple/list unpacking in assignments, loops, swaps and starred targets.
from _speed import run


def kernel():
    points = [(i, i * 2, i % 5) for i in range(300)]
    acc = 0
    for x, y, z in points:
        a, b = x, y
        a, b = b, a
        (c, d), e = (z, a), b
        first, *middle, last = (a, b, c, d, e)
        acc += first - last + len(middle) + c * d
    rows = [[i, i + 1, i + 2, i + 3] for i in range(200)]
    for w, x, y, z in rows:
        acc += w * z - x * y
    for i, (k, v) in enumerate({"a": 1, "b": 2, "c": 3}.items()):
        acc += i * v + len(k)
    return acc



if __name__ == "__main__":
    run(kernel, 1200, expect=225961)
