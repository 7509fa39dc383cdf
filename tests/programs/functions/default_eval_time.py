# Default values are evaluated once at definition; annotations and decorators at def time
log = []
def val(tag, v):
    log.append(tag)
    return v
def f(a=val("default a", 1), b=val("default b", 2)):
    return a, b
print(log)
print(f(), f(), log)
log.clear()
x = 10
def g(y=x):
    return y
x = 20
print(g(), x)
def h(*, kw=val("kwdefault", [])):
    kw.append(1)
    return kw
print(h(), h(), log)
log.clear()
@(lambda fn: (log.append("decorator"), fn)[1])
def decorated(p=val("deco default", 0)):
    return p
print(log)
log.clear()
def outer(n):
    def inner(v=n * 2):
        return v
    return inner
i1 = outer(1)
i2 = outer(5)
print(i1(), i2(), i1.__defaults__, i2.__defaults__)
class K:
    log.append("class body")
    def m(self, d=val("method default", "d")):
        return d
print(log, K().m())
def order(a=val("first", 1), *, b=val("second", 2), c=val("third", 3)):
    pass
print(log)
