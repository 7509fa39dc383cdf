# Division by zero and other float error conditions
cases = [("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0), ("0.0 / 0.0", lambda: 0.0 / 0.0),
         ("1.0 // 0", lambda: 1.0 // 0), ("1.0 % 0.0", lambda: 1.0 % 0.0), ("divmod(1.5, 0)", lambda: divmod(1.5, 0)),
         ("-1.0 / 0.0", lambda: -1.0 / 0.0), ("0.0 ** -1", lambda: 0.0 ** -1), ("(-0.0) ** -1", lambda: (-0.0) ** -1),
         ("0 ** -1.5", lambda: 0 ** -1.5), ("1e308 * 10", lambda: 1e308 * 10), ("1e308 ** 2", lambda: 1e308 ** 2),
         ("10.0 ** 309", lambda: 10.0 ** 309), ("(-8.0) ** (1/3)", lambda: type((-8.0) ** (1 / 3)).__name__),
         ("float('inf') / 0", lambda: float("inf") / 0), ("5 / 1e-320", lambda: 5 / 1e-320),
         ("1 / 5e-324", lambda: 1 / 5e-324), ("int(1e400)", lambda: int(1e400))]
for label, fn in cases:
    try:
        print(f"{label:18} = {fn()!r}")
    except ZeroDivisionError as e:
        print(f"{label:18} ! ZeroDivisionError: {e}")
    except OverflowError as e:
        print(f"{label:18} ! OverflowError")
import math
for label, fn in [("sqrt(-1)", lambda: math.sqrt(-1.0)), ("log(-1)", lambda: math.log(-1)), ("log(0.0)", lambda: math.log(0.0)),
                  ("acos(2)", lambda: math.acos(2)), ("exp(1000)", lambda: math.exp(1000)), ("fmod(1, 0)", lambda: math.fmod(1.0, 0.0)),
                  ("pow(0, -1)", lambda: math.pow(0.0, -1.0)), ("ldexp(1, 2000)", lambda: math.ldexp(1.0, 2000))]:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError) as e:
        print(label, "!", type(e).__name__ + ":", e)
try:
    x = 1.0
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError), issubclass(FloatingPointError, ArithmeticError))
