# collections.Counter: counting, most_common, arithmetic, elements
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["a"], c["zzz"], len(c))
print(sorted(c.elements()), c.total())
c.update("aaz")
c.subtract({"a": 2, "q": 1})
print(c)
c2 = Counter(a=3, b=1, c=-2)
c3 = Counter(a=1, b=4, d=2)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
print(+c2, -c2)
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], list(wc))
print(Counter({"x": 2, "y": 0}), Counter(x=2) == Counter(x=2, y=0), Counter(a=1) < Counter(a=2))
del c2["a"]
print(c2, c2.get("a"), "a" in c2)
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1)[0], sum(Counter("hello").values()))
inventory = Counter(apples=5, pears=2)
sold = Counter(apples=3, pears=2, kiwis=1)
inventory -= sold
print(inventory, dict(inventory))
print(Counter("aab") + Counter("bcc") == Counter("aabbcc"), Counter().most_common())
ties = Counter("bbaacd")
print(ties.most_common())
print(repr(Counter()), Counter(a=2).keys(), sorted(Counter(b=1, a=2).items()))
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
