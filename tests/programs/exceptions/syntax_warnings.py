import re, warnings  # SyntaxWarnings of the compiler, as CPython 3.13 gives them (stderr compared with syntax_warnings.err)
p = re.compile("\d+")
x = 5
print(x is 5, x is not 6, x is None)
try:
    eval('"abc"["x"]')
except TypeError as e:
    print(e)
try:
    eval("(1, 2)(3)")
except TypeError as e:
    print(e)
try:
    eval("[1, 2][1, 2]")
except TypeError as e:
    print(e)
def f():
    assert (x, "msg")
b = b"\q"
f"\{x}"
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("y = '\\w'", "<t>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
o = "\777" + "\400x"
ob = b"\477"
print(len(o), ord(o[0]), ob)
print("done")
