# workload: family=cpu quick=0
# copy.deepcopy of a small nested structure (pure-Python stdlib code, a memo dict per call).
import copy
from _harness import run

TEMPLATE = {"name": "cfg", "sizes": [1, 2, 3], "pair": (4, [5, 6])}


def work(n):
    acc = 0
    for _ in range(n):
        c = copy.deepcopy(TEMPLATE)
        acc += len(c["sizes"]) + c["pair"][1][1]
    return acc


if __name__ == "__main__":
    run(work, 2_000, expect=lambda n: 9 * n)
