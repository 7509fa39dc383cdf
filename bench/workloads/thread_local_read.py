# workload: family=cpu quick=0
# Reading an attribute of a threading.local shared by all threads (each sees its own value).
import threading
from _harness import run

slot = threading.local()


def work(n):
    slot.value = 5
    acc = 0
    for _ in range(n):
        acc += slot.value
    return acc


if __name__ == "__main__":
    run(work, 40_000, expect=lambda n: 5 * n)
