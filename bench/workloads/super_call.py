# workload: family=cpu quick=0
# A method that calls its base-class version through zero-argument super().
from _harness import run


class Base:
    def value(self):
        return 1


class Derived(Base):
    def value(self):
        return super().value() + 1


def work(n):
    d = Derived()
    acc = 0
    for _ in range(n):
        acc += d.value()
    return acc


if __name__ == "__main__":
    run(work, 50_000, expect=lambda n: 2 * n)
