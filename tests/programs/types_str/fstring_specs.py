# f-strings combined with conversions, format specs, = debugging and nested fields
value, name, items = 3.14159, "pi", [1, 2, 3]
print(f"{value=}", f"{value=:.2f}", f"{value = :>10.3f}", f"{name=!r}", f"{name=!s:>5}")
print(f"{items=}", f"{items[1:]=}", f"{len(items)=}", f"{value * 2=:.1f}", f"{name.upper()=}")
print(f"{name!r:^10}|{name!a:<8}|{name!s:*>6}|")
w, p = 12, 3
print(f"{value:{w}.{p}f}|{value:<{w}.{p}e}|{value:^{w}}|{name:{'_'}>{w}}|")
print(f"{'nested ' + f'{value:.1f}'}", f"{f'{name:>4}':<6}|", f"{[f'{i:02}' for i in items]}")
print(f"{{}}", f"{{{name}}}", f"{'{'}{name}{'}'}", f"{'}'!r}")
print(f"{1_000_000:,}", f"{0xff:#06x}", f"{-42:+05d}", f"{0.000123:.2e}", f"{0.5:.0%}")
d = {"key": "val", "n": 5}
print(f"{d['key']}", f"{d['n'] ** 2}", f"{d}", f"{d!r:.10}")
print(f"{'a' if value > 3 else 'b'}", f"{(lambda x: x * 2)(21)}", f"{(n := 10) + n}", n)
print(f"{value:.2f}".rjust(10, "."), f"{name}" * 2, len(f"{items}"))
x = 42
print(f"{x:b} {x:o} {x:x} {x:X} {x:c} {x:e} {x:%} {x:,} {x:_b}")
print(f"{x!r:>5}", f"{str(x)!r}", f"{x:{'>' if x > 40 else '<'}8}|")
print(f"""triple {x}
second line {name}""")
print(f"{'multi':>{2 * 5}}", f"{x:0{w}d}", rf"raw\n{x}", fr"{name}\t")
for spec in [">8", "^8.2f", "+e", "08.3f", ",.1f"]:
    print(spec, f"{value:{spec}}")
class T:
    def __format__(self, spec):
        return f"T[{spec}]"
    def __repr__(self):
        return "T()"
print(f"{T()}", f"{T():abc}", f"{T()!r}", f"{T()!r:>6}", f"{T()=}", f"{T()=:xy}")
