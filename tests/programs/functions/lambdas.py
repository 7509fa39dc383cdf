# lambda expressions
sq = lambda x: x * x
print(sq(5), sq.__name__, sq.__qualname__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
gl = lambda x: (yield x)
print(type(gl(1)).__name__, next(gl(7)))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(type(sq).__name__, sq.__doc__, sq.__defaults__, add.__defaults__)
cond = lambda x: "pos" if x > 0 else ("neg" if x < 0 else "zero")
print([cond(v) for v in (-1, 0, 1)])
try:
    sq()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print((lambda: (lambda: "inner")())())
