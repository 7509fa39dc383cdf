# workload: family=cpu quick=0
# A short generator created and exhausted over and over (frame suspend/resume).
from _harness import run


def ten():
    for i in range(10):
        yield i


def work(n):
    acc = 0
    for _ in range(n // 10):
        for v in ten():
            acc += v
    return acc


if __name__ == "__main__":
    run(work, 150_000, expect=lambda n: (n // 10) * 45)
