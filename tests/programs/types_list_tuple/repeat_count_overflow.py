# Sequence repeat counts (seq * n, n * seq, *=, operator.mul/imul) for str, bytes, bytearray,
# list, tuple and array.array: huge positive and negative ints and __index__ objects raise
# OverflowError ("cannot fit 'X' into an index-sized integer"), too-long results MemoryError or
# OverflowError as CPython; folded constants ("ab" * -2**64 in source) the same.
import operator
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
big = 2**64
vals = [big, -big, 2**63, -2**63, 2**63-1, Idx(big), Idx(-big), Idx(3), Idx(-1), True]
seqs = [lambda: 'ab', lambda: b'ab', lambda: bytearray(b'ab'), lambda: [1, 2], lambda: (1, 2)]
try:
    import array
    seqs.append(lambda: array.array('b', [1, 2]))
except ImportError:
    pass
def show(tag, f):
    try:
        r = f()
        print(tag, 'ok', type(r).__name__, len(r) if len(r) < 100 else 'big')
    except Exception as e:
        print(tag, type(e).__name__, e)
for mk in seqs:
    name = type(mk()).__name__
    for v in vals:
        vn = type(v).__name__ + ':' + (str(v.v) if isinstance(v, Idx) else str(v))
        show(f'{name} * {vn}', lambda: mk() * v)
        show(f'{vn} * {name}', lambda: v * mk())
        show(f'mul {name} {vn}', lambda: operator.mul(mk(), v))
        show(f'imul {name} {vn}', lambda: operator.imul(mk(), v))
        def inplace():
            s = mk(); s *= v; return s
        show(f'*= {name} {vn}', inplace)
    show(f'{name} * 1.5', lambda: mk() * 1.5)
    show(f'{name} * "x"', lambda: mk() * "x")
    show(f'{name} * Idx("x")', lambda: mk() * Idx("x"))
for mk in seqs:
    name = type(mk()).__name__
    show(f'mem {name}', lambda: mk() * (2**62))
    show(f'mem2 {name}', lambda: mk() * (2**40))
def mem3():
    s = [1, 2]; s *= 2**62; return s
show('mem3', mem3)
print('ab' * -2**64 if False else 'done')
def t(f):  # constant-folded operands
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'ab' * -2**64)
t(lambda: '' * 2**64)
t(lambda: '' * -2**64)
t(lambda: b'' * 2**64)
t(lambda: () * 2**64)
t(lambda: (1,) * 2**64)
t(lambda: 2**64 * 'ab')
t(lambda: -2**64 * '')
t(lambda: '' * -5)
t(lambda: 'ab' * -2**63)
t(lambda: [] * 2**64)
t(lambda: 'x' * 3)
