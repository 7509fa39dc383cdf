# int / int is correctly rounded for every size (including longs above 2**53 and long.MinValue),
# and int/float mixed arithmetic raises OverflowError when the int does not fit in a float.
vals = [1, -1, 3, 7, -7, 10, 2**53 + 1, 2**53 + 8, -(2**53) - 3, 2**62 + 12345, 2**63 - 1, -2**63, 2**63 + 1,
        -2**63 - 1, 10**20 + 7, 3**100, -(5**77)]
for a in vals:
    print(" ".join(repr(a / b) for b in vals))
print(-2**63 / -1, -2**63 / 2**63, 0 / -2**63, (-2**63) / 3)
print(10**400 / 10**399, 10**400 // 3 / 10**399, 1 / 10**400, -1 / 10**400, (2**1074 + 1) / 2**2148)
for expr in ["10**400 + 1.0", "1.0 * 2**1024", "2**1024 - 0.5", "1.5 / 10**400", "10**400 / 1.5", "10**400 < 1e308",
             "10**400 > float('inf')", "2**1024 == float('inf')", "(10**400) / 3", "10**309 / 10**-1 if False else 1"]:
    try:
        print(expr, "->", eval(expr))
    except OverflowError as e:
        print(expr, "!!", type(e).__name__ + ":", e)
# int -> float conversion in mixed arithmetic rounds half to even, like float(int).
for v in [2**80 + 2**27 + 1, 2**80 + 2**27, 2**80 + 3 * 2**27, 2**64 - 1, 2**63 + 2**10 + 1, 2**100 + 2**47 + 1,
          -(2**90 + 2**37 + 5), 2**1023 + 2**970 + 1]:
    print(v + 0.0, float(v), v * 1.0, 0.5 - v, v / 1, v == float(v), v < float(v), v > float(v))
