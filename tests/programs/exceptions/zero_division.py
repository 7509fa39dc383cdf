# ZeroDivisionError and related arithmetic error messages
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("1j / 0", lambda: 1j / 0),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("10**400 / 0", lambda: 10 ** 400 / 0),
    ("True / False", lambda: True / False),
    ("(-8) ** (1/3) type", lambda: type((-8) ** (1 / 3)).__name__),
    ("10**400 / 1", lambda: 10 ** 400 / 1),
    ("float(10**400)", lambda: float(10 ** 400)),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("int(float('nan'))", lambda: int(float("nan"))),
]
for text, fn in cases:
    try:
        print(f"{text:20} = {fn()!r}")
    except ArithmeticError as e:
        print(f"{text:20} ! {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"{text:20} ! {type(e).__name__}: {e}")
import math
for text, fn in [("math.sqrt(-1)", lambda: math.sqrt(-1)), ("math.log(0)", lambda: math.log(0)),
                 ("math.exp(1000)", lambda: math.exp(1000)), ("math.factorial(-1)", lambda: math.factorial(-1))]:
    try:
        print(text, fn())
    except (ValueError, OverflowError) as e:
        print(f"{text} ! {type(e).__name__}: {e}")
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__base__.__name__)
