"""Integer helpers of the decimal module: digit counts, dropping digits under a rounding mode,
and the fixed-point series behind exp, ln and log10.

Fixed point: a real v is held as the int round-down(v * 10**p) for a working precision p.
The transcendental functions are computed at a precision a few digits above the context's and
checked (decimal.py) that the error interval rounds to one result, else retried with more
digits: the results are correctly rounded, as the specification requires."""

__all__ = ()


_POW10 = [10 ** i for i in range(1101)]


def ndigits(n):
    """Number of decimal digits of the int n >= 0 (1 for 0), from its bit length: with b bits,
    floor(b * 1233 / 4096) is at most the digit count and at most two short of it."""
    if n < 10:
        return 1
    k = (n.bit_length() * 1233) >> 12
    if k >= 1099:
        return len(str(n))
    if n >= _POW10[k]:
        k += 1
        if n >= _POW10[k]:
            k += 1
    return k


def drop_digits(sign, coef, drop, mode):
    """coef with its low `drop` (> 0) digits removed under rounding mode `mode` (the name of a
    ROUND_* constant), and whether the removed part was non-zero."""
    if drop > 19 and drop > ndigits(coef) + 1:
        # Everything goes, and what goes is below half of one unit of the kept digits.
        q, rest = 0, 1 if coef else 0
    else:
        unit = _POW10[drop] if drop < 1101 else 10 ** drop
        q, r = divmod(coef, unit)
        if r == 0:
            return q, False
        half = unit >> 1
        rest = 1 if r < half else (2 if r == half else 3)
    if rest == 0:
        return q, False
    if mode == 'ROUND_HALF_EVEN':
        up = rest == 3 or (rest == 2 and q & 1)
    elif mode == 'ROUND_DOWN':
        up = False
    elif mode == 'ROUND_HALF_UP':
        up = rest >= 2
    elif mode == 'ROUND_UP':
        up = True
    elif mode == 'ROUND_HALF_DOWN':
        up = rest == 3
    elif mode == 'ROUND_CEILING':
        up = not sign
    elif mode == 'ROUND_FLOOR':
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def rounds_up_on_overflow(sign, mode):
    """Whether an overflowing result becomes Infinity (else the largest finite number)."""
    if mode in ('ROUND_DOWN', 'ROUND_05UP'):
        return False
    if mode == 'ROUND_CEILING':
        return not sign
    if mode == 'ROUND_FLOOR':
        return bool(sign)
    return True


def _atanh_inv(k, p):
    """atanh(1/k) in fixed point p."""
    one = 10 ** p
    term = one // k
    total = term
    kk = k * k
    n = 1
    while term:
        term //= kk
        n += 2
        total += term // n
    return total


_CONST = {}


def ln2(p):
    v = _CONST.get(('ln2', p))
    if v is None:
        v = _CONST['ln2', p] = (2 * _atanh_inv(3, p + 5)) // 10 ** 5
    return v


def ln10(p):
    v = _CONST.get(('ln10', p))
    if v is None:
        q = p + 5
        v = (6 * _atanh_inv(3, q) + 2 * _atanh_inv(9, q)) // 10 ** 5
        _CONST['ln10', p] = v
    return v


def atanh_fixed(z, p):
    """atanh(z) for the fixed-point z (|z| < 1/2) at precision p."""
    if z < 0:
        return -atanh_fixed(-z, p)
    one = 10 ** p
    z2 = z * z // one
    term = z
    total = z
    n = 1
    while term:
        term = term * z2 // one
        n += 2
        total += term // n
    return total


def exp_fixed(r, p):
    """exp(r) for the fixed-point r (|r| <= 1.2) at precision p (error a few units)."""
    q = p + 8
    one = 10 ** q
    x = (r * 10 ** 8) >> 10          # r / 1024
    term = one
    total = one
    n = 0
    while term:
        n += 1
        term = term * x // (one * n)
        total += term
    for _ in range(10):
        total = total * total // one
    return total // 10 ** 8


def ln_fixed(coef, exp10, p):
    """ln(coef * 10**exp10) (coef > 0) at fixed precision p, error a few units."""
    q = p + 6
    L = ndigits(coef)
    k = exp10 + L - 1               # value = m * 10**k, 1 <= m < 10
    # m / 2**j in [0.75, 1.5)
    j = 0
    den = 10 ** (L - 1)
    while coef * 4 >= den * 6:
        den *= 2
        j += 1
    z = (coef - den) * 10 ** q // (coef + den)
    total = 2 * atanh_fixed(z, q)
    g = len(str(abs(k))) + 2
    total += (j * ln2(q + 2)) // 100
    if k:
        total += (k * ln10(q + g)) // 10 ** g
    return total // 10 ** 6
