# SyntaxErrors of async code, with CPython's messages and lines.

cases = [
    "await x",
    "def f():\n    await x",
    "async def f():\n    lambda: await x",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    async with x: pass",
    "def f():\n    async for x in y: pass",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "[x async for x in y]",
    "async def f():\n    def g():\n        return [x async for x in y]",
    "async x = 1",
    "async def f():\n    await",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, repr(e.msg))

ok = [
    "def f():\n    return (x async for x in y)",
    "async def f():\n    return [x for x in await y]",
    "async def f():\n    return [await x async for x in y if await x]",
    "async def f():\n    await (yield)",
    "async def f():\n    async with a as b, c:\n        async for d in e:\n            pass",
    "await_ = async_ = 1",
]
for src in ok:
    compile(src, "<ok>", "exec")
    print("ok", repr(src.splitlines()[-1].strip()))
