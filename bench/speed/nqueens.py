# workload: family=speed quick=1
# N-queens by backtracking with sets of attacked columns and diagonals (8x8: 92 solutions).
from _speed import run


def solve(n):
    count = 0
    first = None
    cols, d1, d2 = set(), set(), set()
    placed = []

    def place(row):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = tuple(placed)
            return
        for c in range(n):
            if c in cols or (row + c) in d1 or (row - c) in d2:
                continue
            cols.add(c)
            d1.add(row + c)
            d2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            d1.remove(row + c)
            d2.remove(row - c)

    place(0)
    return count, first


def work():
    return solve(8)


if __name__ == "__main__":
    run(work, 80, expect=(92, (0, 4, 7, 5, 2, 6, 1, 3)))
