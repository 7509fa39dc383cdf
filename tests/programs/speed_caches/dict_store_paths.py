# `d[k] = v` on an exact dict whose keys are all exact str/int, with an exact str/int key, is one
# store without the general step (compiled code: Interpreter.JitAttrs.cs, StoreDictHit). Results,
# key identity, insertion order and when replaced values are freed must equal CPython's, and every
# other dict or key (general keys, subclasses, floating dicts, unhashable keys) takes the full step.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


print(count("a b a c b a".split()), count([1, 2, 1, True, 2 ** 70, 2 ** 70, -5, False, 0]))


def replace(d, k, name):
    d[k] = Noisy(name)
    print("stored", name)


d = {}
replace(d, "x", "first")
replace(d, "x", "second")      # the first value dies at the store, before "stored second"
replace(d, 7, "third")
replace(d, 7, "fourth")
d.clear()
print("cleared")

# A general key in the dict: later stores with plain keys compare through __eq__ (1.0 == 1 == True).
g = {(1, 2): "t"}
for k, v in ((1, "one"), (1.0, "float one"), (True, "true"), ("s", "str")):
    g[k] = v
print(g)


class Key(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("eq", str(self), other)
        return str(self) == other


h = {"k": 1}
h[Key("k")] = 2                 # a str subclass key is not plain: its __eq__ runs
print(h, [type(k).__name__ for k in h])


class Logged(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)


ld = Logged()
for i in range(3):
    ld["k%d" % i] = i
print(ld)


def fresh():
    return {}


for i in range(3):
    fresh()["x"] = Noisy("floating %d" % i)
    print("after", i)

try:
    e = {}
    e[[1]] = 2
except TypeError as ex:
    print("TypeError:", ex)
print(e)
