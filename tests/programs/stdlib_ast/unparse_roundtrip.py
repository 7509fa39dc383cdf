import ast
SRC = '''
"""Module doc."""
import os, sys as s
from .. import a
from .m import (b as c, d)
x = 1
a, b = 1, 2
x += 2 ** -y
z: int = 3
(w): int
def f(a, /, b: int=1, *args, c, d=2, **kw) -> str:
    """Doc
    two"""
    global g
    return (yield x)
@dec
@dec2(1)
class C(B, metaclass=M):
    def m(self):
        pass
    async def n(self):
        async for i in x:
            await y
        async with a as b, c:
            pass
for i, j in enumerate(x):
    if i: continue
    elif j: break
    else: pass
else:
    print(1)
while not x and y or z: x -= 1
try:
    pass
except (E, F) as e:
    raise X from e
except G:
    raise
else:
    pass
finally:
    del x, y[0], z.a
with open(f) as fh: pass
lam = lambda: 0
lam2 = lambda a, *b, c=1, **d: a + b
print(*a, **k, sep='')
v = [i for i in range(10) if i % 2 if i > 3]
s = {i: j for i, j in d.items()}
g = (i for i in x)
h = f(i for i in x)
t = x[1:2, ::3], x[()], x[1,], x[a:b]
q = a if b else c if d else e
r = (a := 5)
s2 = f"{a!r:>{w}} x {b:.2f} {'q'} {{}}"
s3 = 'it\\'s' + "q\\"" + b'bytes' + u'u'
n = -(-1) ** 2, (-1) ** 2, 2 ** 3 ** 4, (2 ** 3) ** 4, a - (b - c), (a - b) - c, not (a == b), a < b < c
e = ..., None, True, 1.5, 1e400, 2j, {1, 2}, {}, [], ()
assert x, 'msg'
match p:
    case [1, *rest]: pass
    case {'k': v, **kw}: pass
    case Point(x=0, y=yy) | Point(1, 2): pass
    case (a, b) as c if a: pass
    case None | True: pass
    case _: pass
nonlocal_ = 1
print(1 .real, x.y.z)
yield_ = [(yield)]
'''
t = ast.parse(SRC)
print(ast.unparse(t))
print(ast.unparse(ast.parse("(1, 2)")))
print(ast.unparse(ast.parse("x = 1; y = 2", mode="single")))
print(ast.unparse(ast.parse("a + b * c", mode="eval")))

# the unparsed text parses back to the same tree
for src in [SRC, "x = f'{a!r}' + f\"it's {b:>{w}}\"", "def g[T](): pass" if False else "pass",
            "a = b = c", "del (a, b)", "x = not -a ** -b", "print((yield), await z) if 0 else 1"]:
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
        continue
    text = ast.unparse(tree)
    print(ast.dump(ast.parse(text)) == ast.dump(tree), text.count("\n"))
print(ast.unparse(ast.parse('f"it\'s {x}"')), ast.unparse(ast.parse('f\'a "b" {x["k"]}\'')))
print(ast.unparse(ast.parse("f'''a'\"b {x}'''")))
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.BinOp(ast.Constant(2), ast.Mult(), ast.Name('x')))))
print(ast.unparse(ast.Set([])), ast.unparse(ast.Constant((1, 'a'))), ast.unparse(ast.Constant(float('inf'))))
