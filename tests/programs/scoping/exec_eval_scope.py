# exec/eval namespaces and their interaction with scopes
g = {"a": 1}
exec("b = a + 1", g)
print(g["b"], "__builtins__" in g)
loc = {}
exec("c = 5\nd = c * 2", {}, loc)
print(sorted(loc.items()))
print(eval("x * y", {"x": 3}, {"y": 4}))
print(eval("a + 10", g))
def func():
    local_v = 7
    return eval("local_v * 2")
print(func())
def func2():
    exec("new_local = 1")
    return "new_local" in locals()
print(func2())
def func3():
    ns = {}
    exec("z = 9", globals(), ns)
    return ns["z"]
print(func3())
code = compile("def f(n):\n    return n * 3\n", "<string>", "exec")
ns = {}
exec(code, ns)
print(ns["f"](5))
print(eval(compile("1 + 2", "<e>", "eval")))
print(eval("[i for i in range(k)]", {"k": 3}))
module_level = "mod"
print(eval("module_level"))
exec("module_made = 'made by exec'")
print(module_made)
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval("undefined_in_eval")
except NameError as e:
    print(type(e).__name__ + ":", e)
try:
    exec("x = 1", None, None)
    print("exec with None namespaces ok")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    exec("pass", [])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(eval("  7  "), eval("\t(8)\n"))
def closure_in_exec():
    ns = {}
    exec("def outer():\n    v = 'cell'\n    return lambda: v\n", ns)
    return ns["outer"]()()
print(closure_in_exec())
