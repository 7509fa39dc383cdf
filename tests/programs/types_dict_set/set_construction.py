# Building sets: literals, set(), comprehensions, from strings/dicts; the empty-set pitfall
print(type({}).__name__, type(set()).__name__, set(), {1}, type({1}).__name__)
print(sorted(set("hello")), sorted(set(["b", "a", "b"])), set(range(5)), set((1, 1, 2)), sorted(set({"k1": 1, "k2": 2})))
print(sorted({c.lower() for c in "AbCabc"}), {n % 4 for n in range(20)}, {x for x in []})
print(set(b"aab"), set(frozenset({3})), set(iter([2, 2])), set(map(abs, [-1, 1, -2])))
try:
    set(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    set(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print({1, 1.0, True}, {0, 0.0, False, -0.0}, len({"a", "a", "A"}), {(1, 2), (1, 2)})
s = {*range(3), *"ab"}
print(len(s), 0 in s, "a" in s)
words = ["apple", "Apple", "APPLE", "banana"]
print(sorted(set(words)), sorted({w.lower() for w in words}), len(set(map(str.lower, words))))
print(set().union(*[{1}, {2}, {3}]), set.union({9}, {8}), set.intersection(*[{1, 2}, {2, 3}, {2, 4}]))
vowels = set("aeiou")
print(sorted(vowels & set("programming")), sorted(set("programming") - vowels))
print(repr(set()), repr({5}), str({0}), repr({"only"}))
class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k
print(len({H(1), H(1), H(2)}), H(1) in {H(1)})
