# workload: family=contention quick=1
# One counter shared by all threads, each increment under a threading.Lock.
import threading
from _harness import run


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0


tally = Tally()


def reset():
    tally.count = 0


def work(n):
    lock = tally.lock
    for _ in range(n):
        with lock:
            tally.count += 1
    return n


def check(results, n, threads):
    if tally.count != n * threads:
        return "counter is %d, expected %d" % (tally.count, n * threads)
    return None


if __name__ == "__main__":
    run(work, 30_000, expect=lambda n: n, check=check, setup=reset)
