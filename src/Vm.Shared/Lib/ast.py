"""Abstract syntax trees of Python source (the documented API of CPython 3.13's ast module).

pyvm's parser (the VM's own, in C#) produces the tree; the native helper `_ast._tree` hands it
over as nested tuples and this module turns them into node objects. The node classes are made
from the abstract grammar given in the ast documentation (the table below).
"""

import _ast
import sys as _sys

__all__ = []  # filled in below: every public name

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
PyCF_OPTIMIZED_AST = PyCF_ONLY_AST | 32768


class AST:
    _fields = ()
    _attributes = ()
    _field_types = {}
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        name = cls.__name__
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{name} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for field, value in zip(fields, args):
            setattr(self, field, value)
        given = fields[:len(args)]
        for key, value in kwargs.items():
            if key in given:
                raise TypeError(f"{name} got multiple values for argument {key!r}")
            if key not in fields and key not in cls._attributes:
                _warn(f"{name}.__init__ got an unexpected keyword argument {key!r}. Support for "
                      "arbitrary keyword arguments is deprecated and will be removed in Python 3.15.")
            setattr(self, key, value)
        for field in fields:
            if field in given or field in kwargs:
                continue
            kind = cls._kinds.get(field)
            if kind == '*':
                setattr(self, field, [])
            elif kind == '?':
                setattr(self, field, None)
            elif kind == 'expr_context':
                setattr(self, field, Load())
            else:
                _warn(f"{name}.__init__ missing 1 required positional argument: {field!r}. "
                      "This will become an error in Python 3.15.")

    def __reduce__(self):
        return type(self), (None,) * len(type(self)._fields), self.__dict__


