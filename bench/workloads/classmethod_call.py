# workload: family=cpu quick=0
# A classmethod called through the class (binds the shared class object each time).
from _harness import run


class Maker:
    base = 1

    @classmethod
    def make(cls, x):
        return cls.base + x


def work(n):
    acc = 0
    for _ in range(n):
        acc += Maker.make(1)
    return acc


if __name__ == "__main__":
    run(work, 100_000, expect=lambda n: 2 * n)
