# A fresh argument the caller still holds survives a call whose body copies it to another local
# (`o = other`): `x in [C(), C()]` compares the same probe with every item, and CPython's caller owns
# it for the whole expression, so its __del__ runs once the expression is done.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del D", self.n)


class C:
    def __eq__(self, other):
        o = other
        print("eq sees", o.n if isinstance(o, D) else len(o))
        return False


print(D(1) in [C(), C()])
print("after in")


def mk():
    r = []
    for i in range(20):
        r.append(i)
    return r


print(mk() in [C(), C(), C()])
print([C(), C()].count(mk()))


def f(a, *rest):
    b = a
    c = [a, b]
    return len(c)


def twice(x):
    return f(x), f(x, 1)


print(twice(D(2)))
print("after twice")
print([f(D(3)) for _ in range(2)])
print("end")
