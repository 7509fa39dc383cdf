# statistics: exact sums and result types, infinities and NaNs, the float helpers (fmean with
# weights, covariance, correlation, linear_regression) and NormalDist's full API.
import math
import pickle
import statistics as st
from fractions import Fraction as F

inf, nan = math.inf, math.nan


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = {
    'ints': [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
    'big': [10 ** 18 + k for k in (1, 3, 4, 9)],
    'floats': [0.1, 0.7, 1e-9, 3.25, 2.0 / 3.0, 1e6],
    'fracs': [F(1, 3), F(2, 7), F(-5, 9), F(11, 4)],
    'mixed': [1, 2.5, F(1, 2), 7],
    'bools': [True, False, True, True],
    'tiny': [5e-324, 1e-320, 2e-310],
}
for name, data in samples.items():
    print(name)
    for fn in (st.mean, st.median, st.median_low, st.median_high, st.variance, st.pvariance,
               st.stdev, st.pstdev, st.fmean, st.median_grouped):
        attempt('  ' + fn.__name__, lambda: fn(data))
    attempt('  quantiles', lambda: (st.quantiles(data), st.quantiles(data, n=5, method='inclusive')))
    attempt('  centred', lambda: (st.variance(data, 1), st.pvariance(data, 0.5), st.stdev(data, F(1, 2))))
for data in ([inf, 1], [1, 2, -inf], [inf, -inf, 3], [nan, 1, 2], [inf, inf]):
    attempt(repr(data), lambda: (st.mean(data), st.variance(data), st.pvariance(data), st.NormalDist.from_samples(data)))
    attempt('  stdev', lambda: st.stdev(data))
attempt('variance one inf', lambda: st.variance([inf]))
attempt('pvariance one inf', lambda: st.pvariance([inf]))
attempt('mean str', lambda: st.mean(['1', '2']))
attempt('mean frac float', lambda: st.mean([F(1, 2), 0.25]))
attempt('variance int exact', lambda: (st.variance([1, 2, 3, 4, 5]), st.variance([1, 2, 3, 4])))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([0, 5]),
      st.harmonic_mean([60, 40], weights=[F(1, 2), 2]))
attempt('harmonic negative weight', lambda: st.harmonic_mean([1, 2], weights=[-1, 1]))
attempt('harmonic zero weights', lambda: st.harmonic_mean([1, 2], weights=[0, 0]))
attempt('harmonic weights size', lambda: st.harmonic_mean([1, 2], weights=[1]))
attempt('harmonic single str', lambda: st.harmonic_mean(['a']))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([0, 4]), st.geometric_mean([F(1, 2), 2]), st.geometric_mean(iter([1.5, 6])))
attempt('geometric negative', lambda: st.geometric_mean([1, -2]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=F(1, 4)),
      st.median_grouped([52, 52, 53, 54], 0.5))
attempt('median_grouped str', lambda: st.median_grouped(['x', 'y']))
print(st.mode([1, 1, 2, 3, 3]), st.mode(['red', 'blue', 'blue', 'red']), st.multimode([1, 1, 2, 2, 3]), st.multimode('mississippi'))
print(st.quantiles([1, 2], n=7), st.quantiles(range(100), n=3), st.quantiles([F(1), F(3)], n=4, method='inclusive'))
attempt('quantiles method', lambda: st.quantiles([1, 2, 3], method='median'))
print(st.fmean([1, 2, 3], [0.25, 0.25, 0.5]), st.fmean(iter([1e20, 1, -1e20])), st.fmean((x for x in [1, 2])),
      st.fmean([F(1, 3), 0.5], [2, 1]), st.fmean([10 ** 30, 3], [1, 1]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1, 18.0, 20.2]
print(st.covariance(x, y), st.covariance(y, x), st.correlation(x, y), st.correlation(x, y, method='ranked'))
print(st.correlation([1, 2, 2, 3], [1, 3, 3, 5], method='ranked'), st.correlation([0.1, 0.2, 0.7], [1e10, 3e10, 2e10]))
print(st.linear_regression(x, y), st.linear_regression(x, y, proportional=True),
      st.linear_regression([1, 2, 4], [3, 5, 8], proportional=True), st.linear_regression([1, 2], [3, 5]))
attempt('correlation constant', lambda: st.correlation([1, 2, 3], [5, 5, 5]))
attempt('regression constant', lambda: st.linear_regression([2, 2, 2], [1, 2, 3]))
attempt('covariance short', lambda: st.covariance([1], [2]))

nd = st.NormalDist(10, 2.5)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print([nd.inv_cdf(p) for p in (1e-300, 1e-12, 0.001, 0.02425, 0.3, 0.5, 0.7, 0.975, 1 - 1e-12)])
print(nd.quantiles(), nd.quantiles(10), st.NormalDist().quantiles(3))
print(nd.pdf(10), nd.pdf(3), nd.cdf(10), nd.cdf(2), nd.cdf(25), nd.zscore(15))
# overlap goes through math.erf, whose last bits differ between pyvm and CPython: 12 places
print([round(value, 12) for value in (nd.overlap(st.NormalDist(12, 2.5)), nd.overlap(st.NormalDist(4, 7)),
                                      st.NormalDist(4, 7).overlap(nd), nd.overlap(nd))])
print(nd.samples(5, seed=42), st.NormalDist(0, 0).samples(2, seed=1), len(nd.samples(3)))
print(nd + 5, 5 + nd, nd - 1, 1 - nd, nd * -3, -3 * nd, nd / 2, -nd, +nd)
print(nd + st.NormalDist(1, 6), nd - st.NormalDist(1, 6), nd == st.NormalDist(10.0, 2.5), nd == 10, hash(nd) == hash(st.NormalDist(10, 2.5)))
print(st.NormalDist.from_samples([2, 4, 4, 4, 5, 5, 7, 9]), st.NormalDist.from_samples(iter([1.5, 2.5, F(7, 2)])))
print(pickle.loads(pickle.dumps(nd)) == nd, nd.__getstate__(), st.NormalDist('3', True))
for label, make in [('sigma negative', lambda: st.NormalDist(0, -1e-9)), ('inv_cdf 0', lambda: nd.inv_cdf(0)),
                    ('inv_cdf 1', lambda: nd.inv_cdf(1.0)), ('pdf flat', lambda: st.NormalDist(1, 0).pdf(1)),
                    ('zscore flat', lambda: st.NormalDist(1, 0).zscore(1)), ('inv_cdf flat', lambda: st.NormalDist(1, 0).inv_cdf(0.2)),
                    ('overlap type', lambda: nd.overlap(3)), ('overlap flat', lambda: nd.overlap(st.NormalDist(1, 0))),
                    ('divide by dist', lambda: nd / st.NormalDist()), ('from one', lambda: st.NormalDist.from_samples([1]))]:
    attempt(label, make)
