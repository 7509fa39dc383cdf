# isinstance() and issubclass() with tuples, unions, ABCs, and errors
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)), isinstance(1, ()))
print(issubclass(B, A), issubclass(A, A), issubclass(A, (B, object)), issubclass(bool, (str, int)))
print(isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None))
print(issubclass(bool, int | float), issubclass(list, (tuple, (dict, list))))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance([], list), isinstance([], (tuple, set)), isinstance({}, dict), isinstance(A, type))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, object))
from collections.abc import Iterable, Sized, Callable, Hashable, Mapping
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance("s", Sized), isinstance(len, Callable))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance({}, Mapping), issubclass(dict, Mapping))
class Duck:
    def __iter__(self):
        return iter([])
print(isinstance(Duck(), Iterable), issubclass(Duck, Iterable))
for args in [(1, 1), (1, "int"), (1, (int, "x"))]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
for args in [(1, int), (int, 1), (A(), A)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(isinstance(1, (str, (list, (int,)))))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
class Answer(metaclass=Meta):
    pass
print(isinstance(42, Answer), isinstance(41, Answer))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(type(int | str).__name__, (int | str).__args__)
