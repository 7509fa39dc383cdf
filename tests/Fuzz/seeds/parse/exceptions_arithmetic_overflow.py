# OverflowError and other numeric edge-case errors
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (OverflowError, ValueError, TypeError, ZeroDivisionError) as e:
        print(f"{label} ! {type(e).__name__}: {e}")
for base, exp in ((2.0, 2000), (10.0, 400)):
    try:
        base ** exp
    except OverflowError as e:
        print(f"{base} ** {exp} ! OverflowError")
show("1e308 * 10", lambda: 1e308 * 10)
show("float(2**1024)", lambda: float(2 ** 1024))
show("2**1024 / 1", lambda: 2 ** 1024 / 1)
show("2**1024 // 1", lambda: len(str(2 ** 1024 // 1)))
show("int(1e308)", lambda: len(str(int(1e308))))
show("int(float('inf'))", lambda: int(float("inf")))
show("round(float('inf'))", lambda: round(float("inf")))
show("round(float('nan'))", lambda: round(float("nan")))
show("math.ceil(float('inf'))", lambda: __import__("math").ceil(float("inf")))
show("(2**1024).__float__", lambda: (2 ** 1024).__float__())
show("chr(2**64)", lambda: chr(2 ** 64))
show("[0] * 2**63", lambda: [0] * 2 ** 63)
show("'x' * 2**63", lambda: "x" * 2 ** 63)
show("range(2**64)[0]", lambda: range(2 ** 64)[0])
show("len(range(2**64))", lambda: len(range(2 ** 64)))
show("(1).to_bytes(0, 'big')", lambda: (1).to_bytes(0, "big"))
show("(256).to_bytes(1, 'big')", lambda: (256).to_bytes(1, "big"))
show("(-1).to_bytes(1, 'big')", lambda: (-1).to_bytes(1, "big"))
show("math.factorial(1000) digits", lambda: len(str(__import__("math").factorial(1000))))
show("1 << -1", lambda: 1 << -1)
show("1 >> -1", lambda: 1 >> -1)
show("1 << 2**100", lambda: 1 << 2 ** 100)
show("float.fromhex('0x1p2000')", lambda: float.fromhex("0x1p2000"))
show("divmod(2**1024, 0.5)", lambda: divmod(2 ** 1024, 0.5))
show("complex(2**1024)", lambda: complex(2 ** 1024))
show("2**1024 + 1.0", lambda: 2 ** 1024 + 1.0)
show("(2**1024) < float('inf')", lambda: (2 ** 1024) < float("inf"))
show("(2**1024) == 1e308", lambda: (2 ** 1024) == 1e308)
