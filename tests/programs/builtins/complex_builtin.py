# complex(): construction, parsing, attributes and arithmetic
print(complex(), complex(1), complex(1, 2), complex(1.5, -2.5), complex(0, 0))
print(complex("1+2j"), complex("  3-4j  "), complex("j"), complex("-j"), complex("5"), complex("2.5e1j"))
print(complex("(1+2j)"), complex("inf+nanj"), complex("1e-3-1E+3J"))
z = complex(3, 4)
print(z.real, z.imag, z.conjugate(), abs(z), type(z.real).__name__)
print(z + 1, z * 1j, z / 2, z ** 2, z - z, -z, +z, z == 3 + 4j, z != 3)
print((1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j))
print(complex(1, 2) + complex(2, 1), 2 * (1 + 1j), 1j ** 2, (2j) ** 2)
print(repr(complex(0, 1)), repr(complex(-0.0, 1)), repr(complex(1, -0.0)), repr(complex(0.0, 0.0)))
print(str(1 + 0j), str(-1j), str(complex(1e20, 1e-20)), str(complex(float("nan"), float("inf"))))
print(complex(True, False), complex(2 ** 53), hash(complex(1, 0)) == hash(1))
class C:
    def __complex__(self):
        return 7 + 1j
print(complex(C()))
for bad in ["1+", "1 + 2j", "abc", "", "1+2jj", "(1+2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__ + ":", e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    complex([])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    (1j) // 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(complex(real=1, imag=2), format(1 + 2j, ".2f"), f"{3 - 4j:>12}")
print(complex(1j, 1j), complex(1, 1j))
