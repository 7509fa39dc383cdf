# workload: family=cpu quick=0
# The setattr()/getattr() builtins on a thread-private instance.
from _harness import run


class Bag:
    pass


NAMES = ("a", "b", "c", "d")


def work(n):
    bag = Bag()
    acc = 0
    for i in range(n):
        name = NAMES[i & 3]
        setattr(bag, name, i)
        acc += getattr(bag, name) - i + 1
    return acc


if __name__ == "__main__":
    run(work, 70_000, expect=lambda n: n)
