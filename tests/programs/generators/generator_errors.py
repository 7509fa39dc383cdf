# Error conditions specific to generators
def gen():
    yield 1
    yield 2
g = gen()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__ + ":", e)
def raises_inside():
    yield 1
    raise KeyError("inside generator")
ri = raises_inside()
print(next(ri))
try:
    next(ri)
except KeyError as e:
    print("propagated:", repr(e))
print(next(ri, "finished after exception"))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
try:
    gen().throw(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    next(gen)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    len(gen())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    gen()[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
for src in ["def f():\n    x = [(yield) for i in range(3)]\n", "yield 1\n", "class C:\n    yield 1\n"]:
    try:
        compile(src, "<g>", "exec")
        print("compiled")
    except SyntaxError:
        print("SyntaxError")
def returns_value_with_yield():
    yield 1
    return [1, 2]
try:
    it = returns_value_with_yield()
    next(it)
    next(it)
except StopIteration as e:
    print("return value:", e.value)
def bad_throw_target():
    try:
        yield
    except TypeError as e:
        yield f"caught {e}"
b = bad_throw_target()
next(b)
print(b.throw(TypeError("arg")))
