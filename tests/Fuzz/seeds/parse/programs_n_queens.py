# N-queens: count solutions with backtracking, print the first solution board, verify solutions
def solve(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    place(0)
    return solutions
def valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i for i in range(n) for j in range(i + 1, n))
for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions", "all valid" if all(valid(s) for s in sols) else "INVALID")
eight = solve(8)
first = eight[0]
print("first 8-queens solution:", first)
for r in range(8):
    print(" ".join("Q" if first[r] == c else "." for c in range(8)))
def mirror(sol):
    return tuple(len(sol) - 1 - c for c in sol)
def rotate(sol):
    n = len(sol)
    out = [0] * n
    for r, c in enumerate(sol):
        out[c] = n - 1 - r
    return tuple(out)
def canonical(sol):
    forms = []
    s = sol
    for _ in range(4):
        forms.append(s)
        forms.append(mirror(s))
        s = rotate(s)
    return min(forms)
unique = {canonical(s) for s in eight}
print("fundamental solutions for n=8:", len(unique))
print("lexicographically last:", max(eight), "count with queen in corner:", sum(1 for s in eight if s[0] in (0, 7)))
