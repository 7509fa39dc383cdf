# Values a generator, a user iterator or a key function produced stay alive while list(), tuple(),
# sorted(), min()/max(), zip(), map() and extend() go on iterating (their __del__ runs when the
# result is dropped), and an exception re-raised by a bare `raise` or used as a cause keeps its args.
class D:
    def __init__(self, i): self.i = i
    def __del__(self): print("del", self.i)
def g():
    for i in range(3):
        d = D(i)
        yield d
        del d
print("list")
r = list(g())
print("got", [x.i for x in r])
del r
print("tuple")
r = tuple(g())
print("got", [x.i for x in r])
del r
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        if self.n == 3: raise StopIteration
        self.cur = D(10 + self.n); self.n += 1
        return self.cur
print("user iter")
r = list(It())
print("got", [x.i for x in r])
del r
print("max")
m = max(g(), key=lambda d: d.i)
print("max got", m.i)
del m
print("min")
m = min(g(), key=lambda d: -d.i)
print("min got", m.i)
del m
print("sorted")
r = sorted(g(), key=lambda d: -d.i)
print("got", [x.i for x in r])
del r
print("zip")
r = list(zip(g(), g()))
print("got", [(a.i, b.i) for a, b in r])
del r
print("map")
r = list(map(lambda d: d, g()))
print("got", [x.i for x in r])
del r
print("enumerate")
r = list(enumerate(g()))
print("got", [(k, x.i) for k, x in r])
del r
print("join")
def gs():
    for i in range(3):
        s = "ab" * (i + 3)
        yield s
print("".join(gs()))
print("extend")
r = []
r.extend(g())
print("got", [x.i for x in r])
del r
print("dict")
def gp():
    for i in range(3):
        d = D(20 + i)
        yield (i, d)
        del d
r = dict(gp())
print("got", [v.i for v in r.values()])
del r
print("reraise")
def h():
    d = D(30)
    try:
        raise KeyError(d)
    except KeyError as err:
        del d
        raise
try:
    h()
except KeyError as e:
    print("caught", e.args[0].i)
print("after")
def h2():
    e = KeyError(D(31))
    raise e
try:
    h2()
except KeyError as e:
    print("caught", e.args[0].i)
print("after2")
def h3():
    try:
        raise ValueError(D(32))
    except ValueError as err:
        raise TypeError("t") from err
try:
    h3()
except TypeError as e:
    print("caught", e.__cause__.args[0].i)
print("end")
