"""Pseudo-random numbers (the documented random module).

Written from the documentation (docs.python.org/3.13/library/random.html). The generator core
(Mersenne Twister, seeding, random(), getrandbits()) is the native _random.Random; this file adds
everything built on it. Programs seed a generator and compare what it draws with CPython, so
every method below consumes the core's output in the same order and with the same float
arithmetic as CPython 3.13; the algorithms are the published ones named in each method.

Integers below n are drawn one of two ways: from getrandbits() by rejection (draw bit_length(n)
bits until the value is below n), or, for a subclass that supplies only random(), from floats
by rejection. A subclass gets the way that matches the nearest of getrandbits()/random() it
defines (see __init_subclass__); the chosen function is stored as `_randbelow`, the name secrets
uses.
"""

import _random
import math as _math
from _collections_abc import Sequence as _SequenceABC
from bisect import bisect as _insertion_point
from itertools import accumulate as _running_totals
from operator import index as _as_int
from os import urandom as _urandom

__all__ = ["Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices",
           "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
           "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
           "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
           "weibullvariate"]

# Documented module constants.
NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
TWOPI = _math.tau
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
BPF = 53                 # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

_FLOAT_RANGE = 1 << BPF  # how many distinct values random() returns
_STEP_ONE = 1            # randrange's default step, recognised by identity
_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)
_NOT_ENOUGH_BITS = ("Underlying random() generator does not supply \n"
                    "enough bits to choose from a population range this large.\n"
                    "To remove the range limitation, add a getrandbits() method.")


