# Iterating dictionaries: keys, values, items, enumerate, sorted, zip, reversed
scores = {"ann": 91, "bob": 78, "cy": 85, "di": 91}
for name in scores:
    print(name, end=" ")
print()
for name, s in scores.items():
    print(f"{name}:{s}", end=" ")
print()
print(list(scores.values()), sum(scores.values()), max(scores.values()), len(scores))
for i, (name, s) in enumerate(scores.items(), 1):
    print(i, name, s)
for name in sorted(scores, key=scores.get, reverse=True):
    print(name, scores[name])
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print([k for k, v in scores.items() if v > 80], {v: k for k, v in scores.items()})
print(list(zip(scores, scores.values())) == list(scores.items()))
print(list(reversed(scores)), list(reversed(scores.values())))
it = iter(scores.items())
print(next(it), next(it), type(it).__name__)
keys_iter = iter(scores)
print(next(keys_iter), list(keys_iter))
total = 0
for v in scores.values():
    total += v
print(total / len(scores))
print(dict(sorted(scores.items())), dict(sorted(scores.items(), key=lambda kv: kv[1])))
print(any(v < 80 for v in scores.values()), all(isinstance(k, str) for k in scores))
print("ann" in scores, 91 in scores, 91 in scores.values(), ("ann", 91) in scores.items())
