# workload: family=contention quick=0
# copy.deepcopy of one small nested structure that every thread shares (deepcopy.py has a structure per
# thread, as ftscalingbench's pattern): each copy reads the shared dict, list and tuple, so their
# reference counts are contended in the free-threaded build (CPython's too).
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
