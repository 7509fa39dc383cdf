# Set and dict comprehensions
print(sorted({x % 5 for x in range(20)}))
print({c for c in "mississippi"} == set("misp"))
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x: ("even" if x % 2 == 0 else "odd") for x in range(4)})
print({k: v for k, v in [("a", 1), ("a", 2), ("b", 3)]})
print({len(w): w for w in ["aa", "bb", "c", "ddd"]})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: [c for c in k] for k in ("ab", "c")})
d = {"x": 10, "y": 0, "z": 5}
print({k: v for k, v in d.items() if v})
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print({k.upper(): v * 2 for k, v in d.items()})
print(sorted({frozenset([i, i + 1]) for i in range(3)}, key=sorted))
print({i % 3: i for i in range(10)})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, {x: x for x in ()})
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__ + ":", e)
counts = {}
text = "abracadabra"
counts = {c: text.count(c) for c in sorted(set(text))}
print(counts)
inverted = {}
for k, v in {"a": 1, "b": 1, "c": 2}.items():
    inverted.setdefault(v, []).append(k)
print(inverted, {v: [k for k, vv in {"a": 1, "b": 1, "c": 2}.items() if vv == v] for v in (1, 2)})
print({**{x: 0 for x in "ab"}, **{x: 1 for x in "bc"}})
order = []
def k(v):
    order.append(("key", v))
    return v
def val(v):
    order.append(("value", v))
    return v
{k(i): val(i) for i in range(2)}
print(order)
