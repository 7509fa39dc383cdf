"""Statistics of numeric data: averages (mean, fmean, geometric and harmonic means, medians,
mode, quantiles), spread (variance, stdev and their population forms), relations between two
variables (covariance, correlation, linear regression) and the normal distribution NormalDist.

pyvm's statistics, written from the Python 3.13 documentation. mean and the variance family
add the data exactly (as integer ratios) and convert once at the end, so results are correctly
rounded and keep the data's type (int data giving a fractional result give a float); the float
helpers (fmean, covariance, correlation, linear_regression) form their dot products exactly and
round once. kde and kde_random are not provided."""

import math
import numbers
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# == exact accumulation =====================================================================

def _ratio_of(value):
    """(numerator, denominator) of value, or None for an infinity or a NaN."""
    try:
        return value.as_integer_ratio()
    except (OverflowError, ValueError):
        return None
    except AttributeError:
        pass
    try:
        return value.numerator, value.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(value).__name__) from None


def _wider(current, other):
    """The result type when values of type other join data of type current."""
    if current is other or other is int or other is bool:
        return current
    if current is int or current is bool:
        return other
    for a, b in ((current, other), (other, current)):
        if issubclass(b, a):
            return b
    for a, b in ((current, other), (other, current)):
        if issubclass(a, int):
            return b
        if issubclass(a, Fraction) and issubclass(b, float):
            return b
    raise TypeError("don't know how to coerce %s and %s" % (current.__name__, other.__name__))


class _Tally:
    """An exact running sum: a Fraction while every value is finite; the float sum of the
    non-finite values once one arrives (which is then the answer)."""

    def __init__(self):
        self.kind = int
        self.count = 0
        self.by_denominator = {}
        self.unbounded = None

    def add(self, value):
        self.kind = _wider(self.kind, type(value))
        self.count += 1
        pair = _ratio_of(value)
        if pair is None:
            self.unbounded = value if self.unbounded is None else self.unbounded + value
        else:
            top, bottom = pair
            self.by_denominator[bottom] = self.by_denominator.get(bottom, 0) + top
        return self

    def total(self):
        if self.unbounded is not None:
            return self.unbounded
        return sum((Fraction(top, bottom) for bottom, top in self.by_denominator.items()),
                   Fraction(0))


def _tally(values):
    tally = _Tally()
    for value in values:
        tally.add(value)
    return tally


def _as_kind(exact, kind):
    """The exact Fraction result as the data's type (a non-integral int result is a float)."""
    if type(exact) is kind:
        return exact
    if issubclass(kind, int) and exact.denominator != 1:
        kind = float
    try:
        return kind(exact)
    except TypeError:
        if issubclass(kind, Fraction):
            return kind(exact.numerator, exact.denominator)
        # Decimal takes no Fraction: divide the two parts under the current context.
        return kind(exact.numerator) / kind(exact.denominator)


