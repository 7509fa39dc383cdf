# workload: family=cpu quick=0
# A Python function called as an attribute of a module object (the module dict is shared).
import sys
from _harness import run

this_module = sys.modules[__name__]


def twice(x):
    return x + x


def work(n):
    total = 0
    for i in range(n):
        total += this_module.twice(i)
    return total


if __name__ == "__main__":
    run(work, 100_000, expect=lambda n: n * (n - 1))
