"""Binary search over sorted sequences (our implementation, written from the bisect documentation).

bisect_left/bisect_right return an insertion point; insort_left/insort_right insert through the
sequence's own insert(). With key=, key is applied to the probed items (not to x) by the search
functions, and to the new item once by the insort functions.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _window(seq, lo, hi):
    """Validated (start, stop) of the searched slice: hi None or -1 means len(seq), as CPython's C module."""
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


# Both searches halve a count of candidates: `first` is the lowest index still possible and
# `count` how many follow it. The probe first + count//2 is the midpoint of the window, so the
# items compared (and the order of __lt__ calls, which programs can observe) are the classic ones.

def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """First index i in a[lo:hi] with x <= a[i] (len when none): insert x before its equals."""
    first, stop = _window(a, lo, hi)
    count = stop - first
    if key is None:
        while count > 0:
            half = count >> 1
            probe = first + half
            if a[probe] < x:
                first = probe + 1
                count -= half + 1
            else:
                count = half
    else:
        while count > 0:
            half = count >> 1
            probe = first + half
            if key(a[probe]) < x:
                first = probe + 1
                count -= half + 1
            else:
                count = half
    return first


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """First index i in a[lo:hi] with x < a[i] (len when none): insert x after its equals."""
    first, stop = _window(a, lo, hi)
    count = stop - first
    if key is None:
        while count > 0:
            half = count >> 1
            probe = first + half
            if x < a[probe]:
                count = half
            else:
                first = probe + 1
                count -= half + 1
    else:
        while count > 0:
            half = count >> 1
            probe = first + half
            if x < key(a[probe]):
                count = half
            else:
                first = probe + 1
                count -= half + 1
    return first


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a before any items equal to it."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a after any items equal to it."""
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
