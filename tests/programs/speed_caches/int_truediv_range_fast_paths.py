# int / int with both operands within +-2**53 (one double division) and range() of machine ints
# (128-bit length): the same values and errors as the general (arbitrary-precision) paths.
import sys

vals = [0, 1, -1, 2, 3, 7, -7, 10, 2**52 - 1, 2**53 - 1, 2**53, 2**53 + 1, -(2**53), -(2**53) - 1,
        2**62, -(2**63), 2**63 - 1, 2**64, 10**20, -(10**20), 123456789012345678]
for a in vals:
    for b in vals:
        try:
            r = a / b
            print(a, b, repr(r))
        except ZeroDivisionError as e:
            print(a, b, "ZeroDivisionError", e)
print(repr(0 / -5), repr(-0 / 5), repr(1 / 3), repr(-1 / 3), repr(2 / 3))
x = 6
x /= 4
print(x)
try:
    (10**400) / 1
except OverflowError as e:
    print("OverflowError", e)

M = sys.maxsize
cases = [(0,), (5,), (-5,), (1, 10), (10, 1), (1, 10, 3), (10, 1, -3), (0, 10, 11), (-M - 1, M),
         (-M - 1, M, 2), (M, -M - 1, -1), (M, -M - 1, -7), (-M, M, M), (0, M, M), (M - 1, M),
         (-M - 1, M, -1), (0, 2**64), (2**64, 0, -1), (-2**63, 2**63, 3)]
for c in cases:
    r = range(*c)
    try:
        n = len(r)
    except OverflowError as e:
        n = "OverflowError"
    print(c, n, r[0] if r else None, r[-1] if r else None, bool(r))
for c in cases[:8]:
    print(list(range(*c)))
print(sum(1 for _ in range(3, 30, 4)), list(reversed(range(1, 10, 2))))
