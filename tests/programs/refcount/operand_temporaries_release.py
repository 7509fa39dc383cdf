# A temporary that an instruction consumes is released by that instruction: `in`, `not`,
# truth tests in `and`/`or`/`if`, f-string fields, `*` and `**` unpacking. A container that only
# the temporary held is freed at once and the count of what it held returns to its start value.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return "Noisy(%s)" % self.name


d = [1, 2, 3]
exprs = [
    "not [d]", "f'{[d]}'", "f'{[d]!r:>20}'", "[*[d]]", "{**{1: d}}",
    "d in [d]", "d not in [d]", "([d] and 0)", "([d] or 0)", "(0 or [d]) and 0", "[d] if [d] else 0",
    "(*[d],)", "1 in iter([d])",
]
for e in exprs:
    before = sys.getrefcount(d)
    x = eval(e)
    x = None
    print(e, sys.getrefcount(d) - before)

print(not [Noisy("b")])
print("after not")
print(f"{[Noisy('c')]}")
print("after f-string")
if [Noisy("e")]:
    print("in if")
print("after if")
