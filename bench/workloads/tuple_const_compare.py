# workload: family=cpu quick=0
# Comparing an int with a tuple constant (a shared constant loaded on every step).
from _harness import run


def work(n):
    acc = 0
    for i in range(n):
        if i == (3, 4):
            acc += 5
        else:
            acc += 1
    return acc


if __name__ == "__main__":
    run(work, 300_000, expect=lambda n: n)
