# Integer literals in every base, with underscores, and their values
print(0, 00, 0_0)
print(123, 1_000_000, 9_9)
print(0b1010, 0B1111_0000, 0b0)
print(0o17, 0O777, 0o0_7)
print(0x1F, 0XdeadBEEF, 0x_ff)
print(-0x10, +0o10, ~0b1)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(10**30 == 1_000_000_000_000_000_000_000_000_000_000)
print(type(0x10).__name__, type(True + 1).__name__)
big = 0b1 << 100
print(big, hex(big), oct(big))
print(0x7fffffffffffffff + 1, -0x8000000000000000 - 1)
# literal forms that are syntax errors
for src in ["012", "0b2", "0o8", "0xg", "1__0", "1_", "0_x1", "0b"]:
    try:
        compile(src, "<lit>", "eval")
        print(src, "ok")
    except SyntaxError as e:
        print(src, "SyntaxError")
print(eval("0x_1_0"), eval("1_2_3"))
print(1 .real, 1 .__class__.__name__)
print((255).to_bytes(1, "big"))
