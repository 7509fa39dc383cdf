# workload: family=cpu quick=0
# A plain Python function called in a loop (frame set-up and return).
from _harness import run


def add_one(x):
    return x + 1


def work(n):
    acc = 0
    for _ in range(n):
        acc = add_one(acc)
    return acc


if __name__ == "__main__":
    run(work, 100_000, expect=lambda n: n)