def _warn(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# The abstract grammar, one constructor a line: "base: Name(type field, ...)"; a base's own
# line gives its attributes. `?` marks an optional field, `*` a list.
_GRAMMAR = """
mod:
mod: Module(stmt* body, type_ignore* type_ignores)
mod: Interactive(stmt* body)
mod: Expression(expr body)
mod: FunctionType(expr* argtypes, expr returns)
stmt: (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
stmt: FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)
stmt: AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)
stmt: ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params)
stmt: Return(expr? value)
stmt: Delete(expr* targets)
stmt: Assign(expr* targets, expr value, string? type_comment)
stmt: TypeAlias(expr name, type_param* type_params, expr value)
stmt: AugAssign(expr target, operator op, expr value)
stmt: AnnAssign(expr target, expr annotation, expr? value, int simple)
stmt: For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
stmt: AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
stmt: While(expr test, stmt* body, stmt* orelse)
stmt: If(expr test, stmt* body, stmt* orelse)
stmt: With(withitem* items, stmt* body, string? type_comment)
stmt: AsyncWith(withitem* items, stmt* body, string? type_comment)
stmt: Match(expr subject, match_case* cases)
stmt: Raise(expr? exc, expr? cause)
stmt: Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
stmt: TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
stmt: Assert(expr test, expr? msg)
stmt: Import(alias* names)
stmt: ImportFrom(identifier? module, alias* names, int? level)
stmt: Global(identifier* names)
stmt: Nonlocal(identifier* names)
stmt: Expr(expr value)
stmt: Pass()
stmt: Break()
stmt: Continue()
expr: (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr: BoolOp(boolop op, expr* values)
expr: NamedExpr(expr target, expr value)
expr: BinOp(expr left, operator op, expr right)
expr: UnaryOp(unaryop op, expr operand)
expr: Lambda(arguments args, expr body)
expr: IfExp(expr test, expr body, expr orelse)
expr: Dict(expr* keys, expr* values)
expr: Set(expr* elts)
expr: ListComp(expr elt, comprehension* generators)
expr: SetComp(expr elt, comprehension* generators)
expr: DictComp(expr key, expr value, comprehension* generators)
expr: GeneratorExp(expr elt, comprehension* generators)
expr: Await(expr value)
expr: Yield(expr? value)
expr: YieldFrom(expr value)
expr: Compare(expr left, cmpop* ops, expr* comparators)
expr: Call(expr func, expr* args, keyword* keywords)
expr: FormattedValue(expr value, int conversion, expr? format_spec)
expr: JoinedStr(expr* values)
expr: Constant(constant value, string? kind)
expr: Attribute(expr value, identifier attr, expr_context ctx)
expr: Subscript(expr value, expr slice, expr_context ctx)
expr: Starred(expr value, expr_context ctx)
expr: Name(identifier id, expr_context ctx)
expr: List(expr* elts, expr_context ctx)
expr: Tuple(expr* elts, expr_context ctx)
expr: Slice(expr? lower, expr? upper, expr? step)
expr_context: Load() | Store() | Del()
boolop: And() | Or()
operator: Add() | Sub() | Mult() | MatMult() | Div() | Mod() | Pow() | LShift() | RShift() | BitOr() | BitXor() | BitAnd() | FloorDiv()
unaryop: Invert() | Not() | UAdd() | USub()
cmpop: Eq() | NotEq() | Lt() | LtE() | Gt() | GtE() | Is() | IsNot() | In() | NotIn()
-: comprehension(expr target, expr iter, expr* ifs, int is_async)
excepthandler: (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
excepthandler: ExceptHandler(expr? type, identifier? name, stmt* body)
-: arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
-: arg(identifier arg, expr? annotation, string? type_comment) (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
-: keyword(identifier? arg, expr value) (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
-: alias(identifier name, identifier? asname) (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
-: withitem(expr context_expr, expr? optional_vars)
-: match_case(pattern pattern, expr? guard, stmt* body)
pattern: (int lineno, int col_offset, int end_lineno, int end_col_offset)
pattern: MatchValue(expr value)
pattern: MatchSingleton(constant value)
pattern: MatchSequence(pattern* patterns)
pattern: MatchMapping(expr* keys, pattern* patterns, identifier? rest)
pattern: MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
pattern: MatchStar(identifier? name)
pattern: MatchAs(pattern? pattern, identifier? name)
pattern: MatchOr(pattern* patterns)
type_ignore:
type_ignore: TypeIgnore(int lineno, string tag)
type_param: (int lineno, int col_offset, int end_lineno, int end_col_offset)
type_param: TypeVar(identifier name, expr? bound, expr? default_value)
type_param: ParamSpec(identifier name, expr? default_value)
type_param: TypeVarTuple(identifier name, expr? default_value)
"""

_PLAIN_TYPES = {'identifier': str, 'string': str, 'int': int, 'constant': object}
# Fields whose values the parser gives as class names: one shared instance per class.
_SINGLETON_BASES = ('expr_context', 'boolop', 'operator', 'unaryop', 'cmpop')


def _signature(text):
    """'(type name, type? name, ...)' -> [(name, type, mark)]"""
    text = text.strip()[1:-1].strip()
    out = []
    for part in filter(None, (p.strip() for p in text.split(','))):
        type_, name = part.split()
        mark = type_[-1] if type_[-1] in '?*' else ''
        out.append((name, type_.rstrip('?*'), mark))
    return out


def _make_classes():
    classes = {'AST': AST}
    order = []  # (class, fields, attributes) to give field types once every class exists
    base_attrs = {}
    constructors = {}
    for line in _GRAMMAR.strip().splitlines():
        base, _, rest = line.partition(':')
        rest = rest.strip()
        if base != '-' and base not in classes:
            cls = type(base, (AST,), {'__module__': 'ast'})
            classes[base] = cls
            constructors[base] = []
        if base != '-' and (not rest or rest.startswith('(')):
            base_attrs[base] = _signature(rest) if rest else []
            classes[base]._attributes = tuple(a[0] for a in base_attrs[base])
            for a in base_attrs[base]:
                if a[2] == '?':
                    setattr(classes[base], a[0], None)
            continue
        for ctor in rest.split(' | '):
            name, _, sig = ctor.partition('(')
            sig, _, own_attrs = ('(' + sig).partition(')')
            fields = _signature(sig + ')')
            attrs = _signature(own_attrs) if own_attrs.strip() else base_attrs.get(base, [])
            parent = AST if base == '-' else classes[base]
            ns = {'__module__': 'ast', '_fields': tuple(f[0] for f in fields),
                  '__match_args__': tuple(f[0] for f in fields),
                  '_attributes': tuple(a[0] for a in attrs)}
            for f in fields + attrs:
                if f[2] == '?':
                    ns[f[0]] = None
            cls = type(name, (parent,), ns)
            cls.__doc__ = name + ('(' + ', '.join(f'{t}{m} {n}' for n, t, m in fields) + ')' if fields else '')
            classes[name] = cls
            if base != '-':
                constructors[base].append(cls.__doc__)
            order.append((cls, fields))
    for base, docs in constructors.items():
        if docs:
            classes[base].__doc__ = f'{base} = ' + '\n'.ljust(len(base) + 2).join(
                d if i == 0 else '| ' + d for i, d in enumerate(docs))
        else:
            classes[base].__doc__ = None
    for cls, fields in order:
        types = {}
        kinds = {}
        for name, type_, mark in fields:
            t = _PLAIN_TYPES.get(type_) or classes[type_]
            if mark == '*':
                t = list[t]
                kinds[name] = '*'
            elif mark == '?':
                t = t | None
                kinds[name] = '?'
            elif type_ == 'expr_context':
                kinds[name] = 'expr_context'
            types[name] = t
        cls._field_types = types
        cls.__annotations__ = dict(types)
        cls._kinds = kinds
        # how _node() reads each field: 0 as is, 1 a node or None, 2 a list, 3 a shared singleton,
        # 4 a list of shared singletons
        cls._readers = tuple(
            (name, 4 if mark == '*' and type_ in _SINGLETON_BASES else 3 if type_ in _SINGLETON_BASES
             else 2 if mark == '*' else 1 if type_ in classes else 0, classes.get(type_))
            for name, type_, mark in fields)
    return classes


_classes = _make_classes()
globals().update(_classes)
AST._kinds = {}
# Names of CPython's older trees, kept as it keeps them (empty classes, never produced).
for _name, _base in (('slice', AST), ('Index', None), ('ExtSlice', None), ('Suite', mod),
                     ('AugLoad', expr_context), ('AugStore', expr_context), ('Param', expr_context)):
    _cls = type(_name, (_base or globals()['slice'],), {'__module__': 'ast', '_kinds': {}, '_readers': ()})
    globals()[_name] = _classes[_name] = _cls
del _name, _base, _cls
_shared = {name: cls() for name, cls in _classes.items()
           if cls.__bases__[0].__name__ in _SINGLETON_BASES}
for _name, _cls in _classes.items():
    setattr(_ast, _name, _cls)
del _name, _cls


def _node(t):
    """A node object from the parser's tuple (see Modules/AstModule.cs)."""
    cls = _classes[t[0]]
    node = cls.__new__(cls)
    i = 1
    for name, reader, _ in cls._readers:
        v = t[i]
        i += 1
        if reader == 1:
            v = None if v is None else _node(v)
        elif reader == 2:
            v = [x if type(x) is not tuple else _node(x) for x in v]
        elif reader == 3:
            v = _shared[v]
        elif reader == 4:
            v = [_shared[x] for x in v]
        setattr(node, name, v)
    if i < len(t):
        node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = t[i:i + 4]
    return node


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None,
          optimize=-1):
    """Parse the source into an AST node (as compile(source, filename, mode, PyCF_ONLY_AST))."""
    if mode not in ('exec', 'eval', 'single', 'func_type'):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = bytes(source)
        if source.startswith(b'\xef\xbb\xbf'):
            source = source[3:]
        source = source.decode('utf-8')
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if '\0' in source:
        raise SyntaxError('source code string cannot contain null bytes')
    if isinstance(filename, bytes):
        filename = filename.decode()
    if mode == 'func_type':
        return _parse_func_type(source, filename)
    tree = _node(_ast._tree(source, filename, mode))
    if mode == 'single' and not tree.body:
        first = source.splitlines(True)[0] if source else ''
        raise SyntaxError('invalid syntax', (filename, 1 if source else 0, 0, first, 1 if source else 0, 0))
    return tree


