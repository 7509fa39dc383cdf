# Errors raised by list operations and their messages
L = [1, 2, 3]
cases = [
    ("L[3]", lambda: L[3]),
    ("L[-4]", lambda: L[-4]),
    ("L[1.0]", lambda: L[1.0]),
    ("L['a']", lambda: L["a"]),
    ("L[None]", lambda: L[None]),
    ("L[3] = 0", lambda: L.__setitem__(3, 0)),
    ("del L[5]", lambda: L.__delitem__(5)),
    ("L + (4,)", lambda: L + (4,)),
    ("L + 'x'", lambda: L + "x"),
    ("L * 1.5", lambda: L * 1.5),
    ("L * L", lambda: L * L),
    ("L - L", lambda: L - L),
    ("L < 'x'", lambda: L < "x"),
    ("[].pop()", lambda: [].pop()),
    ("L.pop(10)", lambda: L.pop(10)),
    ("L.remove(9)", lambda: L.remove(9)),
    ("L.index(9)", lambda: L.index(9)),
    ("hash(L)", lambda: hash(L)),
    ("{L: 1}", lambda: {L: 1}),
    ("L.sort(key=5)", lambda: L.sort(key=5)),
    ("L.nope", lambda: L.nope),
    ("list(5)", lambda: list(5)),
    ("L[::0]", lambda: L[::0]),
    ("L[0:1:0] = []", lambda: L.__setitem__(slice(0, 1, 0), [])),
    ("L.insert('0', 1)", lambda: L.insert("0", 1)),
    ("[1, 2] * -1", lambda: [1, 2] * -1),
    ("L += 5", lambda: L.__iadd__(5)),
    ("a, b = L", lambda: exec("a, b = L", {"L": L})),
]
for label, fn in cases:
    try:
        print(f"{label:16} -> {fn()!r}")
    except (IndexError, TypeError, ValueError, AttributeError) as e:
        print(f"{label:16} ! {type(e).__name__}: {e}")
print(L)
