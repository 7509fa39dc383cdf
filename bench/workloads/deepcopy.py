# workload: family=cpu quick=0
# copy.deepcopy of a small nested structure each thread owns (ftscalingbench's deepcopy pattern: pure-Python
# stdlib code, a memo dict per call). deepcopy_shared.py copies one structure shared by every thread.
import copy
from _harness import run


def work(n):
    template = {"name": "cfg", "sizes": [1, 2, 3], "pair": (4, [5, 6])}
    acc = 0
    for _ in range(n):
        c = copy.deepcopy(template)
        acc += len(c["sizes"]) + c["pair"][1][1]
    return acc


if __name__ == "__main__":
    run(work, 2_000, expect=lambda n: 9 * n)
