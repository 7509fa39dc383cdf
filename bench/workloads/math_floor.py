# workload: family=cpu quick=0
# A builtin-module function (math.floor) called through the module attribute.
import math
from _harness import run


def work(n):
    acc = 0
    for i in range(n):
        acc += math.floor(i * 0.5)
    return acc


if __name__ == "__main__":
    run(work, 200_000, expect=lambda n: sum(i // 2 for i in range(n)))
