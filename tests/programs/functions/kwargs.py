# **kwargs collection and ordering
def f(**kwargs):
    return kwargs
print(f(), f(a=1), f(b=2, a=1, c=3))
print(type(f()).__name__)
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(a=1, b=2), g(b=2, a=1))
try:
    g(1, a=2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
def render(tag, **attrs):
    parts = [tag] + [f'{k}="{v}"' for k, v in attrs.items()]
    return "<" + " ".join(parts) + ">"
print(render("a", href="/x", title="T"))
print(render("img", **{"src": "p.png", "alt": "pic"}))
def passthrough(**kw):
    return f(**kw)
print(passthrough(x=1, y=2))
d = {"self": 1, "1abc": 2}
print(f(**d))
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
def merge(**kw):
    kw["added"] = True
    return kw
src = {"z": 0}
out = merge(**src)
print(out, src)
def both(*args, **kwargs):
    return args, kwargs
print(both(1, 2, x=3), both(*[1], **{"y": 2}))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
print(kw_order(**{"b": 1}, a=2, **{"c": 3}))
print(dict(a=1, **{"b": 2}))
