# Tuple behaviours: immutability with mutable members, concatenation, conversion, repr
t = (1, [2, 3], "s")
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(t)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print((1, 2) * 2, (1,) + (2,), () + (), (0,) * 0, tuple("hi") + tuple([1]))
print(tuple(), tuple([]), tuple(range(3)), tuple({"b": 1, "a": 2}), tuple({1: 1}.items()))
print(len((1, 2, 3)), (1, 2, 3)[1:], (1, 2, 3)[::-1], sum((1, 2, 3)), max(("b", "a")), 2 in (1, 2))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), [x for sub in nested for x in (sub if isinstance(sub, tuple) else (sub,))])
print(repr(()), repr((1,)), repr((1, 2)), repr(((1,),)), str((None, True)), repr(("a", 'b"')))
def f(*args):
    return args
print(f(), f(1), f(1, 2), type(f()).__name__)
print(divmod(17, 5), type(divmod(17, 5)).__name__, tuple(divmod(17, 5)) == (3, 2))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys, sum(xs), max(ys))
print(sorted(coords, key=lambda p: -p[1]), min(coords, key=lambda p: p[0] + p[1]))
print(isinstance((1,), tuple), issubclass(tuple, object), tuple.__mro__, type(()).__name__)
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2), (1, 2) != (1, 2.0))
print(hash((1, "a", (2.5, None))) == hash((1, "a", (2.5, None))), {(1, 2): 3}.get((1, 2)))
try:
    (1, 2, 3).remove(1)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
