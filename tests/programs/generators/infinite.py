# Infinite generators consumed with manual islice-like loops
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
def islice_like(it, start, stop, step=1):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield v
print(take(5, naturals()), take(3, naturals(10)))
print(list(islice_like(naturals(), 2, 12, 3)))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("abc")))
def repeat(v, times=None):
    if times is None:
        while True:
            yield v
    else:
        for _ in range(times):
            yield v
print(take(3, repeat("x")), list(repeat(1, 4)))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)))
def take_while(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
print(list(take_while(lambda x: x * x < 50, naturals())))
def squares():
    for n in naturals(1):
        yield n * n
total = 0
for sq in squares():
    if sq > 200:
        break
    total += sq
print(total)
print(take(4, zip(naturals(), cycle([True, False]))))
def triangle():
    t = 0
    for n in naturals(1):
        t += n
        yield t
print(take(10, triangle()))
