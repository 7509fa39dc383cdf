# str.format: positional, named, indexed, attribute fields, conversions
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Ann", age=30), "{0} {x}".format(1, x=2), "{}{{}}{}".format("a", "b"))
print("{0[0]} {0[1]} {1[key]} {1[0]}".format(["l0", "l1"], {"key": "kv", 0: "int0"}))
class P:
    def __init__(self):
        self.x, self.y = 3, 4
        self.items = ["first"]
p = P()
print("{0.x},{0.y} {p.items[0]} {p.__class__.__name__}".format(p, p=p))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}|".format("s"), "{x!a}".format(x="ü"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=2), "{:{}{}}".format("x", ">", 5), "{0:{1}}".format(42, "08b"))
print("{0:,} {0:_} {0:x} {0:#o} {0:e}".format(1234567))
print("{:%Y}".format(type("D", (), {"__format__": lambda self, spec: f"<{spec}>"})()))
d = {"a": 1, "b": 2}
print("{a}-{b}".format(**d), "{0[a]}".format(d), "{}".format(d), "{!r}".format(d))
print("{} {}".format(*"xy"), "{:d}".format(True), "{:s}".format("plain"), "{}".format(None))
errors = [("{}", ()), ("{1}", ("a",)), ("{x}", ()), ("{0[5]}", ([1],)), ("{0.nope}", (1,)), ("{:d}", ("s",)), ("{!z}", (1,)),
          ("{", ()), ("}", ()), ("{0:{1}}", (1,)), ("{} {0}", (1, 2)), ("{0} {}", (1, 2)), ("{:,s}", ("x",))]
for fmt, args in errors:
    try:
        fmt.format(*args)
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("{0[-1]}".format({"-1": "string key"}), "{0[1:2]}".format({"1:2": "slice-looking key"}) if True else "")
print("{:>{}}|".format("w", 4), "{:.{}}".format("truncate", 3), "{0:.{1}f}".format(2.71828, 3))
print("{0}{0}{0}".format("ab"), "{:c}".format(9731), "{:05}".format(-3), "{:=^+9}".format(12))
