import ast

for s in ["1", "-1.5", "(1,[2],{3:4},{5},set())", "-1+2j", "1-2j", "'a' 'b'", "b'x'", "None", "True", "...",
          "  {'k': [1, (2, 3)]}", "[1, -2, +3]", "0x1f", "1e3"]:
    v = ast.literal_eval(s)
    print(repr(v), type(v).__name__)
for s in ["x", "1+2", "f()", "[1]*2", "--1", "+True", "2j+1", "set([1])", "{**a}", "a.b", "(1, x)", "[i for i in ()]",
          "lambda: 0", "1 if 2 else 3", "'a' + 'b'"]:
    try:
        print(repr(ast.literal_eval(s)))
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])
for bad in ["1 +", "(", ""]:
    try:
        ast.literal_eval(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(7)))
try:
    ast.literal_eval(ast.Name("x"))
except ValueError as e:
    print(str(e).split(":")[0])
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(str(e).split(":")[0])
try:
    ast.literal_eval(5)
except ValueError as e:
    print(str(e).split(":")[0])
