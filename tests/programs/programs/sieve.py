# Sieve of Eratosthenes, segmented sieve, prime utilities and checks
def sieve(limit):
    if limit < 2:
        return []
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0] = is_prime[1] = 0
    for p in range(2, int(limit ** 0.5) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = bytearray(len(range(p * p, limit + 1, p)))
    return [i for i, flag in enumerate(is_prime) if flag]
primes = sieve(100)
print(primes, len(primes))
big = sieve(200000)
print(len(big), big[-5:], sum(big) % 1000000007)
def segmented(lo, hi, base):
    mark = [True] * (hi - lo)
    for p in base:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            mark[m - lo] = False
    return [lo + i for i, ok in enumerate(mark) if ok and lo + i > 1]
print(segmented(1000000, 1000200, sieve(1001)))
def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin primes:", twins)
gaps = {}
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("largest gap below 200000:", max(gaps), "most common gap:", max(gaps, key=gaps.get))
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes)) for n in range(4, 41, 6)}
print(goldbach)
print(sieve(0), sieve(1), sieve(2), sieve(3))
