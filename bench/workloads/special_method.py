# workload: family=cpu quick=0
# len() and indexing on a user class: __len__ / __getitem__ looked up on the type each time.
from _harness import run


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


def work(n):
    box = Box([0, 1, 2, 3])
    acc = 0
    for i in range(n):
        acc += len(box) + box[i & 3]
    return acc


if __name__ == "__main__":
    run(work, 60_000, expect=lambda n: 4 * n + (n // 4) * 6 + sum(range(n % 4)))
