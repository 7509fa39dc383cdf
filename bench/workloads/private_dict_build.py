# workload: family=cpu quick=0
# Each thread builds its own dicts by item assignment (1000 int keys a dict): the issue 4 "private dict" case.
from _harness import run

CHUNK = 1000


def work(n):
    acc = 0
    for _ in range(n // CHUNK):
        d = {}
        for i in range(CHUNK):
            d[i] = i
        acc += len(d) + d[CHUNK - 1]
    return acc


if __name__ == "__main__":
    run(work, 150_000, expect=lambda n: (n // CHUNK) * (2 * CHUNK - 1))