def _parse_func_type(source, filename):
    """A function type comment `(argtypes) -> returns` (mode='func_type')."""
    head, arrow, tail = source.partition('->')
    if not arrow:
        raise SyntaxError('invalid syntax', (filename, 1, len(source) + 1, source, 1, len(source) + 1))
    args = parse(head.strip(), filename, 'eval').body
    if not isinstance(args, Tuple) or not head.strip().startswith('('):
        raise SyntaxError('invalid syntax', (filename, 1, 1, source, 1, 1))
    returns = parse(tail.strip(), filename, 'eval').body
    return FunctionType(argtypes=args.elts, returns=returns)


def _compile_hook(source, filename, mode, flags, future):
    """compile() of an AST, or with PyCF_ONLY_AST, or of a source that is not str or bytes."""
    if not isinstance(source, AST):
        if isinstance(source, (bytearray, memoryview)):
            source = bytes(source)
        elif not isinstance(source, (str, bytes)):
            raise TypeError('compile() arg 1 must be a string, bytes or AST object')
        if not flags & PyCF_ONLY_AST:
            return compile(source, filename, mode, flags | (0x1000000 if future else 0), True)
        return parse(source, filename, mode, type_comments=bool(flags & PyCF_TYPE_COMMENTS))
    if mode not in ('exec', 'eval', 'single'):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if flags & PyCF_ONLY_AST:
        return source
    expected = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
    if expected is None or not isinstance(source, expected):
        name = expected.__name__ if expected else 'FunctionType'
        raise TypeError(f'expected {name} node, got {type(source).__name__}')
    if isinstance(filename, bytes):
        filename = filename.decode()
    elif not isinstance(filename, str):
        filename = __import__('os').fspath(filename)
    return _ast._compile(_as_tuple(source, expected), filename, mode, future)


