"""WeakSet (the documented weakref.WeakSet): a set that holds weak references to its members.

Written from the documentation (docs.python.org/3.13/library/weakref.html). The members live
in `data` as weak references whose callback drops them from the set when the member dies; the
callback holds the set itself only weakly, so a WeakSet is not kept alive by its members.
Readers work on a snapshot of `data`, so a member dying meanwhile cannot break an iteration.
Every set operation maps to the same operation on sets of references.
"""

from _weakref import ref
from types import GenericAlias
import _collections_abc

__all__ = ['WeakSet']


def _forgetter(weak_set):
    owner = ref(weak_set)

    def forget(dead):
        target = owner()
        if target is not None:
            target.data.discard(dead)
    return forget


class WeakSet:
    """A set whose members are referenced weakly: a member leaves when nothing else uses it."""

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, data=None):
        self.data = set()
        self._forget = _forgetter(self)
        if data is not None:
            self.update(data)

    def _refs(self, items, watched=False):
        if watched:
            return {ref(item, self._forget) for item in items}
        return {ref(item) for item in items}

    # ---- reading ------------------------------------------------------------------------------

    def __iter__(self):
        for weak in list(self.data):
            member = weak()
            if member is not None:
                yield member

    def __len__(self):
        return sum(1 for weak in list(self.data) if weak() is not None)

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:           # cannot be weakly referenced, so cannot be a member
            return False

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, '__dict__', None)

    def copy(self):
        return type(self)(self)

    # ---- single members ---------------------------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._forget))

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def pop(self):
        while True:
            try:
                weak = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            member = weak()
            if member is not None:
                return member

    def clear(self):
        self.data.clear()

    # ---- in-place set operations -------------------------------------------------------------------

    def update(self, other):
        for item in other:
            self.add(item)

    def difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data -= self._refs(other)

    def intersection_update(self, other):
        self.data &= self._refs(other)

    def symmetric_difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= self._refs(other, watched=True)

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    # ---- set operations giving a new WeakSet --------------------------------------------------------

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __or__ = union
    __sub__ = difference
    __and__ = intersection
    __xor__ = symmetric_difference

    # ---- comparisons -------------------------------------------------------------------------------

    def issubset(self, other):
        return self.data <= self._refs(other)

    def issuperset(self, other):
        return self.data >= self._refs(other)

    def __lt__(self, other):
        return self.data < self._refs(other)

    def __gt__(self, other):
        return self.data > self._refs(other)

    __le__ = issubset
    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)


_collections_abc.MutableSet.register(WeakSet)
