# workload: family=cpu quick=0
# Comparing an int with a str constant (a shared constant loaded on every step).
from _harness import run


def work(n):
    acc = 0
    for i in range(n):
        if i == "some text":
            acc += 5
        else:
            acc += 1
    return acc


if __name__ == "__main__":
    run(work, 150_000, expect=lambda n: n)