def _as_tuple(node, expected):
    """The tuple form of a node (Modules/AstModule.cs) for the compiler, fields checked."""
    positions = []
    if 'lineno' in expected._attributes:
        # read first, as CPython does: a non-node is reported as a node without a position
        for name in _POSITIONS:
            v = getattr(node, name, None)
            if v is None and not name.startswith('end_'):
                raise TypeError(f'required field "{name}" missing from {expected.__name__}')
            positions.append(v)
    if not isinstance(node, expected):
        raise TypeError(f'expected some sort of {expected.__name__}, but got {node!r}')
    cls = type(node)
    out = [cls.__name__]
    for name, reader, ftype in cls._readers:
        try:
            v = getattr(node, name)
        except AttributeError:
            if cls._kinds.get(name) != '?':
                raise TypeError(f'required field "{name}" missing from {cls.__name__}') from None
            v = None
        if reader == 1:
            if v is None:
                if cls._kinds.get(name) != '?':
                    raise ValueError(f"field '{name}' is required for {cls.__name__}")
            else:
                v = _as_tuple(v, ftype)
        elif reader in (2, 4):
            if not isinstance(v, list):
                raise TypeError(f'{cls.__name__} field "{name}" must be a list, not a {type(v).__name__}')
            if reader == 4:
                v = tuple(type(_check(x, ftype)).__name__ for x in v)
            elif ftype is not None:
                v = tuple(None if x is None else _as_tuple(x, ftype) for x in v)
            else:
                v = tuple(v)
        elif reader == 3:
            v = type(_check(v, ftype)).__name__
        out.append(v)
    return tuple(out + positions)


def _check(value, cls):
    if not isinstance(value, cls):
        raise TypeError(f'expected some sort of {cls.__name__}, but got {value!r}')
    return value


