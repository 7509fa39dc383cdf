# continue in various positions and the loop else clause
def collect(limit):
    out = []
    for i in range(limit):
        if i % 2 == 0:
            continue
        if i > 7:
            break
        out.append(i)
    else:
        out.append("else")
    return out
print(collect(5))
print(collect(20))
print(collect(0))
i = 0
res = []
while i < 10:
    i += 1
    if i in (2, 4, 6):
        continue
    res.append(i)
    if i == 9:
        break
else:
    res.append("else")
print(res)
words = ["apple", "", "banana", "  ", "cherry"]
for w in words:
    if not w.strip():
        continue
    print(w.upper())
for attempt in range(3):
    if attempt < 2:
        print("retry", attempt)
        continue
    print("success on", attempt)
    break
else:
    print("all attempts failed")
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v != target:
                continue
            return (r, c)
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
