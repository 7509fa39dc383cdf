# float and complex arithmetic corner cases: signed zeros, infinities, nan, divmod/pow special
# cases, exact int/float comparison, hashing, complex division and powers.
inf, nan = float("inf"), float("nan")
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e308, -1e-310, inf, -inf, nan, 7.0, 2**53 + 0.0]
for a in floats:
    row = []
    for b in floats:
        for op in ("+", "-", "*", "/", "//", "%", "**"):
            try:
                row.append(repr(eval("a " + op + " b")))
            except Exception as e:
                row.append(type(e).__name__)
        try:
            row.append(repr(divmod(a, b)))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(" ".join(row))
big = [2**53, 2**53 + 1, -(2**53) - 1, 2**63, 2**64 + 1, 10**30, -(10**30), 2**1023 * 3]
fl = [9007199254740992.0, 9007199254740994.0, -9007199254740992.0, 1e30, -1e30, 1.8e308, inf, -inf, nan, 0.5]
for i in big:
    print(" ".join(repr(f(i, x)) for x in fl for f in (lambda p, q: p < q, lambda p, q: p == q, lambda p, q: p >= q)))
print(hash(2**53 + 1) == hash(float(2**53 + 1)), hash(0.5), hash(-0.5), hash(1e300), hash(-inf), hash(inf), hash(2.0**-1074))
print(hash(1 + 2j), hash(-1j), hash(complex(inf, 1)), hash(0j) == hash(0), hash(3 + 0j) == hash(3.0))
zs = [0j, 1j, -1j, 1 + 1j, complex(-0.0, 0.0), complex(2.5, -3), complex(inf, 0), complex(0, nan), complex(1e300, 1e300), 3 + 4j]
for z in zs:
    row = [repr(z), str(z), repr(-z), repr(+z), repr(z.conjugate()), repr(abs(z)) if abs(z.real) < 1e300 else "big", repr(bool(z))]
    for w in zs:
        for op in ("+", "-", "*", "/"):
            try:
                row.append(repr(eval("z " + op + " w")))
            except Exception as e:
                row.append(type(e).__name__)
    print(" ".join(row))
for base in [1j, 2 + 0j, -1 + 0j, 1 + 1j, 0j, 0.5j]:
    row = []
    for e in [0, 1, 2, 3, -1, -2, 0.5, 1j, 2 + 1j, 101, -101]:
        try:
            row.append(repr(base ** e))
        except Exception as ex:
            row.append(type(ex).__name__ + ":" + str(ex))
    print(" ".join(row))
print(pow(2, 0.5), pow(-2.0, 3), pow(-2.0, 0.5), (-8) ** (1 / 3), 0.0 ** 0.0, nan ** 0, 1 ** nan, (-1.0) ** inf, 0.5 ** -inf)
for expr in ["1e308 * 10", "-1e308 * 10", "1e308 + 1e308", "inf - inf", "inf * 0", "2.0 ** 1024", "(-2.0) ** 1025",
             "abs(complex(1e308, 1e308))", "complex(1e308, 1e308) * 10", "(1e200 + 1e200j) ** 2", "complex(inf, 0) ** 2",
             "1e-320 / 1e10", "5e-324 / 2", "-5e-324 / 2", "divmod(-0.0, 1)", "divmod(0.0, -1)", "-0.0 % 5", "0.0 % -5",
             "(-7.5).__rdivmod__(2)", "(2.0).__rpow__(3)", "(3).__rpow__(2)", "(2).__rpow__(3, 5)", "(1.5).__rtruediv__(3)",
             "(1j).__rsub__(2)", "(1j).__rtruediv__(2)", "(1j).__rpow__(2)", "round(0.5 + 1e-17)", "round(-0.5)", "round(-1.5)"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)
