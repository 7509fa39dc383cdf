# workload: family=cpu quick=0
# Each thread builds its own lists by appending (1000 items a list): the issue 4 "private list" case.
from _harness import run

CHUNK = 1000


def work(n):
    acc = 0
    for _ in range(n // CHUNK):
        items = []
        for i in range(CHUNK):
            items.append(i)
        acc += len(items) + items[-1]
    return acc


if __name__ == "__main__":
    run(work, 200_000, expect=lambda n: (n // CHUNK) * (2 * CHUNK - 1))
