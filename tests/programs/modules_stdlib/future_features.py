# from __future__ imports: the statement's compile-time effects, the __future__ module's records,
# and compile() with a feature's flag.
from __future__ import annotations, generator_stop
from __future__ import division as div

import __future__


class Point:
    x: int
    y: list[Undefined]  # never evaluated under postponed annotations


def area(p: Point, scale: float = 1.0, *args: tuple[int, ...], **kw: dict[str, "X"]) -> float | None:
    return None


print(Point.__annotations__)
print(area.__annotations__)
print(annotations, div is __future__.division, generator_stop is __future__.generator_stop)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag))
print(repr(__future__.annotations))
print(sorted(n for n in __future__.__all__))

# compile() with the flag postpones annotations in code that does not import it.
src = "def g(a: undefined_name) -> 1 + 2: pass\n"
ns = {}
exec(compile(src, "<flag>", "exec", flags=__future__.annotations.compiler_flag), ns)
print(ns["g"].__annotations__)
try:
    exec(compile(src, "<noflag>", "exec"), {})
except NameError as e:
    print(type(e).__name__ + ":", e)

# A future import after other statements, and an unknown feature, are syntax errors.
for bad in ("x = 1\nfrom __future__ import annotations\n", "from __future__ import braces\n",
            "from __future__ import nonexistent\n", "def f():\n    from __future__ import annotations\n"):
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno)
# A docstring and comments may come first.
exec(compile('"""doc"""\n# comment\nfrom __future__ import annotations\nprint("ok")\n', "<doc>", "exec"))

# The flag is on the code objects, and exec()/eval() of a string and compile() inherit it
# unless dont_inherit is true.
print(hex(area.__code__.co_flags & __future__.CO_FUTURE_ANNOTATIONS))
ns2 = {}
exec("def h(a: nope) -> also_nope: pass", ns2)
print(ns2["h"].__annotations__)
print(eval("(lambda: 1)").__code__.co_flags & __future__.CO_FUTURE_ANNOTATIONS != 0)
try:
    exec(compile(src, "<noinherit>", "exec", dont_inherit=True), {})
except NameError as e:
    print(type(e).__name__ + ":", e)
