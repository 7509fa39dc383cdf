# copy.copy/deepcopy of an object whose __reduce_ex__ returns a tuple of the wrong length: TypeError
# (CPython hands the tuple to copy._reconstruct as its arguments), and nothing of it is called.
import copy


def make(rv):
    class C:
        def __reduce_ex__(self, proto):
            return rv
    return C()


def never(*args, **kwargs):
    print("called!")


for rv in ((), (list,), (list, (), None, None, None, never), (list, (), None, None, None, None)):
    for f in (copy.copy, copy.deepcopy):
        try:
            f(make(rv))
        except TypeError as e:
            print(f.__name__, len(rv), "TypeError:", e)

print(copy.copy(make((list, ([1, 2],)))), copy.deepcopy(make((dict, (), None, None, iter([(1, 2)])))))
