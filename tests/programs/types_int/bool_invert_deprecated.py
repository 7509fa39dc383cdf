# ~ on a bool still gives the int's bitwise inversion, with CPython 3.12+'s DeprecationWarning.
import warnings

t, f = True, False
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(~t, ~f, t.__invert__(), ~int(t))
print(len(caught), {w.category.__name__ for w in caught})
print(str(caught[0].message)[:60])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        ~t
    except DeprecationWarning as e:
        print("error:", type(e).__name__)
