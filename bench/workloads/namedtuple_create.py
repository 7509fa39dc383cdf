# workload: family=cpu quick=0
# Instances of a collections.namedtuple created and read by field name.
from collections import namedtuple
from _harness import run

Pair = namedtuple("Pair", "first second")


def work(n):
    acc = 0
    for i in range(n):
        acc += Pair(i, 1).second
    return acc


if __name__ == "__main__":
    run(work, 25_000, expect=lambda n: n)
