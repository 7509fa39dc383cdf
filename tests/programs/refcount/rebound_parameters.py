# A parameter the body rebinds holds an object of the call's own: it is freed when the call returns
# (or when rebound again), while an argument the caller passed lives until the caller drops it.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def rebind(x):
    x = D(2)
    print("in rebind")


rebind(D(1))
print("after rebind")


def default_none(x=None, *, y=None):
    if x is None:
        x = D(3)
    if y is None:
        y = D(4)
    print("in default_none", x.n, y.n)


default_none()
print("after default_none")
keep = D(5)
default_none(keep, y=keep)
print("after default_none with arguments")
del keep


def same(x):
    x = x
    print("in same", x.n)


same(D(6))
print("after same")


def returned(x):
    x = D(8)
    return x


r = returned(D(7))
print("got", r.n)
del r
print("after returned")


def twice(x):
    x = D(10)
    x = D(11)
    print("in twice")


twice(D(9))
print("after twice")


def loop(items):
    for items in [D(12), D(13)]:
        pass
    print("in loop")


loop(D(14))
print("end")
