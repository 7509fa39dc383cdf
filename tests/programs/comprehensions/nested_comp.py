# Nested comprehensions and multiple for/if clauses
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[x * 2 for x in row] for row in matrix])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([x for x in range(3) for x in range(x + 1)])
print([y for x in range(4) if x % 2 for y in range(x)])
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([[c for c in w] for w in ["ab", "", "c"]])
print([sum(row) for row in matrix], sum(x for row in matrix for x in row))
print([[matrix[r][c] for r in range(3)][::-1] for c in range(3)])
print(sorted({(a, b) for a in "ab" for b in "ab" if a <= b}))
flat = [item for sub in [[1, [2]], [3]] for item in sub]
print(flat)
print([x for x in [y * 2 for y in [z + 1 for z in range(3)]]])
triangle = [[1]]
for _ in range(5):
    prev = triangle[-1]
    triangle.append([a + b for a, b in zip([0] + prev, prev + [0])])
for row in triangle:
    print(row)
print([(i, j) for i in range(3) for j in range(3) if i != j if (i + j) % 2])
chess = [f"{f}{r}" for r in range(1, 3) for f in "abc"]
print(chess)
