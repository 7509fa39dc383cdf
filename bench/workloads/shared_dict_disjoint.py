# workload: family=contention quick=0
# Every thread stores and reads its own keys in one shared dict (disjoint keys, one table).
from _harness import run

shared = {}


def reset():
    shared.clear()


def work(n, tid):
    base = tid * n
    acc = 0
    for i in range(n):
        shared[base + i] = i
        acc += shared[base + i]
    return acc


def check(results, n, threads):
    if len(shared) != n * threads:
        return "shared dict has %d keys, expected %d" % (len(shared), n * threads)
    return None


if __name__ == "__main__":
    run(work, 40_000, expect=lambda n: n * (n - 1) // 2, check=check, setup=reset, pass_tid=True)
