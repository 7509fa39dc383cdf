# workload: family=cpu quick=0
# A thread-private list used as a FIFO: pop(0), append, index (a C-method call per step).
from _harness import run


def work(n):
    items = list(range(100))
    acc = 0
    for i in range(n):
        items.pop(0)
        items.append(i)
        acc += items[50]
    return acc


def expected(n):
    # After k steps the middle element is 50 + k while the original items last, then k - 50.
    return sum(50 + k if k < 50 else k - 50 for k in range(1, n + 1))


if __name__ == "__main__":
    run(work, 70_000, expect=expected)
