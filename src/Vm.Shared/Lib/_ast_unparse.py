"""ast.unparse: source text from a tree (written from the ast documentation and the output of
CPython 3.13's unparse; parenthesised only where the grammar needs it)."""

import ast as _a

# Binding strength, weakest first. A sub-expression is parenthesised when the place it goes
# needs a stronger one than its own.
(NAMED, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BOR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR,
 POWER, AWAIT, ATOM) = range(19)

_BINOPS = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
    'Div': ('/', TERM), 'Mod': ('%', TERM), 'FloorDiv': ('//', TERM), 'Pow': ('**', POWER),
    'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT), 'BitOr': ('|', BOR), 'BitXor': ('^', BXOR),
    'BitAnd': ('&', BAND),
}
_UNARY = {'Invert': ('~', FACTOR), 'Not': ('not ', NOT), 'UAdd': ('+', FACTOR), 'USub': ('-', FACTOR)}
_CMP = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
        'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_QUOTES = ("'", '"', '"""', "'''")


class Unparser:
    def __init__(self):
        self.out = []
        self.depth = 0
        self.strength = {}  # id(node) -> the strength its place needs

    # ------------------------------------------------------------ output helpers
    def write(self, *parts):
        self.out.extend(parts)

    def line(self, text=''):
        if self.out:
            self.out.append('\n')
        self.out.append('    ' * self.depth + text)

    def blank(self):
        if self.out:
            self.out.append('\n')

    def block(self, body):
        self.write(':')
        self.depth += 1
        for stmt in body:
            self.visit(stmt)
        self.depth -= 1

    def need(self, strength, node):
        self.strength[id(node)] = strength

    def wants(self, node):
        return self.strength.get(id(node), TEST)

    def paren_if(self, cond, fn):
        if cond:
            self.write('(')
        fn()
        if cond:
            self.write(')')

    def commas(self, items, fn=None):
        fn = fn or self.visit
        for i, item in enumerate(items):
            if i:
                self.write(', ')
            fn(item)

    def visit(self, node):
        getattr(self, 'v_' + type(node).__name__)(node)

    def expr_at(self, strength, node):
        self.need(strength, node)
        self.visit(node)

    # ------------------------------------------------------------ modules
    def body_with_docstring(self, body):
        if body and isinstance(body[0], _a.Expr) and isinstance(body[0].value, _a.Constant) \
                and isinstance(body[0].value.value, str):
            self.line()
            self.docstring(body[0].value)
            body = body[1:]
        for stmt in body:
            self.visit(stmt)

    def docstring(self, node):
        text = node.value
        if node.kind == 'u':
            self.write('u')
        if not text:
            self.write('""""""')
            return
        escaped = ''.join(c if c == '\n' or c.isprintable() else repr(c)[1:-1] for c in text.replace('\\', '\\\\'))
        if escaped.endswith('"'):
            escaped = escaped[:-1] + '\\"'
        escaped = escaped.replace('"""', '\\"\\"\\"')
        self.write('"""', escaped, '"""')

    def v_Module(self, node):
        self.body_with_docstring(node.body)

    def v_Interactive(self, node):
        # CPython's unparse gives the last statement only (each statement restarts its output)
        for stmt in node.body[-1:]:
            self.visit(stmt)

    def v_Expression(self, node):
        self.visit(node.body)

    def v_FunctionType(self, node):
        self.write('(')
        self.commas(node.argtypes)
        self.write(') -> ')
        self.visit(node.returns)

    # ------------------------------------------------------------ statements
    def v_Expr(self, node):
        self.line()
        self.expr_at(YIELD, node.value)

    def v_Pass(self, node):
        self.line('pass')

    def v_Break(self, node):
        self.line('break')

    def v_Continue(self, node):
        self.line('continue')

    def v_Return(self, node):
        self.line('return')
        if node.value is not None:
            self.write(' ')
            self.visit(node.value)

    def v_Delete(self, node):
        self.line('del ')
        self.commas(node.targets)

    def v_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def v_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def v_Assert(self, node):
        self.line('assert ')
        self.visit(node.test)
        if node.msg is not None:
            self.write(', ')
            self.visit(node.msg)

    def v_Import(self, node):
        self.line('import ')
        self.commas(node.names)

    def v_ImportFrom(self, node):
        self.line('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.commas(node.names)

    def v_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def v_Assign(self, node):
        self.line()
        for target in node.targets:
            self.expr_at(TUPLE, target)
            self.write(' = ')
        self.visit(node.value)

    def v_AugAssign(self, node):
        self.line()
        self.visit(node.target)
        self.write(' ' + _BINOPS[type(node.op).__name__][0] + '= ')
        self.visit(node.value)

    def v_AnnAssign(self, node):
        self.line()
        self.paren_if(not node.simple and isinstance(node.target, _a.Name), lambda: self.visit(node.target))
        self.write(': ')
        self.visit(node.annotation)
        if node.value is not None:
            self.write(' = ')
            self.visit(node.value)

    def v_Raise(self, node):
        self.line('raise')
        if node.exc is None:
            return
        self.write(' ')
        self.visit(node.exc)
        if node.cause is not None:
            self.write(' from ')
            self.visit(node.cause)

    def v_Try(self, node, star=''):
        self.line('try')
        self.block(node.body)
        for handler in node.handlers:
            self.v_ExceptHandler(handler, star)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)
        if node.finalbody:
            self.line('finally')
            self.block(node.finalbody)

    def v_TryStar(self, node):
        self.v_Try(node, '*')

    def v_ExceptHandler(self, node, star=''):
        self.line('except' + star)
        if node.type is not None:
            self.write(' ')
            self.visit(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.block(node.body)

    def decorated(self, node, keyword):
        self.blank()
        for deco in node.decorator_list:
            self.line('@')
            self.expr_at(NAMED, deco)
        self.line(keyword + node.name)
        if getattr(node, 'type_params', None):
            self.write('[')
            self.commas(node.type_params)
            self.write(']')

    def v_ClassDef(self, node):
        self.decorated(node, 'class ')
        if node.bases or node.keywords:
            self.write('(')
            self.commas(node.bases + node.keywords)
            self.write(')')
        self.def_body(node.body)

    def def_body(self, body):
        self.write(':')
        self.depth += 1
        self.body_with_docstring(body)
        self.depth -= 1

    def v_FunctionDef(self, node, keyword='def '):
        self.decorated(node, keyword)
        self.write('(')
        self.visit(node.args)
        self.write(')')
        if node.returns is not None:
            self.write(' -> ')
            self.visit(node.returns)
        self.def_body(node.body)

    def v_AsyncFunctionDef(self, node):
        self.v_FunctionDef(node, 'async def ')

    def v_For(self, node, keyword='for '):
        self.line(keyword)
        self.expr_at(TUPLE, node.target)
        self.write(' in ')
        self.visit(node.iter)
        self.block(node.body)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def v_AsyncFor(self, node):
        self.v_For(node, 'async for ')

    def v_While(self, node):
        self.line('while ')
        self.visit(node.test)
        self.block(node.body)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def v_If(self, node):
        self.line('if ')
        self.visit(node.test)
        self.block(node.body)
        while len(node.orelse) == 1 and isinstance(node.orelse[0], _a.If):
            node = node.orelse[0]
            self.line('elif ')
            self.visit(node.test)
            self.block(node.body)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def v_With(self, node, keyword='with '):
        self.line(keyword)
        self.commas(node.items)
        self.block(node.body)

    def v_AsyncWith(self, node):
        self.v_With(node, 'async with ')

    def v_withitem(self, node):
        self.visit(node.context_expr)
        if node.optional_vars is not None:
            self.write(' as ')
            self.visit(node.optional_vars)

    def v_Match(self, node):
        self.line('match ')
        self.visit(node.subject)
        self.write(':')
        self.depth += 1
        for case in node.cases:
            self.line('case ')
            self.visit(case.pattern)
            if case.guard is not None:
                self.write(' if ')
                self.visit(case.guard)
            self.block(case.body)
        self.depth -= 1

    def v_TypeAlias(self, node):
        self.line('type ')
        self.visit(node.name)
        if node.type_params:
            self.write('[')
            self.commas(node.type_params)
            self.write(']')
        self.write(' = ')
        self.visit(node.value)

    def v_TypeVar(self, node):
        self.write(node.name)
        if node.bound is not None:
            self.write(': ')
            self.visit(node.bound)
        self.type_param_default(node)

    def v_TypeVarTuple(self, node):
        self.write('*' + node.name)
        self.type_param_default(node)

    def v_ParamSpec(self, node):
        self.write('**' + node.name)
        self.type_param_default(node)

    def type_param_default(self, node):
        if getattr(node, 'default_value', None) is not None:
            self.write(' = ')
            self.visit(node.default_value)

    # ------------------------------------------------------------ patterns
    def v_MatchValue(self, node):
        self.visit(node.value)

    def v_MatchSingleton(self, node):
        self.write(repr(node.value))

    def v_MatchSequence(self, node):
        self.write('[')
        self.commas(node.patterns)
        self.write(']')

    def v_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def v_MatchMapping(self, node):
        self.write('{')
        for i, (key, pattern) in enumerate(zip(node.keys, node.patterns)):
            if i:
                self.write(', ')
            self.visit(key)
            self.write(': ')
            self.visit(pattern)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def v_MatchClass(self, node):
        self.expr_at(ATOM, node.cls)
        self.write('(')
        self.commas(node.patterns)
        for i, (attr, pattern) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if i or node.patterns:
                self.write(', ')
            self.write(attr + '=')
            self.visit(pattern)
        self.write(')')

    def v_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            self.paren_if(self.wants(node) > TEST, lambda: (
                self.expr_at(BOR, node.pattern), self.write(' as ' + node.name)))

    def v_MatchOr(self, node):
        def parts():
            for i, pattern in enumerate(node.patterns):
                if i:
                    self.write(' | ')
                self.expr_at(BOR + 1, pattern)
        self.paren_if(self.wants(node) > BOR, parts)

    # ------------------------------------------------------------ expressions
    def v_Name(self, node):
        self.write(node.id)

    def v_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.commas(value, lambda v: self.write(_constant(v)))
            self.write(',)' if len(value) == 1 else ')')
            return
        if node.kind == 'u':
            self.write('u')
        self.write(_constant(value))

    def v_JoinedStr(self, node):
        self.write(_fstring(node))

    def v_FormattedValue(self, node):
        self.write(_fstring(_a.JoinedStr(values=[node])))

    def v_Attribute(self, node):
        self.expr_at(ATOM, node.value)
        if isinstance(node.value, _a.Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def v_Call(self, node):
        self.expr_at(ATOM, node.func)
        self.write('(')
        self.commas(node.args + node.keywords)
        self.write(')')

    def v_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.visit(node.value)

    def v_Starred(self, node):
        self.write('*')
        self.expr_at(EXPR, node.value)

    def v_Subscript(self, node):
        self.expr_at(ATOM, node.value)
        self.write('[')
        index = node.slice
        if isinstance(index, _a.Tuple) and index.elts:
            self.commas(index.elts)
            if len(index.elts) == 1:
                self.write(',')
        else:
            self.visit(index)
        self.write(']')

    def v_Slice(self, node):
        if node.lower is not None:
            self.visit(node.lower)
        self.write(':')
        if node.upper is not None:
            self.visit(node.upper)
        if node.step is not None:
            self.write(':')
            self.visit(node.step)

    def v_List(self, node):
        self.write('[')
        self.commas(node.elts)
        self.write(']')

    def v_Tuple(self, node):
        def items():
            self.commas(node.elts)
            if len(node.elts) == 1:
                self.write(',')
        self.paren_if(not node.elts or self.wants(node) > TUPLE, items)

    def v_Set(self, node):
        if not node.elts:
            self.write('{*()}')
            return
        self.write('{')
        self.commas(node.elts)
        self.write('}')

    def v_Dict(self, node):
        self.write('{')
        for i, (key, value) in enumerate(zip(node.keys, node.values)):
            if i:
                self.write(', ')
            if key is None:
                self.write('**')
                self.expr_at(EXPR, value)
            else:
                self.visit(key)
                self.write(': ')
                self.visit(value)
        self.write('}')

    def comprehension_tail(self, generators):
        for gen in generators:
            self.write(' async for ' if gen.is_async else ' for ')
            self.expr_at(TUPLE, gen.target)
            self.write(' in ')
            self.expr_at(OR, gen.iter)
            for cond in gen.ifs:
                self.write(' if ')
                self.expr_at(OR, cond)

    def v_ListComp(self, node):
        self.write('[')
        self.visit(node.elt)
        self.comprehension_tail(node.generators)
        self.write(']')

    def v_SetComp(self, node):
        self.write('{')
        self.visit(node.elt)
        self.comprehension_tail(node.generators)
        self.write('}')

    def v_GeneratorExp(self, node):
        self.write('(')
        self.visit(node.elt)
        self.comprehension_tail(node.generators)
        self.write(')')

    def v_DictComp(self, node):
        self.write('{')
        self.visit(node.key)
        self.write(': ')
        self.visit(node.value)
        self.comprehension_tail(node.generators)
        self.write('}')

    def v_NamedExpr(self, node):
        def body():
            self.expr_at(ATOM, node.target)
            self.write(' := ')
            self.expr_at(ATOM, node.value)
        self.paren_if(self.wants(node) > NAMED, body)

    def v_BinOp(self, node):
        symbol, strength = _BINOPS[type(node.op).__name__]
        right_assoc = symbol == '**'

        def body():
            self.expr_at(strength + 1 if right_assoc else strength, node.left)
            self.write(' ' + symbol + ' ')
            self.expr_at(strength if right_assoc else strength + 1, node.right)
        self.paren_if(self.wants(node) > strength, body)

    def v_UnaryOp(self, node):
        symbol, strength = _UNARY[type(node.op).__name__]

        def body():
            self.write(symbol)
            self.expr_at(strength, node.operand)
        self.paren_if(self.wants(node) > strength, body)

    def v_BoolOp(self, node):
        symbol, strength = (' and ', AND) if isinstance(node.op, _a.And) else (' or ', OR)

        def body():
            for i, value in enumerate(node.values):
                if i:
                    self.write(symbol)
                self.expr_at(strength + 1, value)
        self.paren_if(self.wants(node) > strength, body)

    def v_Compare(self, node):
        def body():
            self.expr_at(CMP + 1, node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _CMP[type(op).__name__] + ' ')
                self.expr_at(CMP + 1, right)
        self.paren_if(self.wants(node) > CMP, body)

    def v_IfExp(self, node):
        def body():
            self.expr_at(TEST + 1, node.body)
            self.write(' if ')
            self.expr_at(TEST + 1, node.test)
            self.write(' else ')
            self.expr_at(TEST, node.orelse)
        self.paren_if(self.wants(node) > TEST, body)

    def v_Lambda(self, node):
        def body():
            self.write('lambda')
            with_args = _Args(self)
            with_args.write(node.args, leading=' ')
            self.write(': ')
            self.expr_at(TEST, node.body)
        self.paren_if(self.wants(node) > TEST, body)

    def v_Await(self, node):
        def body():
            self.write('await ')
            self.expr_at(ATOM, node.value)
        self.paren_if(self.wants(node) > AWAIT, body)

    def v_Yield(self, node):
        def body():
            self.write('yield')
            if node.value is not None:
                self.write(' ')
                self.expr_at(YIELD, node.value)
        self.paren_if(self.wants(node) > YIELD, body)

    def v_YieldFrom(self, node):
        def body():
            self.write('yield from ')
            self.expr_at(YIELD, node.value)
        self.paren_if(self.wants(node) > YIELD, body)

    def v_arguments(self, node):
        _Args(self).write(node)

    def v_arg(self, node):
        self.write(node.arg)
        if node.annotation is not None:
            self.write(': ')
            self.visit(node.annotation)


class _Args:
    """A parameter list: `a, /, b=1, *c, d, **e`."""

    def __init__(self, unparser):
        self.u = unparser
        self.first = True

    def sep(self, leading):
        self.u.write(leading if self.first else ', ')
        self.first = False

    def write(self, args, leading=''):
        u = self.u
        positional = args.posonlyargs + args.args
        defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        for i, (arg, default) in enumerate(zip(positional, defaults)):
            self.sep(leading)
            u.visit(arg)
            if default is not None:
                u.write('=')
                u.visit(default)
            if i == len(args.posonlyargs) - 1:
                u.write(', /')
        if args.vararg is not None or args.kwonlyargs:
            self.sep(leading)
            u.write('*')
            if args.vararg is not None:
                u.visit(args.vararg)
        for arg, default in zip(args.kwonlyargs, args.kw_defaults):
            self.sep(leading)
            u.visit(arg)
            if default is not None:
                u.write('=')
                u.visit(default)
        if args.kwarg is not None:
            self.sep(leading)
            u.write('**')
            u.visit(args.kwarg)


def _constant(value):
    if value is ...:
        return '...'
    if isinstance(value, float) and value in (float('inf'), float('-inf')):
        return ('-' if value < 0 else '') + '1e309'
    if isinstance(value, complex) and (abs(value.real) == float('inf') or abs(value.imag) == float('inf')):
        return repr(value).replace('inf', '1e309')
    return repr(value)


def _fstring(node):
    """An f-string's text: its literal parts escaped, the first quote none of its parts holds."""
    parts = []
    for value in node.values:
        if isinstance(value, _a.Constant):
            text = value.value.replace('{', '{{').replace('}', '}}')
            parts.append((text, True))
        else:
            parts.append((_field(value), False))
    literal = ''.join(t for t, is_literal in parts if is_literal)
    quote = next((q for q in _QUOTES if q not in literal), "'")
    out = [_escape(text, quote) if is_literal else text for text, is_literal in parts]
    return 'f' + quote + ''.join(out) + quote


def _escape(text, quote):
    """repr()'s escapes without its quoting, then the chosen quote escaped."""
    r = repr(text)[1:-1].replace("\\'", "'")
    if len(quote) == 1:
        r = r.replace(quote, '\\' + quote)
    return r


def _field(node):
    u = Unparser()
    u.expr_at(TEST + 1, node.value)
    expr = ''.join(u.out)
    if expr.startswith('{'):
        expr = ' ' + expr
    text = '{' + expr
    if node.conversion != -1:
        text += '!' + chr(node.conversion)
    if node.format_spec is not None:
        text += ':' + ''.join(
            v.value.replace('{', '{{').replace('}', '}}') if isinstance(v, _a.Constant) else _field(v)
            for v in getattr(node.format_spec, 'values', ()))
    return text + '}'


def unparse(node):
    u = Unparser()
    u.visit(node)
    return ''.join(u.out)
