# workload: family=cpu quick=0
# Float arithmetic with a math-module call; every term is exact, so the sum can be checked.
import math
from _harness import run


def work(n):
    total = 0.0
    for i in range(n):
        x = i * 0.5
        total += x * x - math.sqrt(x * x) + 0.25   # == (x - 0.5) ** 2 == (i - 1) ** 2 / 4
    return total


def expected(n):
    squares = (n - 2) * (n - 1) * (2 * n - 3) // 6 if n >= 2 else 0   # sum of j*j, j < n-1
    return (1 + squares) / 4 if n >= 1 else 0.0


if __name__ == "__main__":
    run(work, 150_000, expect=expected)
