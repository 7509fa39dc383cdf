"""Binary search over sorted sequences (our implementation, written from the bisect documentation).

bisect_left/bisect_right return an insertion point; insort_left/insort_right insert through the
sequence's own insert(). With key=, key is applied to the probed items (not to x) by the search
functions, and to the new item once by the insort functions.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _window(seq, lo, hi):
    """Validated (lo, hi) when the fast check in the searches fails: indexes converted, the
    errors CPython's C module gives, hi None or -1 meaning len(seq)."""
    if type(lo) is not int:
        lo = _as_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        return lo, len(seq)
    if type(hi) is not int:
        if not hasattr(type(hi), '__index__'):
            raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
        hi = _as_index(hi)
    if hi == -1:
        hi = len(seq)
    return lo, hi


def _as_index(n):
    try:
        return type(n).__index__(n)
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None


# The searches keep the window a[lo:hi] that can still hold the answer and probe its midpoint,
# so the items compared (and the order of __lt__ calls, which programs can observe) are the
# classic ones. Plain ints skip _window: one class test per argument. (`// 2`, not `>> 1`: on
# this VM the shift measured about 25% slower per search.)

def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """First index i in a[lo:hi] with x <= a[i] (hi when none): insert x before its equals."""
    if hi is None:
        hi = len(a)
        if lo.__class__ is not int or lo < 0:
            lo, hi = _window(a, lo, None)
    elif lo.__class__ is not int or hi.__class__ is not int or lo < 0 or hi == -1:
        lo, hi = _window(a, lo, hi)
    if key is None:
        while lo < hi:
            probe = (lo + hi) // 2
            if a[probe] < x:
                lo = probe + 1
            else:
                hi = probe
    else:
        while lo < hi:
            probe = (lo + hi) // 2
            if key(a[probe]) < x:
                lo = probe + 1
            else:
                hi = probe
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """First index i in a[lo:hi] with x < a[i] (hi when none): insert x after its equals."""
    if hi is None:
        hi = len(a)
        if lo.__class__ is not int or lo < 0:
            lo, hi = _window(a, lo, None)
    elif lo.__class__ is not int or hi.__class__ is not int or lo < 0 or hi == -1:
        lo, hi = _window(a, lo, hi)
    if key is None:
        while lo < hi:
            probe = (lo + hi) // 2
            if x < a[probe]:
                hi = probe
            else:
                lo = probe + 1
    else:
        while lo < hi:
            probe = (lo + hi) // 2
            if x < key(a[probe]):
                hi = probe
            else:
                lo = probe + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a before any items equal to it."""
    # The search first, then a.insert looked up (CPython's C insort: a sequence that cannot be
    # indexed raises TypeError from the search, not AttributeError for a missing insert).
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a after any items equal to it."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
