# Return values: multiple values, implicit None, early returns, returning functions
def nothing():
    pass
def explicit_none():
    return
def multi():
    return 1, "two", [3]
def single_tuple():
    return (1,)
print(nothing(), explicit_none(), multi(), single_tuple())
a, b, c = multi()
print(a, b, c)
def divmod_like(x, y):
    return x // y, x % y
q, r = divmod_like(17, 5)
print(q, r)
def classify(n):
    if n < 0:
        return "neg"
    for d in (2, 3, 5):
        if n % d == 0:
            return f"divisible by {d}"
    return "other"
print([classify(n) for n in (-1, 4, 9, 25, 7)])
def returns_func(kind):
    if kind == "up":
        return str.upper
    return str.lower
print(returns_func("up")("MiXeD"), returns_func("down")("MiXeD"))
def starred_return():
    rest = [2, 3]
    return 1, *rest
print(starred_return())
def ret_in_loop(items):
    for i in items:
        if i > 2:
            return i
print(ret_in_loop([1, 2, 3, 4]), ret_in_loop([]))
def returns_dict():
    return {"a": 1, **{"b": 2}}
print(returns_dict())
def gen_vs_func(flag):
    if flag:
        return "value"
print(gen_vs_func(True), gen_vs_func(False))
def chain():
    return chain
print(chain()()() is chain)
print(type(multi()).__name__, len(multi()))
def ternary_return(x):
    return "even" if x % 2 == 0 else "odd"
print(ternary_return(4), ternary_return(7))
