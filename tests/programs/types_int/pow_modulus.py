# Exponentiation, modular pow, and modular inverse
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 4, 0 ** 0, 0 ** 5, 1 ** 1000)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3, type(2 ** -1).__name__)
print(pow(2, 10, 1000), pow(7, 128, 13), pow(123456789, 987654321, 1000000007))
print(pow(2, 0, 1), pow(5, 3, 1), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 11), pow(3, -2, 11), pow(7, -1, 40), pow(-3, -1, 11))
inv = pow(17, -1, 3120)
print(inv, 17 * inv % 3120)
def modexp(b, e, m):
    result = 1
    b %= m
    while e:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
print(all(modexp(b, e, m) == pow(b, e, m) for b in range(1, 20) for e in range(0, 30, 7) for m in (2, 7, 97)))
print(pow(2, 521, 2 ** 521 - 1), pow(3, 2 ** 521 - 2, 2 ** 521 - 1) * 3 % (2 ** 521 - 1))
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(100) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(10 ** 18 + 9))
for args in [(2, -1, 4), (0, -1, 7), (2, 5, 0)]:
    try:
        pow(*args)
    except ValueError as e:
        print(args, type(e).__name__ + ":", e)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 0.5 if False else -(2 ** 2))
