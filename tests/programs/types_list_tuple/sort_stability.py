# Sort stability with many equal keys and multi-pass sorting
records = []
for i in range(40):
    records.append((f"item{i:02d}", (i * 7) % 5, (i * 3) % 4))
by_first = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_first])
groups = {}
for name, k1, k2 in by_first:
    groups.setdefault(k1, []).append(name)
print(all(g == sorted(g) for g in groups.values()))
two_pass = sorted(records, key=lambda r: r[2])
two_pass.sort(key=lambda r: r[1])
combined = sorted(records, key=lambda r: (r[1], r[2]))
print(two_pass == combined)
print([r[0] for r in combined[:10]])
rev = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in rev[:12]])
manual_rev = sorted(records, key=lambda r: -r[1])
print(rev == manual_rev)
words = "the quick brown fox jumps over the lazy dog then runs far away".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[0]))
data = [(2, "b"), (1, "b"), (2, "a"), (1, "a"), (3, "c"), (1, "c")]
data.sort(key=lambda p: p[1])
print(data)
data.sort(key=lambda p: p[0])
print(data)
keyed = list(range(30))
keyed.sort(key=lambda x: x % 3)
print(keyed)
keyed.sort(key=lambda x: x % 2, reverse=True)
print(keyed)
