# codeop.compile_command: a code object for a complete command, None while more input could
# complete it, SyntaxError when nothing could.
import codeop

cases = [
    "", "# just a comment", "x = 1", "print(1)", "if x:", "if x:\n", "if x:\n\n", "1 +", "1 +\n",
    "x = (", "x = (1,\n 2", "x = (1,\n 2)", "def f():", "def f():\n  return 1", "def f():\n  return 1\n",
    "a b", '"""abc', "'abc", "x = 1 + \\", "try:\n  pass", "try:\n  pass\nexcept E:\n  pass\n",
    "@dec", "@dec\ndef f(): pass\n", "class A:\n  x = 1\n", "for i in range(3):\n  print(i)\n",
    "x = [1,\n", "lambda:", "f'{x", "while True:\n  break\n", "x = 1 2", "return", ")",
    "if x:\n  pass\nelse:", "if x:\n  pass\nelse:\n  pass\n", "with open(f) as g:", "match x:",
    "1 if x", "import", "from x import (a,", "print('''a\n", "del", "x =",
]
for source in cases:
    try:
        result = codeop.compile_command(source)
    except SyntaxError as e:
        print(repr(source), "->", type(e).__name__, e.msg)
    else:
        print(repr(source), "->", "incomplete" if result is None else "code")

# eval and exec symbols
for source, symbol in [("1 +", "eval"), ("(1 +", "eval"), ("1 + 2", "eval"), ("x = 1\ny = 2\n", "exec"),
                       ("if x:\n  y = 1", "exec")]:
    try:
        result = codeop.compile_command(source, symbol=symbol)
    except SyntaxError as e:
        print(symbol, repr(source), "->", type(e).__name__, e.msg)
    else:
        print(symbol, repr(source), "->", "incomplete" if result is None else "code")

# The code object runs.
ns = {}
exec(codeop.compile_command("def f():\n  return 41 + 1\n"), ns)
print(ns["f"]())

# CommandCompiler remembers __future__ statements.
cc = codeop.CommandCompiler()
cc("from __future__ import annotations")
code = cc("def g(x: undefined_name) -> int: pass\n")
ns = {}
exec(code, ns)
print(ns["g"].__annotations__)
print(issubclass(_IncompleteInputError, SyntaxError))
