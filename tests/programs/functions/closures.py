# Closures capturing variables from enclosing scopes
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def shared():
    val = [0]
    def get():
        return val[0]
    def put(v):
        val[0] = v
    return get, put
g, p = shared()
p(42)
print(g())
def rebind_after():
    def f():
        return y
    y = "bound later"
    return f()
print(rebind_after())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
print(double.__code__.co_freevars, make_multiplier.__code__.co_cellvars)
print(make_counter.__closure__)
def accumulators():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        funcs.append(f)
    return [f() for f in funcs]
print(accumulators())
def late_binding():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return [f() for f in funcs]
print(late_binding())
def cell_sees_updates():
    n = 1
    def read():
        return n
    n = 2
    r1 = read()
    n = 3
    return r1, read()
print(cell_sees_updates())
