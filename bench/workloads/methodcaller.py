# workload: family=cpu quick=0
# operator.methodcaller applied to a private object (a callable object calling a method).
import operator
from _harness import run


class Scalable:
    def __init__(self, v):
        self.v = v

    def scaled(self, k):
        return self.v * k


call_scaled = operator.methodcaller("scaled", 2)


def work(n):
    obj = Scalable(3)
    acc = 0
    for _ in range(n):
        acc += call_scaled(obj)
    return acc


if __name__ == "__main__":
    run(work, 50_000, expect=lambda n: 6 * n)
