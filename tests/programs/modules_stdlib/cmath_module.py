# cmath: complex math with exact or well-conditioned results
import cmath
import math
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(0j))
print(cmath.phase(1j), cmath.phase(-1), cmath.phase(1), abs(3 + 4j))
print(cmath.polar(1j), cmath.polar(-2), cmath.polar(3 + 4j)[0])
print(cmath.rect(2, 0), cmath.rect(0, 1), cmath.exp(0), cmath.log(1), cmath.log10(100))
print(cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12), cmath.isclose(1 + 1j, 1 + 1.0000000001j))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.inf, cmath.infj, cmath.nanj.imag != cmath.nanj.imag)
z = complex(1, 1)
r, phi = cmath.polar(z)
print(round(r, 12), round(phi, 12), cmath.isclose(cmath.rect(r, phi), z))
print(cmath.sqrt(complex(-1, 0)), cmath.sqrt(complex(-1, -0.0)))
roots = [cmath.sqrt(x) for x in (-9, -0.25, 16)]
print(roots)
a, b, c = 1, 2, 5
disc = cmath.sqrt(b * b - 4 * a * c)
print((-b + disc) / (2 * a), (-b - disc) / (2 * a))
try:
    cmath.log(0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(type(cmath.sqrt(4)).__name__, cmath.sqrt(4).imag, complex(cmath.sqrt(-2.25)))