def _rounded_sqrt(fraction):
    """sqrt of a non-negative Fraction, correctly rounded to a float."""
    top, bottom = fraction.numerator, fraction.denominator
    if not top:
        return 0.0
    # Take an integer root carrying at least 55 significant bits; a non-exact root gets a
    # sticky low bit so the single rounding in float() goes the right way.
    shift = max(0, (112 - top.bit_length() + bottom.bit_length()) // 2 + 1)
    quotient, remainder = divmod(top << (2 * shift), bottom)
    root = math.isqrt(quotient)
    if remainder or root * root != quotient:
        root |= 1
    return math.ldexp(float(root), -shift)


def _exact_run(pairs):
    """The sum of products of a run of int/float pairs: exact for ints only, else the products
    of the values as floats added exactly and rounded once."""
    if all(type(x) is int and type(y) is int for x, y in pairs):
        return sum(x * y for x, y in pairs)
    exact = Fraction(0)
    for x, y in pairs:
        x, y = float(x), float(y)
        if not (math.isfinite(x) and math.isfinite(y)):
            return sum(float(a) * float(b) for a, b in pairs)
        exact += Fraction(x) * Fraction(y)
    return float(exact)


def _exact_dot(xs, ys):
    """sum(x * y) over the pairs as math.sumprod gives it: the leading int and float pairs
    through _exact_run; from the first other value (a Fraction, ...) on, the values' own
    arithmetic, left to right."""
    pairs = list(zip(xs, ys))
    fast = 0
    while fast < len(pairs) and all(type(v) in (int, float) for v in pairs[fast]):
        fast += 1
    total = _exact_run(pairs[:fast]) if fast else 0
    for x, y in pairs[fast:]:
        total = total + x * y
    return total


def _squares_about(data, center):
    """(type, sum of squared deviations, count): from the exact mean when center is None, else
    from center with the data's own arithmetic."""
    if center is not None:
        tally = _tally((x - center) * (x - center) for x in data)
        return tally.kind, tally.total(), tally.count
    kind, count = int, 0
    sums, squares = {}, {}
    unbounded = None        # the float sum of the infinities and NaNs, which then is the answer
    for value in data:
        kind = _wider(kind, type(value))
        count += 1
        pair = _ratio_of(value)
        if pair is None:
            unbounded = value if unbounded is None else unbounded + value
            continue
        top, bottom = pair
        sums[bottom] = sums.get(bottom, 0) + top
        squares[bottom * bottom] = squares.get(bottom * bottom, 0) + top * top
    if unbounded is not None:
        return float, float(unbounded), count
    if not count:
        return kind, Fraction(0), 0
    sx = sum(Fraction(t, b) for b, t in sums.items())
    sxx = sum(Fraction(t, b) for b, t in squares.items())
    return kind, (count * sxx - sx * sx) / count, count


# == averages ================================================================================

def mean(data):
    """The arithmetic mean, computed exactly and returned in the data's type."""
    tally = _tally(data)
    if tally.count < 1:
        raise StatisticsError('mean requires at least one data point')
    total = tally.total()
    if isinstance(total, float):
        return total
    return _as_kind(total / tally.count, tally.kind)


def fmean(data, weights=None):
    """The mean as a float (weighted when weights are given); faster than mean()."""
    if weights is None:
        try:
            size = len(data)
        except TypeError:
            seen = [0]          # count while fsum consumes: each value is dropped as it is used

            def counted(values):
                for seen[0], value in enumerate(values, 1):
                    yield value
            total = math.fsum(counted(data))
            size = seen[0]
        else:
            total = math.fsum(data)
        if not size:
            raise StatisticsError('fmean requires at least one data point')
        return total / size
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    data = list(data)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    weighted = _exact_dot(data, weights)
    divisor = math.fsum(weights)
    if not divisor:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / divisor


def geometric_mean(data):
    """The geometric mean as a float, through the mean of the logarithms."""
    size, zero = 0, False
    logs = []
    for value in data:
        size += 1
        if value > 0.0 or math.isnan(value):
            logs.append(math.log(value))
        elif value == 0.0:
            zero = True
        else:
            raise StatisticsError('No negative inputs allowed', value)
    total = math.fsum(logs)
    if not size:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(total):
        return math.nan
    if zero:
        return math.nan if total == math.inf else 0.0
    return math.exp(total / size)


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean; 0 when a value is 0."""
    negative = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    size = len(data)
    if size < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if size == 1 and weights is None:
        only = data[0]
        if not isinstance(only, numbers.Real):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * size
        weight_total = size
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        if any(w < 0 for w in weights):
            raise StatisticsError(negative)
        weight_total = _tally(weights).total()
    tally = _Tally()
    for w, x in zip(weights, data):
        if x < 0:
            raise StatisticsError(negative)
        if w:
            if not x:
                return 0
            tally.add(w / x)
        else:
            tally.add(0)
    denominator = tally.total()
    if denominator <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_kind(weight_total / denominator, tally.kind)


def _ordered(data):
    values = sorted(data)
    if not values:
        raise StatisticsError('no median for empty data')
    return values, len(values)


def median(data):
    """The middle value; the mean of the two middle values for an even count."""
    values, size = _ordered(data)
    half = size // 2
    if size % 2:
        return values[half]
    return (values[half - 1] + values[half]) / 2


def median_low(data):
    """The middle value; the smaller middle value for an even count."""
    values, size = _ordered(data)
    return values[(size - 1) // 2]


def median_high(data):
    """The middle value; the larger middle value for an even count."""
    values, size = _ordered(data)
    return values[size // 2]


def median_grouped(data, interval=1.0):
    """The median of continuous data grouped in classes of width interval, by interpolation
    inside the class holding the middle value."""
    values, size = _ordered(data)
    middle = values[size // 2]
    below = bisect_left(values, middle)
    within = bisect_right(values, middle, below) - below
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (size / 2 - below) / within


def mode(data):
    """The most common value (the first one met when several tie)."""
    ranking = Counter(iter(data)).most_common(1)
    if not ranking:
        raise StatisticsError('no mode for empty data')
    return ranking[0][0]


def multimode(data):
    """All the most common values, in the order first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, times in counts.items() if times == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    values = sorted(data)
    size = len(values)
    if size < 2:
        if size == 1:
            return values * (n - 1)
        raise StatisticsError('must have at least one data point')
    if method not in ('inclusive', 'exclusive'):
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for i in range(1, n):
        if method == 'inclusive':
            j, delta = divmod(i * (size - 1), n)
            low, high = values[j], values[j + 1]
        else:
            j = min(max(i * (size + 1) // n, 1), size - 1)
            delta = i * (size + 1) - j * n
            low, high = values[j - 1], values[j]
        cuts.append((low * (n - delta) + high * delta) / n)
    return cuts


# == spread ===================================================================================

def _spread(data, center, bias, label):
    kind, squares, count = _squares_about(data, center)
    if count < bias + 1:
        need = 'at least one data point' if bias == 0 else 'at least two data points'
        raise StatisticsError('%s requires %s' % (label, need))
    return kind, squares, count - bias


def variance(data, xbar=None):
    """Sample variance (divisor n - 1); xbar is the data's mean if known."""
    kind, squares, divisor = _spread(data, xbar, 1, 'variance')
    return _as_kind(squares / divisor, kind)


def pvariance(data, mu=None):
    """Population variance (divisor n); mu is the data's mean if known."""
    kind, squares, divisor = _spread(data, mu, 0, 'pvariance')
    return _as_kind(squares / divisor, kind)


def _root_of_mean_square(squares, divisor):
    # With infinities or NaNs in the data squares is a float, which has no numerator: CPython
    # 3.13 fails the same way (AttributeError).
    return _rounded_sqrt(squares / divisor)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    kind, squares, divisor = _spread(data, xbar, 1, 'stdev')
    return _root_of_mean_square(squares, divisor)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    kind, squares, divisor = _spread(data, mu, 0, 'pstdev')
    return _root_of_mean_square(squares, divisor)


# == two variables ============================================================================

def _paired(x, y, label):
    size = len(x)
    if len(y) != size:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % label)
    if size < 2:
        raise StatisticsError('%s requires at least two data points' % label)
    return size


def _centred(values, size):
    centre = math.fsum(values) / size
    return centre, [v - centre for v in values]


def covariance(x, y, /):
    """Sample covariance of the two inputs."""
    size = _paired(x, y, 'covariance')
    _, dx = _centred(x, size)
    _, dy = _centred(y, size)
    return _exact_dot(dx, dy) / (size - 1)


def _tied(a, b):
    return a is b or a == b


def _average_ranks(values):
    """Rank 1 for the smallest value; tied values share the mean of their ranks."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        stop = start + 1
        while stop < len(order) and _tied(values[order[stop]], values[order[start]]):
            stop += 1
        shared = (start + stop + 1) / 2
        for position in order[start:stop]:
            ranks[position] = shared
        start = stop
    return ranks


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient, or Spearman's when method is 'ranked'."""
    size = _paired(x, y, 'correlation')
    if method not in ('linear', 'ranked'):
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        x, y = _average_ranks(x), _average_ranks(y)
    _, dx = _centred(x, size)
    _, dy = _centred(y, size)
    sxx, syy = _exact_dot(dx, dx), _exact_dot(dy, dy)
    if not sxx or not syy:
        raise StatisticsError('at least one of the inputs is constant')
    if math.isfinite(sxx) and math.isfinite(syy):
        root = _rounded_sqrt(Fraction(sxx) * Fraction(syy))
    else:
        root = math.sqrt(sxx * syy)
    return _exact_dot(dx, dy) / root


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line y = slope * x + intercept (intercept 0
    when proportional)."""
    size = _paired(x, y, 'linear regression')
    if proportional:
        dx, dy = list(x), list(y)
    else:
        xbar, dx = _centred(x, size)
        ybar, dy = _centred(y, size)
    sxx = _exact_dot(dx, dx) + 0.0      # floats even for int data
    if not sxx:
        raise StatisticsError('x is constant')
    slope = (_exact_dot(dx, dy) + 0.0) / sxx
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# == the normal distribution ==================================================================

# Wichura's algorithm AS 241 (Applied Statistics 37(3), 1988): three rational approximations
# of the inverse of the standard normal CDF, coefficients lowest degree first.
_AS241_CENTRAL = (
    (3.3871328727963666080, 1.3314166789178437745e2, 1.9715909503065514427e3,
     1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4,
     3.3430575583588128105e4, 2.5090809287301226727e3),
    (1.0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
     2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4,
     5.2264952788528545610e3))
_AS241_MIDDLE = (
    (1.42343711074968357734, 4.63033784615654529590, 5.76949722146069140550,
     3.64784832476320460504, 1.27045825245236838258, 2.41780725177450611770e-1,
     2.27238449892691845833e-2, 7.74545014278341407640e-4),
    (1.0, 2.05319162663775882187, 1.67638483018380384940, 6.89767334985100004550e-1,
     1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
     1.05075007164441684324e-9))
_AS241_TAIL = (
    (6.65790464350110377720, 5.46378491116411436990, 1.78482653991729133580,
     2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
     2.71155556874348757815e-5, 2.01033439929228813265e-7),
    (1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
     7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
     2.04426310338993978564e-15))


def _horner(coefficients, r):
    value = 0.0
    for c in reversed(coefficients):
        value = value * r + c
    return value


def _standard_normal_quantile(p):
    q = p - 0.5
    if abs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        return q * _horner(top, r) / _horner(bottom, r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        top, bottom = _AS241_MIDDLE
        r -= 1.6
    else:
        top, bottom = _AS241_TAIL
        r -= 5.0
    x = _horner(top, r) / _horner(bottom, r)
    return -x if q < 0.0 else x


class NormalDist:
    """The normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution whose mu and sigma are the sample's mean and stdev."""
        return cls(*_location_and_scale(data))

    def samples(self, n, *, seed=None):
        """n random draws (reproducible with seed)."""
        import random
        draw = random.random if seed is None else random.Random(seed).random
        mu, sigma = self._mu, self._sigma
        return [mu + sigma * _standard_normal_quantile(draw()) for _ in range(n)]

    def _need_spread(self, what):
        if not self._sigma:
            raise StatisticsError('%s() not defined when sigma is zero' % what)

    def pdf(self, x):
        """Probability density at x."""
        self._need_spread('pdf')
        spread = self._sigma * self._sigma
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * spread)) / math.sqrt(math.tau * spread)

    def cdf(self, x):
        """Probability that a draw is at most x."""
        self._need_spread('cdf')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        """The x with cdf(x) == p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return self._mu + self._sigma * _standard_normal_quantile(p)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely intervals."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area shared by the two probability density functions (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        gap = b._mu - a._mu
        spread_gap = vb - va
        if not spread_gap:     # equal spreads: twice the lower tail at the midpoint
            return 2.0 * NormalDist(abs(gap), 2.0 * a._sigma).cdf(0)
        mixed = a._sigma * b._sigma * math.sqrt(gap * gap + spread_gap * math.log(vb / va))
        x1 = (a._mu * vb - b._mu * va + mixed) / spread_gap
        x2 = (a._mu * vb - b._mu * va - mixed) / spread_gap
        return 1.0 - (abs(b.cdf(x1) - a.cdf(x1)) + abs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._need_spread('zscore')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    # Arithmetic: with a constant it shifts or scales; two independent distributions add.
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, constant):
        return NormalDist(self._mu * constant, self._sigma * abs(constant))

    def __truediv__(self, constant):
        return NormalDist(self._mu / constant, self._sigma / abs(constant))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return (self._mu, self._sigma) == (other._mu, other._sigma)

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state


def _location_and_scale(data):
    data = list(data)
    kind, squares, count = _squares_about(data, None)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    if isinstance(squares, float):
        return squares, squares / squares       # infinities or NaNs: sigma is NaN
    centre = _tally(data).total() / count
    return float(centre), _root_of_mean_square(squares, count - 1)
