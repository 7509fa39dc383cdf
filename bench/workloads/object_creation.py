# workload: family=cpu quick=0
# Instances of a small class created and dropped (allocation, __init__, refcounting).
from _harness import run


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def work(n):
    made = 0
    for i in range(n):
        p = Point(i, i + 1)
        made += p.y - p.x
    return made


if __name__ == "__main__":
    run(work, 40_000, expect=lambda n: n)
