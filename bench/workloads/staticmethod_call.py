# workload: family=cpu quick=0
# A staticmethod called through an instance of its class.
from _harness import run


class Tools:
    @staticmethod
    def twice(x):
        return x + x


def work(n):
    tools = Tools()
    acc = 0
    for _ in range(n):
        acc += tools.twice(1)
    return acc


if __name__ == "__main__":
    run(work, 80_000, expect=lambda n: 2 * n)
