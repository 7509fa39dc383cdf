# workload: family=cpu quick=0
# private_list_append, but each thread appends to a list the main thread created (its own list all the
# same: no sharing): biased reference counting's non-owner path. Compare time(1) with private_list_append.
from _harness import run

CHUNK = 1000
lists = []


def reset():
    lists.clear()
    lists.extend([] for _ in range(64))


def work(n, tid):
    items = lists[tid]
    acc = 0
    for _ in range(n // CHUNK):
        items.clear()
        for i in range(CHUNK):
            items.append(i)
        acc += len(items) + items[-1]
    return acc


if __name__ == "__main__":
    reset()
    run(work, 200_000, expect=lambda n: (n // CHUNK) * (2 * CHUNK - 1), setup=reset, pass_tid=True)
