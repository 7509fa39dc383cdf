# compile(): modes exec/eval/single, code objects, flags
code = compile("x = 5\ny = x * 2", "<module>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {}
exec(code, ns)
print(ns["x"], ns["y"])
expr = compile("a + b * 2", "<expr>", "eval")
print(eval(expr, {"a": 1, "b": 3}), expr.co_names)
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
exec(compile("print('from compiled single')", "<s>", "single"))
for src, mode in [("x = ", "exec"), ("a = 1", "eval"), ("def f(:", "exec"), ("1 +* 2", "eval")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print("SyntaxError for", repr(src), mode)
try:
    compile("x", "<m>", "badmode")
except ValueError as e:
    print(type(e).__name__ + ":", e)
fn_code = compile("def sq(n):\n    return n * n\n", "<fn>", "exec")
env = {}
exec(fn_code, env)
print(env["sq"](9), env["sq"].__code__.co_filename)
multi = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
env2 = {"total": 100}
exec(multi, env2)
print(env2["total"])
print(eval(compile("[i * i for i in range(4)]", "<c>", "eval")))
c = compile(b"z = 'from bytes'", "<bytes>", "exec")
e3 = {}
exec(c, e3)
print(e3["z"])
try:
    compile("x", "<f>", "exec", flags=0, dont_inherit=True, optimize=-1)
    print("keyword arguments accepted")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    compile(5, "<f>", "exec")
except TypeError as e:
    print(type(e).__name__ + ":", e)
code2 = compile("'docstring'\nq = 1", "<d>", "exec")
print(code2.co_consts[0] if code2.co_consts else None)
