# f-string basics: expressions, conversions, = specifier
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'é'!a} {'é'!r}")
print(f"{n=}")
print(f"{n = }")
print(f"{n=:5d}|")
print(f"{name=!r}")
print(f"{name=!s}")
print(f"{pi=:.2f}")
print(f"{1 + 2 = }")
print(f"{{literal}} {{{n}}}")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)}")
print(f"{'quoted'} {"nested same quotes"}")
print(f"{n if n > 10 else 0}")
print(f"{(lambda x: x * 2)(21)}")
items = ["a", "b"]
print(f"{items[0]}{items[-1]} {len(items)}")
d = {"key": "val"}
print(f"{d['key']}")
print(f"{3.0!r:>8}|")
print(f"{'abc'!r:^9}|")
print(f"{n:{'>'}{10}}|")
print(f"""multi
{n}
line""")
print(f"{n:#x} {n:#o} {n:#b} {n:08.3f}")
print(F"upper F {n}")
obj = 3 + 4j
print(f"{obj.real} {obj.imag} {obj!s}")
print(f"{n!r:}") 
try:
    eval('f"{}"')
except SyntaxError as e:
    print("SyntaxError")
