# setdefault, get, and grouping/counting patterns
words = "apple avocado banana blueberry cherry apricot beet carrot".split()
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
d = {}
r1 = d.setdefault("k", [])
r1.append(1)
r2 = d.setdefault("k", ["ignored"])
print(d, r1 is r2, d.setdefault("n"), d)
index = {}
text = "the cat sat on the mat the end"
for pos, word in enumerate(text.split()):
    index.setdefault(word, set()).add(pos)
print({k: sorted(v) for k, v in index.items()})
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
cache = {}
def fib(n):
    if n < 2:
        return n
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(80), len(cache))
print({}.get("x", []), {"x": None}.get("x", "default"), {"x": 0}.get("x") or "falsy")
