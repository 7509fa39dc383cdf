# Class body scope: not enclosing for methods or comprehension bodies
class A:
    val = 10
    doubled = val * 2
    items = [val + i for i in range(3)] if False else None
    first_iter = [i for i in range(val)][:3]
    def method(self):
        try:
            return val
        except NameError as e:
            return type(e).__name__ + ": " + str(e)
print(A.doubled, A.first_iter, A().method())
try:
    class B:
        v = 5
        out = [v * i for i in range(3)]
except NameError as e:
    print(type(e).__name__ + ":", e)
class C:
    v = 5
    out = [i * 2 for i in range(v)]
    pairs = {k: k for k in "ab"}
print(C.out, C.pairs)
x = "module x"
class D:
    x = "class x"
    def f(self):
        return x
    g = lambda self: x
    h = x
print(D().f(), D().g(), D.h)
def func():
    y = "func y"
    class E:
        y = "class y"
        def m(self):
            return y
        seen = y
    return E().m(), E.seen
print(func())
def func2():
    z = "enclosing z"
    class F:
        try:
            print("class body sees", z)
        except NameError as e:
            print("class body:", type(e).__name__ + ":", e)
        z = "class z"
        print("after assignment", z)
    return F.z
print(func2())
class G:
    n = 3
    gen = (n for _ in range(2))
print(list(G.gen) if False else "generator created")
try:
    list(G.gen)
except NameError as e:
    print(type(e).__name__ + ":", e)
class H:
    a = 1
    b = a + 1
    del a
print(hasattr(H, "a"), H.b)
class I:
    names = ["p", "q"]
    upper = [s.upper() for s in names]
print(I.upper)
