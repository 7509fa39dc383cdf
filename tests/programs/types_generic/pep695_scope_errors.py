# yield, await and := are SyntaxErrors inside PEP 695 annotation scopes (message checked).
sources = [
    "def f[T: (yield)](): pass",
    "def f[T: (x:=1)](): pass",
    "type X = (yield)",
    "type X[T] = (x:=1)",
    "def f[T: [(yield) for i in x]](): pass",
    "class C[T: (yield)]: pass",
    "def g():\n    def f[T: (yield)](): pass",
    "async def g():\n    type X = await y",
    "def f[T](x: (yield)): pass",
    "class C[T]((yield)): pass",
    "def f[T = (yield)](): pass",
    "def f[*T = (yield)](): pass",
    "def f[**T = (yield)](): pass",
    "def f[T: (int, (yield))](): pass",
    "def f[T](x=(yield)): pass",
    "def f[T]() -> (x:=1): pass",
    "class C[T](x:=1): pass",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
