# The default 4300-digit limit on int <-> decimal string conversion (CPython 3.11+), and the
# conversions it does not apply to (power-of-two bases, hex/oct/bin, float()).
def attempt(f):
    try:
        r = f()
        return type(r).__name__ + " of length " + str(len(r)) if isinstance(r, str) else "ok " + str(r.bit_length())
    except ValueError as e:
        return "ValueError: " + str(e)


big = 10**4299
print(attempt(lambda: str(big)), attempt(lambda: str(-big)), attempt(lambda: repr(big * 10)), attempt(lambda: str(-big * 10)))
print(attempt(lambda: f"{big * 10}"), attempt(lambda: format(big * 10, "d")), attempt(lambda: format(big * 10, ",")), attempt(lambda: format(big, "_")))
print(attempt(lambda: hex(10**5000)), attempt(lambda: oct(10**5000)), attempt(lambda: bin(10**5000)), attempt(lambda: format(10**5000, "x")))
print(attempt(lambda: int("1" * 4300)), attempt(lambda: int("1" * 4301)), attempt(lambda: int("-" + "1" * 4301)), attempt(lambda: int("1_" * 4300 + "1")))
print(attempt(lambda: int("1" * 5000, 16)), attempt(lambda: int("1" * 5000, 2)), attempt(lambda: int("0x" + "f" * 5000, 0)), attempt(lambda: int("1" * 4301, 36)))
print(attempt(lambda: int("1" * 4301, 8)), attempt(lambda: int("0o" + "7" * 5000, 0)), attempt(lambda: int("1" * 4301, 32)), attempt(lambda: int(b"9" * 4301)))
print(float("1" * 5000), float("0." + "0" * 5000 + "1"), float("1" * 400 + "e-100") == 1.1111111111111111e299)
print(len(str(2**14000)), attempt(lambda: str(2**14300)), str(2**14000)[:30])