def literal_eval(node_or_string):
    """Evaluate a literal: strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None,
    Ellipsis, set() and the sums and differences of a real and an imaginary number."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


def _malformed(node):
    line = getattr(node, 'lineno', None)
    where = f' on line {line}' if line is not None else ''
    raise ValueError(f'malformed node or string{where}: {node!r}')


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple(map(_literal, node.elts))
    if isinstance(node, List):
        return list(map(_literal, node.elts))
    if isinstance(node, Set):
        return set(map(_literal, node.elts))
    if isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set' \
            and not node.args and not node.keywords:
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return dict(zip(map(_literal, node.keys), map(_literal, node.values)))
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _signed_number(node.left)
        right = _signed_number(node.right)
        if type(left) in (int, float) and type(right) is complex:
            return left + right if isinstance(node.op, Add) else left - right
        _malformed(node.left if type(left) not in (int, float) else node)
    return _signed_number(node, True)


def _signed_number(node, strict=False):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        operand = node.operand
        if isinstance(operand, Constant) and type(operand.value) in (int, float, complex):
            return +operand.value if isinstance(node.op, UAdd) else -operand.value
        _malformed(node)
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    if strict:
        _malformed(node)
    return node


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text: `Class(field=value, ...)`; None and empty-list fields are left out;
    include_attributes adds the positions; indent (a number of spaces or a string) lays it out
    one field a line."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def show(value, depth):
        if indent is not None:
            depth += 1
            opening = '\n' + indent * depth
            sep = ',\n' + indent * depth
        else:
            opening = ''
            sep = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            all_simple = True
            named = annotate_fields
            for name in cls._fields:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    named = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                if v == [] and cls._kinds.get(name) == '*':
                    named = True
                    continue
                text, simple = show(v, depth)
                all_simple = all_simple and simple
                parts.append(f'{name}={text}' if named else text)
            if include_attributes:
                for name in cls._attributes:
                    try:
                        v = getattr(value, name)
                    except AttributeError:
                        continue
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = show(v, depth)
                    all_simple = all_simple and simple
                    parts.append(f'{name}={text}')
            if all_simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({opening}{sep.join(parts)})', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return f"[{opening}{sep.join(show(x, depth)[0] for x in value)}]", False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    return show(node, 0)[0]


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the source positions of old_node to new_node (where both have them); returns new_node."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node under `node` that lacks positions its parent's (1 and 0 at the top)."""
    todo = [(node, (1, 0, 1, 0))]
    while todo:
        n, inherited = todo.pop()
        own = []
        for name, value in zip(_POSITIONS, inherited):
            if name in n._attributes:
                if getattr(n, name, None) is None:
                    setattr(n, name, value)
                else:
                    value = getattr(n, name)
            own.append(value)
        todo.extend((c, own) for c in reversed(list(iter_child_nodes(n))))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of `node` and every node under it."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', None) is not None:
            child.end_lineno += n
    return node


def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes that are fields of node, or items of its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node under node (node first), breadth first."""
    from collections import deque
    pending = deque([node])
    while pending:
        n = pending.popleft()
        pending.extend(iter_child_nodes(n))
        yield n


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; clean=True strips its indentation."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    value = body[0].value
    if not isinstance(value, Constant) or not isinstance(value.value, str):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_source_lines(source):
    """Lines as the tokenizer counts them (\\n, \\r\\n and \\r end a line; other separators do not)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\n' or c == '\r':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None when node has no end position.
    padded=True pads the first line of a multi-line segment with spaces to its column."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_source_lines(source)
    if first == last:
        return lines[first].encode()[start:end].decode()
    pad = ''
    if padded:
        pad = ''.join(c if c.isspace() else ' ' for c in lines[first].encode()[:start].decode())
    parts = [pad + lines[first].encode()[start:].decode()]
    parts.extend(lines[first + 1:last])
    parts.append(lines[last].encode()[:end].decode())
    return ''.join(parts)


def unparse(ast_obj):
    """Source text that parses back to an equal tree (formatting and comments are not kept)."""
    from _ast_unparse import unparse as _unparse
    return _unparse(ast_obj)


class NodeVisitor:
    """Walks a tree calling `visit_<ClassName>(node)` where defined, else generic_visit, which
    visits the node's children."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node's replacement: None removes it, a list
    (in a list field) replaces it with several."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                kept = []
                for item in value:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                value[:] = kept
            elif isinstance(value, AST):
                replacement = self.visit(value)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


__all__ = [name for name in globals() if not name.startswith('_')]
