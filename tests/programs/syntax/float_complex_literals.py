# Float, imaginary and exponent literals
print(1.0, 1., .5, 0.0, -0.0)
print(1e3, 1E3, 1e-3, 1.5e+2, 2.5E-2)
print(1_000.000_1, 1_0e1_0)
print(3.14j, 2j, 1e3j, .5j, 10J)
print(type(1j).__name__, (1j).real, (1j).imag)
print(1 + 2j, (1 + 2j) * (3 - 1j), -1j, 0j)
print(1e308 * 10, -1e308 * 10)
print(1e-320, 5e-324, 5e-325)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(float("1e500"), 1e22, 1e21, 1e16, 1e15, 123456789012345678.0)
print(.1e1, 1.e1, 0e0, 00.5, 007.5)
for src in ["1e", "1.e+", "1_.0", "1._0", "1e_1", "0x1.0"]:
    try:
        v = eval(src)
        print(repr(src), "->", v)
    except SyntaxError:
        print(repr(src), "SyntaxError")
print(1j * 1j, (1j) ** 2)
print(complex(1, 2) == 1 + 2j)
print(repr(2.0), repr(2e0), str(1e100), repr(1.5e-7))
print(round(2.675, 2), 2.675)
