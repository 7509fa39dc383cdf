# match and case are soft keywords; bad patterns are SyntaxErrors (only type and line printed).
match = {"case": 1}
case = [match]
print(match["case"], case[0] is match)
match["case"] = 2
print(match, len(case))


class C:
    match = staticmethod(lambda *a: a)


print(C.match(1, 2), C().match())
print([match for match in range(3)])

bad = [
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y | 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a] | (b,):\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {0.0: a, -0.0: b}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case 1j + 2:\n        pass\n",
    "match x:\n    case f'x':\n        pass\n",
    "match x:\n    case {**r, 1: 2}:\n        pass\n",
    "match x:\n    case y as _:\n        pass\n",
    "match x:\n    case 1 as 2:\n        pass\n",
    "match x:\n    case *a:\n        pass\n",
    "match x:\n    case -a:\n        pass\n",
    "match x:\n    case {a: 1}:\n        pass\n",
    "match x:\n    pass\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case (*_):\n        pass\n",
    "match x:\n    case a.b():\n        pass\n    case a.b:\n        pass\n",
    "match x, *y:\n    case [1, *_]:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "x = 1\nmatch x:\n    case 1 if y := 2:\n        pass\n",
    "match x:\n    case [1, 2] if True:\n        pass\n    case {'k': v, **_}:\n        pass\n",
]
for src in bad:
    try:
        compile(src, "<match>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno)
