# nonlocal and global declarations
x = "global x"
def use_global():
    return x
def set_global():
    global x
    x = "changed by function"
print(use_global())
set_global()
print(x)
def create_global():
    global brand_new
    brand_new = 123
create_global()
print(brand_new)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())
def shadowing():
    x = "local x"
    def inner():
        global x
        return x
    return inner(), x
print(shadowing())
def nonlocal_vs_global():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified enclosing"
    inner()
    return x
print(nonlocal_vs_global(), "|", x)
for src in ["def f():\n    nonlocal q\n", "nonlocal z\n", "def f(a):\n    global a\n"]:
    try:
        compile(src, "<n>", "exec")
        print("compiled")
    except SyntaxError:
        print("SyntaxError")
counter = 0
def bump():
    global counter
    for _ in range(5):
        counter += 1
bump(); bump()
print(counter)
def fn_in_loop():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in range(5):
        add(v)
    return total
print(fn_in_loop())
