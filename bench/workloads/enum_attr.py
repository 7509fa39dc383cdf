# workload: family=cpu quick=0
# Reading Enum members and their .value (class attribute and descriptor lookups).
import enum
from _harness import run


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def work(n):
    acc = 0
    for _ in range(n):
        acc += Color.RED.value + Color.GREEN.value
    return acc


if __name__ == "__main__":
    run(work, 25_000, expect=lambda n: 3 * n)
