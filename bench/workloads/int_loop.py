# workload: family=cpu quick=1
# Integer arithmetic in a tight loop: the baseline CPU-bound workload.
from _harness import run


def work(n):
    total = 0
    for i in range(n):
        total += (i * 7) % 11
    return total


def expected(n):
    # i*7 % 11 walks through 0..10 once every 11 steps (7 and 11 are coprime).
    return (n // 11) * 55 + sum((i * 7) % 11 for i in range(n % 11))


if __name__ == "__main__":
    run(work, 200_000, expect=expected)
