# eval(): expressions, namespaces, errors
print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[x * 2 for x in range(3)]"))
print(eval("  42  "), eval("\n42\n") if False else eval("42\n"))
x = 10
print(eval("x + 1"), eval("x + 1", {"x": 100}), eval("x + y", {"x": 1}, {"y": 2}))
def f():
    local = 5
    return eval("local * 2")
print(f())
print(eval("abs(-3)", {}), eval("len('abc')", {"__builtins__": __builtins__}))
try:
    eval("abs(-3)", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__ + ":", e)
for src in ["x = 1", "1 +", "def f(): pass", "import os"]:
    try:
        eval(src)
    except SyntaxError:
        print("SyntaxError:", repr(src))
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    eval(123)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(eval(b"7 * 6"), eval("(lambda a: a ** 2)(9)"))
print(eval("{'a': 1}['a']"), eval("(1, 2) + (3,)"), eval("None"), eval("...") )
ns = {}
print(eval("(y := 5) + 1", ns), ns["y"])
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
g = {}
eval("1", g)
print("__builtins__" in g)
try:
    eval("x", {}, [])
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Locals(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("foo + bar", {}, Locals()))
print(eval("x if x > 5 else -x", {"x": 3}), eval("sum(i for i in range(5))"))
