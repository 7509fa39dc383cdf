# A str key looked up in a dict whose stored key is a str subclass or a non-str object of the
# same hash: the stored key's __eq__ decides, as in any other lookup.

class S(str):
    def __eq__(self, other):
        print("S.__eq__", str.__eq__(self, other))
        return str.__eq__(self, other)
    __hash__ = str.__hash__


class Same:
    """Equal to one str, with its hash."""
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        print("Same.__eq__", other)
        return other == self.text


d = {S("a"): 1, "b": 2}
print(d["a"], d["b"])
print("a" in d, d.get("a"), d.get("z", "none"))

e = {Same("k"): "found"}
print(e["k"])
print("k" in e, e.get("k"))
try:
    e["q"]
except KeyError as exc:
    print("KeyError", exc)


class Never:
    def __hash__(self):
        return hash("n")
    def __eq__(self, other):
        print("Never.__eq__")
        return False

f = {Never(): 1}
print("n" in f, f.get("n"))
f["n"] = 2
print(len(f), f["n"])


# Names looked up through a namespace dict (exec with a dict of such keys).
ns = {S("x"): 10, "print": print}
exec("print(x)", ns)
