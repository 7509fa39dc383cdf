# int arithmetic, bitwise, comparison, shifts, pow (2 and 3 arguments), round, conversions and
# formatting over small, machine-boundary and big values (both signs).
vals = [0, 1, -1, 2, -2, 7, -7, 255, -256, 2**31, -2**31, 2**53 + 1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64,
        10**20, -10**20, 3**100, -(5**77), 12345678901234567890123]
ops = ["+", "-", "*", "//", "%", "&", "|", "^", "<", "<=", "==", "!=", ">", ">="]


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ":" + str(e)


for a in vals:
    for b in vals:
        row = [attempt(lambda: eval("a " + op + " b")) for op in ops]
        row.append(attempt(lambda: divmod(a, b)))
        if -70 < b < 200:
            row.append(attempt(lambda: a << b))
            row.append(attempt(lambda: a >> b))
        if 0 <= b < 50:
            row.append(repr(a ** b))
        if b != 0:
            row.append(repr(pow(a, 12345, b)))
            row.append(attempt(lambda: pow(a, -1, b)))
        if -30 < b < 5:
            row.append(repr(round(a, b)))
        row.append(repr(a == float(b)))
        row.append(repr(a < float(b)))
        row.append(repr(float(a) <= b))
        print(" ".join(row))
    print(a.bit_length(), a.bit_count(), hash(a), -a, ~a, abs(a), float(a), int(float(a)),
          a.to_bytes(30, "little", signed=True), int.from_bytes(a.to_bytes(30, "big", signed=True), "big", signed=True))
    for spec in ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", ",", "_", "_b", "_x", "+", " ", "030", "030,",
                 "<30", "^30", ">30", "=30", "*^+30,", "e", ".3e", "f", "g", "%", "n", "020n", "#_o", "-^12"]:
        print(format(a, spec), end="|")
    print()
    print(str(a), repr(a), hex(a), oct(a), bin(a), int(str(a)), int(hex(a), 16), int(oct(a), 0), int(bin(a), 0), int(str(a), 36))
    print(a.as_integer_ratio(), a.real, a.imag, a.numerator, a.denominator, a.conjugate(), a.__sizeof__(), a.__trunc__(),
          a.__floor__(), a.__ceil__(), a.__round__(), a.__round__(-3), a.is_integer())
