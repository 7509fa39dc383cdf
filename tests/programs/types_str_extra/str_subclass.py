# Subclasses of str: construction, attributes, methods return exact str, operators, repr/str.
class S(str):
    def __new__(cls, value, tag="t"):
        self = super().__new__(cls, value)
        self.tag = tag
        return self

    def shout(self):
        return self.upper() + "!"

s = S("hello", tag="x")
print(s, repr(s), s.tag, s.shout(), type(s).__name__, isinstance(s, str), len(s))
print(type(s.upper()).__name__, type(s + "a").__name__, type("a" + s).__name__, type(s * 2).__name__, type(s[1:]).__name__)
print(type(str(s)).__name__, str(s) == s, s == "hello", hash(s) == hash("hello"), {s: 1}["hello"], "ell" in s)
print(type(s.strip()).__name__, type(s.replace("z", "y")).__name__, type("%s" % s).__name__, type(s.__str__()).__name__)

class Plain(str):
    pass

p = Plain("abc")
p.extra = [1]
print(p, p.extra, p.split("b"), list(p), p.__class__ is Plain, Plain() == "", repr(Plain(12)))

class WithStr(str):
    def __str__(self):
        return "custom"
    def __repr__(self):
        return "WithStr!"

w = WithStr("real")
print(str(w), repr(w), "%s|%r" % (w, w), "{}|{!r}".format(w, w), w.upper(), [w])

class Rev(str):
    def __radd__(self, other):
        return "radd:" + str.__str__(self)
    def __rmul__(self, other):
        return "rmul"
print("x" + Rev("y"), 3 * Rev("z"))

print(str.__new__(S, "direct"), type(str.__new__(S, "direct")).__name__)
print(sorted([S("b"), "a", Plain("c")]), max(S("q"), "r"))
print(str(b"bytes", "ascii"), str(b"caf\xc3\xa9", encoding="utf-8"), str(), str(object=5), str(errors="strict"))
print(S("x", "y").tag, str.__len__(S("four")), str.__getitem__(p, 0), str.__contains__("abc", "b"))
