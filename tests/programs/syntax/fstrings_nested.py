# Nested f-strings and dynamic format specs
width = 10
precision = 3
value = 12.34567
print(f"{value:{width}.{precision}f}|")
print(f"{value:>{width}.{precision}}|")
print(f"{f'{value:.1f}':>8}|")
print(f"{'x':{'*'}^{width}}")
for w in range(3, 7):
    print(f"[{w:{w}}]")
print(f"{f'{f"{1+1}"}'}")
s = "abc"
print(f"{s[::-1]} {s.upper()!r}")
print(f"{','.join(f'{i:02d}' for i in range(4))}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{
    1 + 2
}")
print(f"{value!r:>{width + 5}}|")
fmt = ".2e"
print(f"{value:{fmt}}")
print(f"{12345678:,} {12345678:_} {0.5:%} {0.125:.1%}")
print(f"{-5:+} {5:+} {5: } {-5: }")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{42:=+8}|{42:0=8}|")
vals = {"a": 1, "b": 2}
print(f"{sorted(vals.items())}")
print(f"{[f'{k}={v}' for k, v in vals.items()]}")
print(f"{3:{'0'}{'5'}}")
print(f"{'#' * 3:>{width}}")
