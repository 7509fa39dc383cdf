# nonlocal through multiple levels and with shadowing
def level1():
    a = 1
    def level2():
        def level3():
            nonlocal a
            a += 100
            return a
        return level3()
    r = level2()
    return r, a
print(level1())
def shadow():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "set by inner"
        inner()
        return v
    m = mid()
    return v, m
print(shadow())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def dec():
        nonlocal n
        n -= 1
    def get():
        return n
    return inc, dec, get
inc, dec, get = counter_pair()
inc(); inc(); inc(); dec()
print(get())
def nonlocal_loop():
    total = 0
    fns = []
    for i in range(3):
        def add(k=i):
            nonlocal total
            total += k
        fns.append(add)
    for f in fns:
        f()
        f()
    return total
print(nonlocal_loop())
def param_nonlocal(p):
    def change():
        nonlocal p
        p = p * 2
    change()
    change()
    return p
print(param_nonlocal(3))
def nested_defs():
    s = []
    def outer():
        nonlocal s
        s = s + ["outer"]
        def inner():
            nonlocal s
            s = s + ["inner"]
        inner()
    outer()
    return s
print(nested_defs())
try:
    exec("def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            nonlocal x\n")
except SyntaxError:
    print("SyntaxError: nonlocal skips global")
