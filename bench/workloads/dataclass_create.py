# workload: family=cpu quick=0
# Instances of a @dataclass (generated __init__) created and read.
from dataclasses import dataclass
from _harness import run


@dataclass
class Pair:
    first: int
    second: int


def work(n):
    acc = 0
    for i in range(n):
        acc += Pair(i, 1).second
    return acc


if __name__ == "__main__":
    run(work, 50_000, expect=lambda n: n)
