# Default parameter values
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 20), f(1, c=30), f(1, 20, 30))
print(f.__defaults__)
f.__defaults__ = (200, 300)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
def g(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(g(), g(), g([0]))
def h(a, b=None, *, c=None):
    return a, b, c
print(h.__defaults__, h.__kwdefaults__)
def compute(x, factor=2 * 3):
    return x * factor
print(compute(7))
print(compute.__defaults__)
def no_defaults(a, b):
    pass
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
try:
    exec("def bad(a=1, b): pass")
except SyntaxError:
    print("SyntaxError: non-default after default")
def shadow(len=len):
    return len("abc")
print(shadow(), shadow(lambda s: 99))
