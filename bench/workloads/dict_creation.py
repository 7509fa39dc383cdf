# workload: family=cpu quick=0
# Small dict literals built and read on every step.
from _harness import run


def work(n):
    total = 0
    for i in range(n):
        d = {"key": i, "one": 1}
        total += d["one"]
    return total


if __name__ == "__main__":
    run(work, 100_000, expect=lambda n: n)
