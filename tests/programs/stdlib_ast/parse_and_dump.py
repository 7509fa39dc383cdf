import ast
t = ast.parse("def f(a, b=1):\n    return a\nx = [1, 2]\n")
print(ast.dump(t))
print(ast.dump(t, indent=2, include_attributes=True))
print(ast.dump(ast.parse("f()"), annotate_fields=False))
print(ast.dump(ast.parse("def f(): pass"), annotate_fields=False))
print(ast.dump(ast.Module()))
print(ast.dump(ast.parse("x[1:2, ::3]"), indent='\t'))
print(ast.dump(ast.parse("{**a, 1:2}")))
print(ast.dump(ast.parse("def f(*, a, b=1): pass")))
print(ast.Name.__doc__, ast.Load.__doc__)
print(ast.expr.__doc__)
print(ast.Name._field_types)
print(ast.parse("a+b").body[0].value.op is ast.parse("c+d").body[0].value.op)
n = ast.Name("x")
print(n.__dict__.keys(), ast.Name._fields, ast.Name.__match_args__)
print(ast.dump(ast.parse("pass", mode="single")))
for s in ["1", "x", "(1,[2],{3:4},{5},set())", "-1+2j", "1+2", "'a' 'b'", "b'x'", "None", "...", "f()", "[1]*2", "--1", "+True"]:
    try: print(repr(ast.literal_eval(s)))
    except Exception as e: print(type(e).__name__, str(e).split(':')[0])
print(ast.dump(ast.parse("s = 'é'; y = 1", mode="exec"), include_attributes=True))
src = "x = 'héllo' + fn(a,\n   b)\n"
t = ast.parse(src)
print(repr(ast.get_source_segment(src, t.body[0].value)))
print(repr(ast.get_source_segment(src, t.body[0].value.right, padded=True)))
print([type(n).__name__ for n in ast.walk(t)])

# errors: a Python exception, as from compile()
for bad in ["x = (", "def f(:\n", "  x = 1", "if x:\npass", "a b", "f(**x, *y)", "x = 'abc", "return = 1"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
for args, kw in [((5,), {}), (("x",), {"mode": "bad"}), (("a\0b",), {}), ((None,), {}), (("", "<f>", "single"), {}),
                 (("# c\n", "<f>", "single"), {})]:
    try:
        ast.parse(*args, **kw)
    except (SyntaxError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ast.dump(ast.parse(b"x = 1\n")))
print(ast.dump(ast.parse("1 +\\\n 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("async def f():\n await x\n async with a: pass\n return [i async for i in y]")))
print(ast.dump(ast.parse("try:\n pass\nexcept* E:\n pass")))
print(ast.dump(ast.parse("match x:\n case [1, *r] | {'a': 2, **kw} | P(1, y=_) | None: pass\n case q as z if z: pass")))
print(ast.dump(ast.parse("from . import (a as b, c)\nimport x.y\nglobal g\nnonlocal n\n") if False else ast.parse("from . import (a as b, c)\nimport x.y")))
print(ast.dump(ast.parse("x: 'int' = 1\n(y): int\nz[0]: int")))
print(ast.dump(ast.parse("lambda a, /, b=1, *c, d, e=2, **f: 0", mode="eval")))
print(ast.dump(ast.parse("f'{x!r:>{w}.{p}} y'", mode="eval")))
print(ast.dump(ast.parse("u'x' + b'y' + 1j + 0x10 + 1_000 + 1.5e-3 + ...", mode="eval")))
try:
    ast.dump(1)
except TypeError as e:
    print(e)
# deep trees are not a host crash
try:
    t = ast.parse("x = " + "(" * 150 + "1" + ")" * 150)
    print("deep ok", type(t.body[0].value).__name__)
except (RecursionError, SyntaxError, MemoryError) as e:
    print(type(e).__name__)
