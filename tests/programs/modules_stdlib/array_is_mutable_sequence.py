# array.array is registered as a collections.abc.MutableSequence (CPython's array module does it
# when it is imported), so the ABC checks and the mixin-based code that relies on them see it.
import array
from collections.abc import MutableSequence, Sequence, Reversible, Collection

a = array.array("i", [3, 1, 2])
print(isinstance(a, MutableSequence), isinstance(a, Sequence), isinstance(a, Reversible), isinstance(a, Collection))
print(issubclass(array.array, MutableSequence), issubclass(array.ArrayType, Sequence))
print(list(reversed(a)), a.index(1), a.count(2))
