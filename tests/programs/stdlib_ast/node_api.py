import ast
import copy
import pickle
import warnings

warnings.simplefilter("always")

# constructors: positional and keyword fields, defaults, errors
n = ast.Name("x")
print(n.id, type(n.ctx).__name__, n.__dict__.keys() == {"id", "ctx"})
b = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2), lineno=3)
print(ast.dump(b, include_attributes=True))
with warnings.catch_warnings(record=True) as w:
    f = ast.FunctionDef("f")
print(len(w), w[0].category.__name__, w[0].lineno > 0)
print(f.body, f.decorator_list, f.returns, f.type_params, hasattr(f, "args"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    ast.Name()
    ast.Name(foo=1, id="a")
    print([str(x.message).split(".")[0] for x in w], [x.category.__name__ for x in w])
for bad in [lambda: ast.Name(1, 2, 3), lambda: ast.Return(1, 2), lambda: ast.Pass(1), lambda: ast.Name("x", id="y")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__, ast.Name.__doc__)
print(ast.arguments._fields, ast.comprehension._attributes, ast.Load.__doc__)
print(ast.Name._field_types, ast.FunctionDef._field_types["returns"])
print(issubclass(ast.Name, ast.expr), issubclass(ast.expr, ast.AST), issubclass(ast.Add, ast.operator))
print(ast.Name.__module__, ast.stmt.end_lineno, ast.FunctionDef.returns, ast.arg.annotation)
print(ast.parse("a+b").body[0].value.op is ast.parse("c-d+e").body[0].value.left.op.__class__ and False
      or ast.parse("a+b").body[0].value.op is ast.parse("c+d").body[0].value.op)
import _ast
print(_ast.Name is ast.Name, _ast.AST is ast.AST)

# copy and pickle keep fields and positions
t = ast.parse("x = [1, 'a', None]\nprint(x)")
for c in (copy.copy(t), copy.deepcopy(t), pickle.loads(pickle.dumps(t))):
    print(ast.dump(c, include_attributes=True) == ast.dump(t, include_attributes=True))

# match on nodes
for node in ast.walk(ast.parse("f(1); x = 2; y.z")):
    match node:
        case ast.Call(func=ast.Name(id=name)):
            print("call of", name)
        case ast.Assign(targets=[ast.Name(id=target)], value=ast.Constant(value=v)):
            print("assign", target, v)
        case ast.Attribute(value, attr):
            print("attribute", ast.dump(value), attr)

# helpers
tree = ast.parse('"""Doc\n    string."""\ndef f():\n    """  Indented\n      more\n    """\n    return 1\nclass C: pass\n')
print(repr(ast.get_docstring(tree)), repr(ast.get_docstring(tree.body[1])), repr(ast.get_docstring(tree.body[1], clean=False)))
print(ast.get_docstring(tree.body[2]))
try:
    ast.get_docstring(ast.Name("x"))
except TypeError as e:
    print(e)
print([type(x).__name__ for x in ast.iter_child_nodes(tree.body[1])])
print([name for name, _ in ast.iter_fields(tree.body[1])])
print(len(list(ast.walk(tree))), sorted({type(x).__name__ for x in ast.walk(tree)}))

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.names.append("def " + node.name)
        self.generic_visit(node)

c = Counter()
c.visit(ast.parse("def g(a):\n    return a + b * c\nz = g(q)"))
print(c.names)

class Rewriter(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Name) and node.value.id == "drop":
            return None
        if isinstance(node.value, ast.Name) and node.value.id == "twice":
            return [ast.Expr(ast.Name("one", ast.Load())), ast.Expr(ast.Name("two", ast.Load()))]
        return self.generic_visit(node)

t = Rewriter().visit(ast.parse("x = 1 + 2\ndrop\ntwice\nprint('s', 3)"))
ast.fix_missing_locations(t)
print(ast.unparse(t))
print(ast.dump(t.body[0].value.left, include_attributes=True))
print([(n.lineno, n.col_offset) for n in t.body[1:3]])
code = compile(ast.unparse(t), "<rewritten>", "exec")
ns = {"one": 1, "two": 2}
exec(code, ns)
print(ns["x"])

t = ast.parse("a = 1\nb = 2")
ast.increment_lineno(t, 5)
print([(s.lineno, s.end_lineno, s.targets[0].lineno) for s in t.body])
new = ast.Name("q", ast.Load())
print(ast.dump(ast.copy_location(new, t.body[1]), include_attributes=True))
src = "x = 'héllo' + fn(a,\n   b)\n"
t = ast.parse(src)
print(repr(ast.get_source_segment(src, t.body[0].value)))
print(repr(ast.get_source_segment(src, t.body[0].value.right, padded=True)))
print(ast.get_source_segment(src, ast.Name("x")))
print(t.body[0].value.right.col_offset, t.body[0].value.right.end_col_offset)
