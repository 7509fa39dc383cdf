# workload: family=mixed quick=1
# Half compute, half waiting: a short integer loop, then a 1 ms sleep, repeated.
import time
from _harness import run

CHUNK = 3_000


def work(n):
    acc = 0
    for _ in range(n):
        for i in range(CHUNK):
            acc += i & 7
        time.sleep(0.001)
    return acc


if __name__ == "__main__":
    run(work, 60, expect=lambda n: n * sum(i & 7 for i in range(CHUNK)))
