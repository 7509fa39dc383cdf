# workload: family=cpu quick=0
# A bound method on a thread-private object, mutating an attribute on each call.
from _harness import run


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1
        return self.count


def work(n):
    c = Counter()
    for _ in range(n):
        c.bump()
    return c.count


if __name__ == "__main__":
    run(work, 50_000, expect=lambda n: n)
