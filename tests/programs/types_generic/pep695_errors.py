# SyntaxErrors of the PEP 695 syntax (printed as type only).
sources = [
    "def f[](): pass",
    "def f[T, T](): pass",
    "class C[T, T]: pass",
    "def f[T = int, U](): pass",
    "def f[*Ts: int](): pass",
    "def f[**P: int](): pass",
    "type X[T, T] = int",
    "type X[] = int",
    "def f[T](: pass",
    "def f[T = int, *Ts](): pass",
    "class C[T: ]: pass",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(type(e).__name__, repr(src))

ok = [
    "def f[T,](): pass",
    "class C[*Ts, **P, T: int = int]: pass",
    "type X = int",
    "type(1)",
    "type = 3",
    "type.x = 3" if False else "print(type)",
    "async def f[T](): pass",
]
for src in ok:
    compile(src, "<test>", "exec")
    print("ok", src)
