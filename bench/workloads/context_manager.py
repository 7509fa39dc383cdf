# workload: family=cpu quick=0
# A `with` block on a user-defined context manager (__enter__ / __exit__ per step).
from _harness import run


class Tracker:
    def __init__(self):
        self.depth = 0
        self.entered = 0

    def __enter__(self):
        self.depth += 1
        self.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        self.depth -= 1
        return False


def work(n):
    t = Tracker()
    for _ in range(n):
        with t:
            pass
    return (t.entered, t.depth)


if __name__ == "__main__":
    run(work, 50_000, expect=lambda n: (n, 0))
