"""Heap queue (priority queue) algorithms on plain lists (the documented heapq module).

Written from the documentation (docs.python.org/3.13/library/heapq.html). A heap is a list with
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; heap[0] is the smallest item. Items are
compared with `<` only.

Programs print heaps, so the layout after each operation must be CPython's. That layout comes
from the two moves below: `_rise` lifts an item toward the root past larger parents; `_sink`
refills a vacated slot by walking the hole down to a leaf along the smaller child (without
comparing against the moving item), puts the item there and lets it rise again. This is the
"bottom-up" order Knuth describes (it needs fewer comparisons on average than stopping early).
Both moves take the comparison as an argument: `<` for the documented min-heaps, reversed `<`
for the max-heaps that merge(reverse=True) and the private max helpers use.
"""

from operator import lt as _less

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _rise(heap, top, pos, before=_less):
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        if not before(item, heap[up]):
            break
        heap[pos] = heap[up]
        pos = up
    heap[pos] = item


def _sink(heap, pos, before=_less):
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        if child + 1 < size and not before(heap[child], heap[child + 1]):
            child += 1
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, start, pos, before)


def _require_list(heap, fname, numbered=True):
    """CPython's _heapq takes lists only (subclasses too): TypeError for anything else."""
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{fname}() argument {'1 ' if numbered else ''}must be list, not {got}")


def heappush(heap, item):
    """Add item to heap, keeping it a heap."""
    if type(heap) is not list:
        _require_list(heap, 'heappush')
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def _take_root(heap, sink):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    root = heap[0]
    heap[0] = last
    sink(heap, 0)
    return root


def _swap_root(heap, item, sink):
    if not heap:
        raise IndexError("index out of range")
    root = heap[0]
    heap[0] = item
    sink(heap, 0)
    return root


def heappop(heap):
    """Remove and return the smallest item of heap."""
    if type(heap) is not list:
        _require_list(heap, 'heappop', False)
    return _take_root(heap, _sink)


def heapreplace(heap, item):
    """Remove and return the smallest item, then add item (the heap must not be empty)."""
    if type(heap) is not list:
        _require_list(heap, 'heapreplace')
    return _swap_root(heap, item, _sink)


def heappushpop(heap, item):
    """Add item, then remove and return the smallest item (faster than the two calls)."""
    if type(heap) is not list:
        _require_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    if type(x) is not list:
        _require_list(x, 'heapify', False)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos)


# ---- max-heaps (heap[0] is the largest) ----------------------------------------------------------

def _reversed_less(a, b):
    return b < a


def _sink_max(heap, pos):
    _sink(heap, pos, _reversed_less)


def _heapify_max(x):
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, pos)


def _heappop_max(heap):
    return _take_root(heap, _sink_max)


def _heapreplace_max(heap, item):
    return _swap_root(heap, item, _sink_max)


# ---- whole-iterable helpers -----------------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator, lazily. Equal items come in the order of
    the iterables they came from."""
    if reverse:
        build, drop, advance, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, drop, advance, sign = heapify, heappop, heapreplace, 1
    # One entry per unfinished input: [sort key, input number, current value, iterator]; the
    # input number (never equal between entries) keeps equal keys in input order.
    fronts = []
    for number, source in enumerate(map(iter, iterables)):
        for value in source:
            fronts.append([value if key is None else key(value), number * sign, value, source])
            break
    build(fronts)
    while len(fronts) > 1:
        front = fronts[0]
        yield front[2]
        for value in front[3]:
            front[0] = value if key is None else key(value)
            front[2] = value
            advance(fronts, front)
            break
        else:
            drop(fronts)
    if fronts:
        yield fronts[0][2]
        yield from fronts[0][3]


def nsmallest(n, iterable, key=None):
    """The n smallest items: the same as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        missing = object()
        best = min(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: the same as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        missing = object()
        best = max(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    return sorted(iterable, key=key, reverse=True)[:n]
