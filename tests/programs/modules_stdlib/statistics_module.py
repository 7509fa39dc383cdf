# statistics: averages, spread and two-variable relations on ints, floats and Fractions, with the
# exact-then-convert result types and the errors CPython gives.
import math
import statistics as st
from fractions import Fraction as F

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [0.1, 0.2, 0.3, 0.4, 1e-3, 2.5]
fracs = [F(1, 2), F(1, 3), F(5, 6)]
for data in (ints, floats, fracs, [1, 2, 3], [1.5, 2, 3]):
    print(repr(st.mean(data)), repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)),
          repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)), repr(st.pstdev(data)),
          repr(st.fmean(data)), repr(st.harmonic_mean(data)), repr(st.geometric_mean(data)))
print(st.mode('abracadabra'), st.mode([1, 1, 2, 2]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]),
      st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2),
      st.quantiles(range(1, 11)), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10, method='inclusive'), st.quantiles([5], n=3))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.harmonic_mean([40, 60], weights=[5, 30]), st.variance(ints, st.mean(ints)),
      st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.correlation(x, y, method='ranked'),
      st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(st.mean([1e300, 1e300]), st.mean([math.inf, 1]), math.isnan(st.mean([math.nan, 1])), st.variance([1e9 + 1, 1e9 + 2, 1e9 + 3]),
      st.stdev([F(1), F(2), F(4)]), st.mean(iter([1, 2, 3, 4])), st.mean([True, False, True]))
for v in ([10 ** 20 + i for i in range(5)], [0.1] * 10, [1, 3]):
    print(repr(st.stdev(v)), repr(st.pstdev(v)), repr(st.variance(v)))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.pdf(100), 12), round(nd.cdf(115), 12), nd.zscore(130), nd + 5, nd * 2,
      nd + st.NormalDist(0, 20), st.NormalDist.from_samples([1, 2, 3, 4, 5]))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.variance([1]), lambda: st.pstdev([]), lambda: st.mode([]),
            lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([]), lambda: st.quantiles([1, 2], n=0),
            lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [1]), lambda: st.linear_regression([1, 1], [2, 3]),
            lambda: st.fmean([]), lambda: st.NormalDist(0, -1)]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print('StatisticsError', e, isinstance(e, ValueError))
