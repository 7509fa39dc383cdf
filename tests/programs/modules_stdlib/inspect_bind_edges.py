# inspect: Signature.bind/bind_partial with positional-only names given as keywords, missing-argument texts, __signature__ of a wrong type.
import inspect
def h(a, /, b): pass
def h2(a, /, **kw): pass
def h4(a, /, b=1, **kw): pass
def h5(a=1, /, *, k): pass
for fn, a, k in [(h, (), {'a': 1, 'b': 2}), (h, (), {'a': 1}), (h2, (), {'a': 1}), (h4, (), {'a': 1}), (h4, (1,), {'a': 1}), (h5, (), {'a': 1, 'k': 2}), (h5, (), {'a': 1}), (h, (1,), {})]:
    for part in (False, True):
        try:
            s = inspect.signature(fn)
            print(s.bind_partial(*a, **k) if part else s.bind(*a, **k))
        except TypeError as e:
            print('TypeError', e)
def bad(): pass
bad.__signature__ = 42
try:
    inspect.signature(bad)
except TypeError as e:
    print('TypeError', e)
import inspect
def h(a, b, /, **k): pass
def h6(a, b, /): pass
try: inspect.signature(h6).bind(a=1, b=2)
except TypeError as e: print(e)
try: inspect.signature(h6).bind(1, a=1, b=2)
except TypeError as e: print(e)
