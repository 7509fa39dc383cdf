# Dicts whose keys are all exact str and int (stored without running Python code) behave like any
# other dict: a str and an int with the same hash are two keys, bool keys are int keys, and the
# dict keeps working once a key of another type (with its own __eq__ and __hash__) arrives, after
# deletions, resizes, clear() and copies.
class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and other.v == self.v

    def __repr__(self):
        return f"Key({self.v!r})"


class S(str):
    def __eq__(self, other):
        Key.calls += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


d = {}
s = "collide"
d[s] = "str"
d[hash(s)] = "int"
print(len(d), d[s], d[hash(s)])
d[1] = "one"
d[True] = "true"
d[0] = "zero"
d[False] = "false"
print(d[1], d[0], len(d), list(d.values()))

# growth without deletions, then with deletions, keeps insertion order
g = {}
for i in range(2000):
    g[i] = i * i
    g[f"s{i}"] = i
print(len(g), g[1999], g["s1999"], list(g)[:4], list(g)[-2:])
for i in range(0, 2000, 3):
    del g[i]
for i in range(2000, 2600):
    g[i] = -i
print(len(g), g[2599], 3 in g, 4 in g, list(g)[:4], list(g)[-2:])
g.clear()
g["a"] = 1
print(g)

# a general key arrives: its __eq__ runs for colliding lookups and stores from then on
m = {"x": 1, 2: 2}
m[Key("x")] = "key"
before = Key.calls
m[Key("x")] = "key2"
print(Key.calls > before, m[Key("x")], m["x"], len(m))
m["y"] = 3
m[S("x")] = "sub"          # equal to "x": replaces its value, keeps the key object
print(m["x"], type(list(m)[0]).__name__, len(m))
m.clear()
m[5] = 5
m["five"] = 5
print(m, m.copy() == m, dict(m) == m)

# replacing values of plain keys releases the old ones
class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


r = {"a": V(1), 7: V(2)}
r["a"] = V(3)
r[7] = None
print("replaced")
del r
print("end")
