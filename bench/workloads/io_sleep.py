# workload: family=io quick=1
# Blocking sleeps: threads should overlap on every runner (the GIL is released while waiting).
import time
from _harness import run


def work(n):
    for _ in range(n):
        time.sleep(0.002)
    return n


if __name__ == "__main__":
    run(work, 60, expect=lambda n: n, blocking=True)
