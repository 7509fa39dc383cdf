# Nested loops: break only exits the innermost loop; flags and else
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)
table = []
for r in range(1, 4):
    row = []
    for c in range(1, 4):
        row.append(r * c)
    table.append(row)
for row in table:
    print(" ".join(f"{v:2d}" for v in row))
count = 0
i = 0
while i < 4:
    j = 0
    while j < 4:
        if (i + j) % 2 == 0:
            j += 1
            continue
        count += 1
        j += 1
    i += 1
print("odd-sum pairs", count)
def first_dup(rows):
    seen = set()
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v in seen:
                return r, c, v
            seen.add(v)
    return None
print(first_dup([[1, 2], [3, 1]]), first_dup([[1], [2]]))
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
for outer in "ab":
    for inner in "xy":
        for deepest in "12":
            if deepest == "2":
                continue
            print(outer + inner + deepest, end=" ")
print()
