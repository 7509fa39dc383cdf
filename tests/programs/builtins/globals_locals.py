# globals() and locals(): contents and identity
g = globals()
print(type(g).__name__, g["__name__"], "__builtins__" in g)
new_global = 123
print(g["new_global"], "new_global" in globals())
g["injected"] = "via globals()"
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    return globals() is g
print(g2())
def no_locals():
    return locals()
print(no_locals())
class C:
    x = 1
    y = x + 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(C.snapshot)
def closure():
    v = "free"
    def inner():
        return sorted(locals())
    def inner_using():
        return v, sorted(locals())
    return inner(), inner_using()
print(closure())
print(locals() is globals())
def loop_locals():
    results = []
    for i in range(2):
        results.append(sorted(locals()))
    return results
print(loop_locals())
def modify():
    x = 1
    d = locals()
    d["x"] = 2
    d["new"] = 3
    return x, sorted(d), sorted(locals())
print(modify())
try:
    globals(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
