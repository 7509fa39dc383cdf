# type.__module__ on builtin types (type's own dict holds the __module__ descriptor), and the
# dotted names CPython's messages give builtin types of other modules.
import array
import collections


class A:
    pass


print(type.__module__, int.__module__, object.__module__, type(A).__module__)
print(A.__module__, collections.deque.__module__, array.array.__module__)
print(type(type.__dict__["__module__"]).__name__)
for o in (collections.deque(), collections.defaultdict(), array.array("i"), bytearray(), {}, set(), [A()]):
    try:
        hash(o)
    except TypeError as e:
        print(e)
