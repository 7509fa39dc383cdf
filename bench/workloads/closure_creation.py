# workload: family=cpu quick=0
# A nested function closing over a loop variable, created and called on every step.
from _harness import run


def work(n):
    total = 0
    for i in range(n):
        k = i

        def get():
            return k
        total += get()
    return total


if __name__ == "__main__":
    run(work, 100_000, expect=lambda n: n * (n - 1) // 2)