def _legacy_text_seed(text):
    """Version-1 seeding of a str or bytes: the integer Python 2's string hash gave."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    value = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        value = ((1000003 * value) ^ code) & 0xFFFFFFFFFFFFFFFF
    value ^= len(text)
    return -2 if value == -1 else value


class Random(_random.Random):
    """Random number generator: subclass it and override random() (and optionally
    getrandbits(), seed(), getstate(), setstate()) to use another core generator."""

    VERSION = 3     # the version getstate() writes

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        for klass in cls.__mro__:
            defined = vars(klass)
            if '_randbelow' in defined:
                return
            if 'getrandbits' in defined:
                cls._randbelow = Random._below_from_bits
                return
            if 'random' in defined:
                cls._randbelow = Random._below_from_floats
                return

    # ---- seeding and state ------------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialise the generator from a (None: from the system's entropy source)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _legacy_text_seed(a)
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are:\n'
                            'None, int, float, str, bytes, and bytearray.')
        # str, bytes and bytearray (version 2) are hashed with SHA-512 by the native seed.
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        _, core, self.gauss_next = state
        if version == 2:
            # Version 2 states stored the words as signed values.
            try:
                core = tuple(word % (2 ** 32) for word in core)
            except ValueError as e:
                raise TypeError from e
        super().setstate(core)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # ---- integers -----------------------------------------------------------------------------

    def _below_from_bits(self, n):
        width = n.bit_length()
        value = self.getrandbits(width)
        while value >= n:
            value = self.getrandbits(width)
        return value

    def _below_from_floats(self, n):
        if n >= _FLOAT_RANGE:
            from warnings import warn
            warn(_NOT_ENOUGH_BITS)
            return _math.floor(self.random() * n)
        # Accept only floats below the largest multiple of n that fits, so every residue is
        # equally likely.
        cutoff = (_FLOAT_RANGE - _FLOAT_RANGE % n) / _FLOAT_RANGE
        value = self.random()
        while value >= cutoff:
            value = self.random()
        return _math.floor(value * _FLOAT_RANGE) % n

    _randbelow = _below_from_bits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_STEP_ONE):
        """A random element of range(start, stop, step), without building the range."""
        low = _as_int(start)
        if stop is None:
            if step is not _STEP_ONE:
                raise TypeError("Missing a non-None stop argument")
            if low > 0:
                return self._randbelow(low)
            raise ValueError("empty range for randrange()")
        span = _as_int(stop) - low
        stride = _as_int(step)
        if stride == 1:
            if span > 0:
                return low + self._randbelow(span)
            raise ValueError(f"empty range in randrange({start}, {stop})")
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = -(-span // stride)          # ceil(span / stride), either sign
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random integer in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    # ---- sequences ----------------------------------------------------------------------------

    def choice(self, seq):
        """A random element of the non-empty sequence seq."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates, from the end)."""
        for top in range(len(x) - 1, 0, -1):
            other = self._randbelow(top + 1)
            x[top], x[other] = x[other], x[top]

    def sample(self, population, k, *, counts=None):
        """k distinct elements of population, in selection order (repeated elements may be
        given as counts)."""
        if not isinstance(population, _SequenceABC):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        # Small populations (relative to k): draw from a shrinking copy. Large ones: draw
        # indexes and redraw the ones already taken.
        copy_limit = 21
        if k > 5:
            copy_limit += 4 ** _math.ceil(_math.log(k * 3, 4))
        picked = []
        if size <= copy_limit:
            remaining = list(population)
            for drawn in range(k):
                last = size - drawn - 1
                at = self._randbelow(last + 1)
                picked.append(remaining[at])
                remaining[at] = remaining[last]
        else:
            taken = set()
            while len(picked) < k:
                at = self._randbelow(size)
                if at not in taken:
                    taken.add(at)
                    picked.append(population[at])
        return picked

    def _sample_counted(self, population, size, counts, k):
        bounds = list(_running_totals(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        return [population[_insertion_point(bounds, slot)] for slot in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population chosen with replacement, optionally weighted."""
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_math.floor(self.random() * scale)] for _ in range(k)]
            try:
                cum_weights = list(_running_totals(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError(f'The number of choices must be a keyword argument: k={weights}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _math.isfinite(total):
            raise ValueError('Total of weights must be finite')
        return [population[_insertion_point(cum_weights, self.random() * total, 0, size - 1)]
                for _ in range(k)]

    # ---- continuous distributions ---------------------------------------------------------------

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: the midpoint)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:       # mirror the upper part onto the lower one
            u, split = 1.0 - u, 1.0 - split
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution, by Kinderman and Monahan's ratio of uniforms."""
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller: each pair of uniforms gives two values, the second
        kept for the next call (not thread-safe, as documented)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution (Best and Fisher's rejection method); kappa ~ 0 is uniform."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            z = _math.cos(_math.pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _math.acos(f)) % TWOPI
        return (mu - _math.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta=1.0):
        """Gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_math.log(1.0 - self.random()) * beta
        return self._gamma_ahrens_dieter(alpha) * beta

    def _gamma_cheng(self, alpha):
        # R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters",
        # Applied Statistics 26 (1977): algorithm GB.
        a = _math.sqrt(2.0 * alpha - 1.0)
        b = alpha - LOG4
        c = alpha + a
        while True:
            u1 = self.random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - self.random()
            v = _math.log(u1 / (1.0 - u1)) / a
            x = alpha * _math.exp(v)
            z = u1 * u1 * u2
            r = b + c * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                return x

    def _gamma_ahrens_dieter(self, alpha):
        # Ahrens and Dieter's algorithm GS for 0 < alpha < 1.
        while True:
            b = (_math.e + alpha) / _math.e
            p = b * self.random()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_math.log((b - p) / alpha)
            u = self.random()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x
            elif u <= _math.exp(-x):
                return x

    def betavariate(self, alpha, beta):
        """Beta distribution, as X / (X + Y) for gamma variables X and Y."""
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_math.log(1.0 - self.random())) ** (1.0 / beta)

    # ---- discrete distributions -----------------------------------------------------------------

    def binomialvariate(self, n=1, p=0.5):
        """Number of successes in n independent trials each succeeding with probability p."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        if n == 1:
            return int(self.random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            return self._binomial_by_gaps(n, p)
        return self._binomial_btrs(n, p)

    def _binomial_by_gaps(self, n, p):
        # Count successes by jumping over the geometric gaps between them (Devroye, "Non-Uniform
        # Random Variate Generation", algorithm BG).
        successes = trials = 0
        log_q = _math.log2(1.0 - p)
        if not log_q:
            return successes
        while True:
            trials += _math.floor(_math.log2(self.random()) / log_q) + 1
            if trials > n:
                return successes
            successes += 1

    def _binomial_btrs(self, n, p):
        # W. Hormann, "The generation of binomial random variates" (1993): transformed
        # rejection with squeeze (BTRS). The acceptance test's constants are computed the first
        # time the quick acceptance fails.
        spq = _math.sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        v_r = 0.92 - 4.2 / b
        slow = None
        while True:
            u = self.random() - 0.5
            us = 0.5 - _math.fabs(u)
            k = _math.floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = self.random()
            if us >= 0.07 and v <= v_r:
                return k
            if slow is None:
                mode = _math.floor((n + 1) * p)
                slow = ((2.83 + 5.1 / b) * spq, _math.log(p / (1.0 - p)), mode,
                        _math.lgamma(mode + 1) + _math.lgamma(n - mode + 1))
            alpha, lpq, mode, h = slow
            v *= alpha / (a / (us * us) + b)
            if _math.log(v) <= h - _math.lgamma(k + 1) - _math.lgamma(n - k + 1) + (k - mode) * lpq:
                return k


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom); it has no seed and no state."""

    def random(self):
        return (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes)) >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system source cannot be seeded."""
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# The module-level functions are the methods of one shared, hidden generator.
_shared = Random()
seed = _shared.seed
random = _shared.random
uniform = _shared.uniform
triangular = _shared.triangular
randint = _shared.randint
choice = _shared.choice
randrange = _shared.randrange
sample = _shared.sample
shuffle = _shared.shuffle
choices = _shared.choices
normalvariate = _shared.normalvariate
lognormvariate = _shared.lognormvariate
expovariate = _shared.expovariate
vonmisesvariate = _shared.vonmisesvariate
gammavariate = _shared.gammavariate
gauss = _shared.gauss
betavariate = _shared.betavariate
binomialvariate = _shared.binomialvariate
paretovariate = _shared.paretovariate
weibullvariate = _shared.weibullvariate
getstate = _shared.getstate
setstate = _shared.setstate
getrandbits = _shared.getrandbits
randbytes = _shared.randbytes
