# Floor division, modulo and true division with every sign combination
for a in (7, -7):
    for b in (2, -2):
        print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   {a:>3} / {b:>2} = {a / b}")
print(0 // 5, 0 % 5, 0 // -5, 0 % -5, -0 // 5)
print(1 // 3, -1 // 3, 1 % 3, -1 % 3, 1 % -3, -1 % -3)
print(10 ** 20 // 3, -(10 ** 20) // 3, 10 ** 20 % -3, -(10 ** 20) % 3)
print(7 / 7, type(7 / 7).__name__, 1 / 3, 2 / 3, -1 / 3, 10 / 4, 2 ** 60 / 2)
print(5 // 1, 5 % 1, -5 // 1, -5 % 1)
print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17, 5))
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5)]:
    q, r = divmod(a, b)
    print(a, b, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
print(True // 2, True % 2, 9 // True)
print((2 ** 100 + 1) // 2 ** 50, (2 ** 100 + 1) % 2 ** 50)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, 7 // 2.0)
print(round(1e22 / 3), 10 ** 22 // 3)
print(3 / 2 * 2, 3 // 2 * 2, -3 // 2 * 2)
print(2 ** 53 + 1, (2 ** 53 + 1) / 1, int((2 ** 53 + 1) / 1))
try:
    5 // 0
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    5 / 0
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
print(-2 ** 2 // 3, (-2) ** 2 // 3, 17 % 5 % 3, 100 // 7 // 2)
