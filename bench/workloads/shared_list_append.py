# workload: family=contention quick=0
# Every thread appends to one shared list (its lock / the GIL serialises the appends).
from _harness import run

shared = []


def reset():
    shared.clear()


def work(n):
    append = shared.append
    for i in range(n):
        append(i)
    return n


def check(results, n, threads):
    if len(shared) != n * threads:
        return "shared list has %d items, expected %d" % (len(shared), n * threads)
    return None


if __name__ == "__main__":
    run(work, 80_000, expect=lambda n: n, check=check, setup=reset)
