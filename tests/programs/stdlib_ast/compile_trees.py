import ast

# compile() takes a tree back: parsed, transformed, or made by hand
tree = ast.parse("def f(x, *a, k=2, **kw):\n    return [i * k for i in range(x) if i % 2]\nprint(f(7), f.__name__)\n")
exec(compile(tree, "<tree>", "exec"))
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<e>", "eval")))
exec(compile(ast.parse("x = 5", mode="single"), "<s>", "single"))
print(x)

class Double(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Mult(), node.right), node)
        return node

t = Double().visit(ast.parse("print(3 + 4, 'a' + 'b' if False else 2 + 5)"))
exec(compile(t, "<doubled>", "exec"))

made = ast.Module(body=[
    ast.Assign(targets=[ast.Name("y", ast.Store())], value=ast.List([ast.Constant(1), ast.Constant("two"), ast.Constant(None)], ast.Load())),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Starred(ast.Name("y", ast.Load()), ast.Load())], [ast.keyword("sep", ast.Constant("|"))])),
    ast.For(ast.Tuple([ast.Name("i", ast.Store()), ast.Name("v", ast.Store())], ast.Store()),
            ast.Call(ast.Name("enumerate", ast.Load()), [ast.Name("y", ast.Load())], []),
            [ast.If(ast.Compare(ast.Name("i", ast.Load()), [ast.Gt()], [ast.Constant(0)]),
                    [ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("v", ast.Load())], []))], [])], []),
    ast.Try([ast.Raise(ast.Call(ast.Name("ValueError", ast.Load()), [ast.Constant("boom")], []))],
            [ast.ExceptHandler(ast.Name("ValueError", ast.Load()), "e", [ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("e", ast.Load())], []))])],
            [], [ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("finally")], []))]),
], type_ignores=[])
ast.fix_missing_locations(made)
exec(compile(made, "<made>", "exec"))
code = compile(made, "<made>", "exec")
print(type(code).__name__, code.co_filename)

# a runtime error in compiled tree code reports the tree's line
t = ast.parse("a = 1\nb = 2\nc = a / 0\n")
try:
    exec(compile(t, "<lines>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError at line", e.__traceback__.tb_next.tb_lineno)

# PyCF_ONLY_AST gives the tree
t = compile("x + 1", "<f>", "eval", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
print(compile(t, "<f>", "exec", ast.PyCF_ONLY_AST) is t)

# bad trees: Python exceptions, never a host crash
def attempt(label, tree, mode="exec"):
    try:
        compile(tree, "<bad>", mode)
        print(label, "compiled")
    except (TypeError, ValueError, SyntaxError) as e:
        print(label, type(e).__name__, str(e).split(" object at ")[0])

loc = dict(lineno=1, col_offset=0)
attempt("no lineno", ast.Module([ast.Expr(ast.Constant(1))], []))
attempt("wrong root", ast.Expression(ast.Constant(1)))
attempt("wrong root eval", ast.parse("x"), "eval")
attempt("not a node", ast.Module([ast.Expr(5, **loc)], []))
attempt("stmt as expr", ast.Module([ast.Expr(ast.Pass(**loc), **loc)], []))
attempt("load target", ast.Module([ast.Assign([ast.Name("x", ast.Load(), **loc)], ast.Constant(1, **loc), **loc)], []))
attempt("store value", ast.Module([ast.Expr(ast.Name("x", ast.Store(), **loc), **loc)], []))
attempt("call target", ast.Module([ast.Assign([ast.Call(ast.Name("f", ast.Load(), **loc), [], [], **loc)], ast.Constant(1, **loc), **loc)], []))
attempt("empty body", ast.Module([ast.If(ast.Constant(1, **loc), [], [], **loc)], []))
attempt("empty def", ast.Module([ast.FunctionDef("f", ast.arguments(), [], **loc)], []))
attempt("bad constant", ast.Module([ast.Expr(ast.Constant([1], **loc), **loc)], []))
attempt("bad name id", ast.Module([ast.Expr(ast.Name(5, ast.Load(), **loc), **loc)], []))
attempt("body not list", ast.Module(ast.Pass(**loc), []))
import warnings
with warnings.catch_warnings(record=True):
    attempt("missing field", ast.Module([ast.Expr(**loc)], []))
attempt("one value boolop", ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1, **loc)], **loc), **loc)], []))
attempt("compare mismatch", ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **loc), [ast.Lt()], [], **loc), **loc)], []))
attempt("bad op", ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **loc), ast.Not(), ast.Constant(1, **loc), **loc), **loc)], []))
attempt("return outside", ast.Module([ast.Return(ast.Constant(1, **loc), **loc)], []))
attempt("cause no exc", ast.Module([ast.Raise(None, ast.Constant(1, **loc), **loc)], []))
attempt("try alone", ast.Module([ast.Try([ast.Pass(**loc)], [], [], [], **loc)], []))
for bad in [5, None, [ast.Pass()]]:
    try:
        compile(bad, "<x>", "exec")
    except TypeError as e:
        print(type(bad).__name__, e)
try:
    compile(ast.parse("x"), "<x>", "bogus")
except ValueError as e:
    print(e)
print(eval(compile(bytearray(b"40 + 2"), "<b>", "eval")))
