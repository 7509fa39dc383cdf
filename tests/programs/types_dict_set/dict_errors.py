# KeyError and TypeError messages from dict operations
d = {"a": 1, 2: "two", (1, 2): "tuple"}
cases = [
    ("d['zz']", lambda: d["zz"]),
    ("d[3]", lambda: d[3]),
    ("d[(1, 3)]", lambda: d[(1, 3)]),
    ("d[None]", lambda: d[None]),
    ("d['']", lambda: d[""]),
    ("d[[1]]", lambda: d[[1]]),
    ("d[{}]", lambda: d[{}]),
    ("del d['q']", lambda: d.__delitem__("q")),
    ("d.pop('q')", lambda: d.pop("q")),
    ("{}.popitem()", lambda: {}.popitem()),
    ("d + d", lambda: d + d),
    ("d < d", lambda: d < d),
    ("d[1:2]", lambda: d[1:2]),
    ("d.nope", lambda: d.nope),
    ("dict([1])", lambda: dict([1])),
    ("dict([(1,)])", lambda: dict([(1,)])),
    ("dict(1, 2)", lambda: dict(1, 2)),
    ("{**[1]}", lambda: {**[1]}),
    ("d | 1", lambda: d | 1),
    ("hash(d)", lambda: hash(d)),
    ("{d: 1}", lambda: {d: 1}),
    ("d.get()", lambda: d.get()),
    ("d.keys()[0]", lambda: d.keys()[0]),
]
for label, fn in cases:
    try:
        print(f"{label:14} -> {fn()!r}")
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        print(f"{label:14} ! {type(e).__name__}: {e}")
try:
    d["missing key"]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    d[("x", 1)]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    {}[0]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
