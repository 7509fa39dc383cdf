def f(a, /, b=2, *c, d, **e):
    return (yield from g)
