# Practical uses: parsing, grouping, transposing, filtering records
csv = """name,dept,salary
alice,eng,120
bob,sales,80
carol,eng,135
dave,hr,70
erin,sales,95"""
header, *rows = [line.split(",") for line in csv.splitlines()]
records = [dict(zip(header, r)) for r in rows]
print(records[0])
print([r["name"] for r in records if r["dept"] == "eng"])
depts = sorted({r["dept"] for r in records})
print(depts)
totals = {d: sum(int(r["salary"]) for r in records if r["dept"] == d) for d in depts}
print(totals)
best = {d: max((r for r in records if r["dept"] == d), key=lambda r: int(r["salary"]))["name"] for d in depts}
print(best)
table = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*table)])
print([[row[i] for row in table] for i in range(len(table[0]))])
text = "It was the best of times it was the worst of times"
words = text.lower().split()
freq = {w: words.count(w) for w in dict.fromkeys(words)}
print(freq)
print([w for w, c in freq.items() if c > 1])
print(sorted(freq, key=lambda w: (-freq[w], w))[:3])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
divisors = {n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 12, 13)}
print(divisors)
perfect = [n for n in range(2, 1000) if sum(d for d in range(1, n) if n % d == 0) == n]
print(perfect)
chunks = [list(range(10))[i:i + 4] for i in range(0, 10, 4)]
print(chunks)
print({i: c for i, c in enumerate("hello") if c not in "aeiou"})
