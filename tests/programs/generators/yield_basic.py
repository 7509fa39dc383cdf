# Basic generator functions and iteration
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), list(count_up(0)))
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "done"))
def multiple_yields():
    yield "a"
    yield "b"
    x = 10
    yield x * 2
    yield
print(list(multiple_yields()))
def with_return():
    yield 1
    return
    yield 2
print(list(with_return()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def lazy():
    print("  body starts")
    yield 1
    print("  after first yield")
    yield 2
    print("  body ends")
gen = lazy()
print("created, nothing printed yet")
for v in gen:
    print("got", v)
print(sum(count_up(101)), max(count_up(10)), sorted(count_up(4), reverse=True))
def yield_in_loop_with_condition(items):
    for i in items:
        if i % 2:
            yield i * i
print(list(yield_in_loop_with_condition(range(10))))
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
a, b, c = count_up(3)
print(a, b, c)
print(dict(zip("abc", count_up(10))), list(enumerate(count_up(2), 1)))
print("x" in multiple_yields(), 20 in multiple_yields(), 99 in count_up(5))
