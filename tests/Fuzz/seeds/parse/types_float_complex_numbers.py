# Complex number arithmetic, attributes, formatting and errors
z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, z.conjugate(), abs(z), type(z).__name__)
print(z + w, z - w, z * w, z / w, -z, +w, z == complex(3, 4), z != w)
print(z * 2, 2 * z, z / 2, z + 1.5, 1.5 - z, z ** 2, z ** 0, z ** 1, 1j ** 2, 1j ** 4)
print((1 + 1j) ** 2, (2 + 0j) ** 10, (1 - 1j) * (1 + 1j))
print(complex("1+2j"), complex("-1.5e2-3j"), complex(" 2j "), complex(2), complex(0.5, 0.25))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(1, 0)), repr(complex(0, 1)))
print(str(complex(1e20, 1)), str(complex(1.5, float("inf"))), str(complex(float("nan"), 0)))
print(f"{z}", f"{z:.2f}", f"{z:>15}|", f"{w:+.1f}", format(z, "e"), format(1j, "g"))
print(z.__eq__(3 + 4j), hash(3 + 0j) == hash(3), hash(1j) == hash(complex(0, 1)))
print(complex(1, 2) == (1 + 2j), 1 + 2j == 1 + 2.0j, (1 + 0j) == 1, 1j.imag, (5j).real)
for a, b in [(1 + 2j, 2 - 1j), (1j, 1j), (1e200 + 1e200j, 1e200 + 1e200j)]:
    print(a / b)
try:
    z / 0
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    z // 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    z % 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    z < w
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    complex("1+2i")
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(sum([1j, 2, 3.5]), sorted([3 + 1j, 1 + 5j], key=abs), (0j == 0), bool(0j), bool(1e-300j))
