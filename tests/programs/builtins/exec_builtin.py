# exec(): statements, namespaces, return value, functions and classes defined via exec
r = exec("a = 1")
print(r, a)
ns = {}
exec("def greet(n):\n    return 'hi ' + n\nclass K:\n    v = 3\n", ns)
print(ns["greet"]("x"), ns["K"].v, sorted(k for k in ns if k != "__builtins__"))
g, l = {"base": 10}, {}
exec("result = base * 2\nlocal_only = 1", g, l)
print(l, "result" in g)
exec("for i in range(3):\n    print('loop', i)")
code = compile("counter += 1", "<c>", "exec")
env = {"counter": 0}
for _ in range(5):
    exec(code, env)
print(env["counter"])
def in_function():
    exec("z = 99")
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(in_function())
def with_locals_dict():
    d = {}
    exec("z = 99", globals(), d)
    return d["z"]
print(with_locals_dict())
try:
    exec("if True\n    pass")
except SyntaxError:
    print("SyntaxError")
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    exec(None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
exec(b"print('bytes source')")
exec("import math as m2\nprint(m2.floor(2.7))", {})
print("m2" in globals())
src = """
total = 0
for n in nums:
    if n % 2:
        continue
    total += n
"""
env2 = {"nums": range(10)}
exec(src, env2)
print(env2["total"])
exec("print(__name__)", {"__name__": "exec_ns"})
exec("print('closure:', (lambda: q)())", {"q": "captured"})
