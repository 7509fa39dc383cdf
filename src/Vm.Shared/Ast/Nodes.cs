// The abstract syntax tree. Node and field names mirror CPython's `ast` module
// (Python/Python.asdl) so that anyone who knows `ast.dump` can read them.
// Positions are 1-based lines and 0-based columns, as in CPython.
namespace Vm.Ast;

public abstract class Node
{
    public int Line;
    public int Col;
    public int EndLine;
    public int EndCol;
}

// ---------------------------------------------------------------- module
public sealed class Module(List<Stmt> body) : Node
{
    public List<Stmt> Body = body;
}

// ---------------------------------------------------------------- statements
public abstract class Stmt : Node { }

public sealed class FunctionDef : Stmt
{
    public string Name = "";
    public Arguments Args = new();
    public List<Stmt> Body = new();
    public List<Expr> DecoratorList = new();
    public Expr? Returns;
    /// <summary>`async def`.</summary>
    public bool IsAsync;
    /// <summary>The function the parser makes to hold a PEP 695 type parameter list (its annotation
    /// scope): code inside it takes its qualified name as if the function were not there.</summary>
    public bool IsTypeParamScope;
    /// <summary>An annotation scope defined in a class body: it has the class namespace as its
    /// parameter `.classdict`, and its free and global names are looked up there first.</summary>
    public bool SeesClassDict;
    /// <summary>The variable the definition is stored in when not its name (the PEP 695 lowering
    /// stores it in `.defined`, so the definition does not hide a type parameter of that name).</summary>
    public string? StoreAs;
}

public sealed class ClassDef : Stmt
{
    public string Name = "";
    public List<Expr> Bases = new();
    public List<Keyword> Keywords = new();
    public List<Stmt> Body = new();
    public List<Expr> DecoratorList = new();
    /// <summary>See FunctionDef.StoreAs.</summary>
    public string? StoreAs;
}

public sealed class Return(Expr? value) : Stmt { public Expr? Value = value; }
public sealed class Delete(List<Expr> targets) : Stmt { public List<Expr> Targets = targets; }

public sealed class Assign(List<Expr> targets, Expr value) : Stmt
{
    public List<Expr> Targets = targets;
    public Expr Value = value;
}

public sealed class AugAssign(Expr target, BinOpKind op, Expr value) : Stmt
{
    public Expr Target = target;
    public BinOpKind Op = op;
    public Expr Value = value;
}

public sealed class AnnAssign(Expr target, Expr annotation, Expr? value, bool simple) : Stmt
{
    public Expr Target = target;
    public Expr Annotation = annotation;
    public Expr? Value = value;
    /// <summary>True when the target is a plain name not in parentheses.</summary>
    public bool Simple = simple;
}

public sealed class For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Target = target;
    public Expr Iter = iter;
    public List<Stmt> Body = body;
    public List<Stmt> OrElse = orElse;
    /// <summary>`async for`.</summary>
    public bool IsAsync;
}

public sealed class While(Expr test, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Test = test;
    public List<Stmt> Body = body;
    public List<Stmt> OrElse = orElse;
}

public sealed class If(Expr test, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Test = test;
    public List<Stmt> Body = body;
    public List<Stmt> OrElse = orElse;
}

public sealed class WithItem(Expr contextExpr, Expr? optionalVars) : Node
{
    public Expr ContextExpr = contextExpr;
    public Expr? OptionalVars = optionalVars;
}

public sealed class With(List<WithItem> items, List<Stmt> body) : Stmt
{
    public List<WithItem> Items = items;
    public List<Stmt> Body = body;
    /// <summary>`async with`.</summary>
    public bool IsAsync;
}

public sealed class Raise(Expr? exc, Expr? cause) : Stmt
{
    public Expr? Exc = exc;
    public Expr? Cause = cause;
}

public sealed class ExceptHandler(Expr? type, string? name, List<Stmt> body) : Node
{
    public Expr? Type = type;
    public string? Name = name;
    public List<Stmt> Body = body;
}

public sealed class Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody) : Stmt
{
    public List<Stmt> Body = body;
    public List<ExceptHandler> Handlers = handlers;
    public List<Stmt> OrElse = orElse;
    public List<Stmt> FinalBody = finalBody;
    /// <summary>True for `try: ... except* ...` (parsed, reported as unsupported by the compiler).</summary>
    public bool IsStar;
}

public sealed class Assert(Expr test, Expr? msg) : Stmt
{
    public Expr Test = test;
    public Expr? Msg = msg;
}

public sealed class Alias(string name, string? asName) : Node
{
    public string Name = name;     // dotted for `import a.b.c`
    public string? AsName = asName;
}

public sealed class Import(List<Alias> names) : Stmt { public List<Alias> Names = names; }

public sealed class ImportFrom(string? module, List<Alias> names, int level) : Stmt
{
    public string? Module = module; // null for `from . import x`
    public List<Alias> Names = names; // a single Alias("*") for star imports
    public int Level = level;
}

public sealed class Global(List<string> names) : Stmt { public List<string> Names = names; }
public sealed class Nonlocal(List<string> names) : Stmt { public List<string> Names = names; }
public sealed class ExprStmt(Expr value) : Stmt { public Expr Value = value; }
public sealed class Pass : Stmt { }
public sealed class Break : Stmt { }
public sealed class Continue : Stmt { }

// ---------------------------------------------------------------- expressions
public enum ExprContext : byte { Load, Store, Del }

public abstract class Expr : Node { }

public sealed class BoolOp(BoolOpKind op, List<Expr> values) : Expr
{
    public BoolOpKind Op = op;
    public List<Expr> Values = values;
}

public sealed class NamedExpr(Name target, Expr value) : Expr
{
    public Name Target = target;
    public Expr Value = value;
}

public sealed class BinOp(Expr left, BinOpKind op, Expr right) : Expr
{
    public Expr Left = left;
    public BinOpKind Op = op;
    public Expr Right = right;
}

public sealed class UnaryOp(UnaryOpKind op, Expr operand) : Expr
{
    public UnaryOpKind Op = op;
    public Expr Operand = operand;
}

public sealed class Lambda(Arguments args, Expr body) : Expr
{
    public Arguments Args = args;
    public Expr Body = body;
    /// <summary>A lazily evaluated part of an annotation scope in a class body (see FunctionDef.SeesClassDict).</summary>
    public bool SeesClassDict;
    /// <summary>For a lambda the parser made for a PEP 695 bound, constraints, default or alias value:
    /// what it holds ("a TypeVar bound"), for the SyntaxError on yield, await and := in it.</summary>
    public string? AnnotationScopeOf;
}

public sealed class IfExp(Expr test, Expr body, Expr orElse) : Expr
{
    public Expr Test = test;
    public Expr Body = body;
    public Expr OrElse = orElse;
}

/// <summary>Dict display. A null key means `**value` unpacking.</summary>
public sealed class DictExpr(List<Expr?> keys, List<Expr> values) : Expr
{
    public List<Expr?> Keys = keys;
    public List<Expr> Values = values;
}

public sealed class SetExpr(List<Expr> elts) : Expr { public List<Expr> Elts = elts; }

public sealed class Comprehension(Expr target, Expr iter, List<Expr> ifs) : Node
{
    public Expr Target = target;
    public Expr Iter = iter;
    public List<Expr> Ifs = ifs;
    /// <summary>`async for` clause.</summary>
    public bool IsAsync;
}

public sealed class ListComp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt = elt;
    public List<Comprehension> Generators = generators;
}

public sealed class SetComp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt = elt;
    public List<Comprehension> Generators = generators;
}

public sealed class DictComp(Expr key, Expr value, List<Comprehension> generators) : Expr
{
    public Expr Key = key;
    public Expr Value = value;
    public List<Comprehension> Generators = generators;
}

public sealed class GeneratorExp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt = elt;
    public List<Comprehension> Generators = generators;
}

public sealed class Yield(Expr? value) : Expr { public Expr? Value = value; }
public sealed class YieldFrom(Expr value) : Expr { public Expr Value = value; }
public sealed class Await(Expr value) : Expr { public Expr Value = value; }

public sealed class Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators) : Expr
{
    public Expr Left = left;
    public List<CmpOpKind> Ops = ops;
    public List<Expr> Comparators = comparators;
}

public sealed class Call(Expr func, List<Expr> args, List<Keyword> keywords) : Expr
{
    public Expr Func = func;
    /// <summary>Positional arguments; `*x` appears as a <see cref="Starred"/>.</summary>
    public List<Expr> Args = args;
    /// <summary>Keyword arguments; `**x` appears as a Keyword with a null Arg.</summary>
    public List<Keyword> Keywords = keywords;
}

/// <summary>One `{expr!conv:spec}` field of an f-string. Conversion is -1, 's', 'r' or 'a'.</summary>
public sealed class FormattedValue(Expr value, int conversion, JoinedStr? formatSpec) : Expr
{
    public Expr Value = value;
    public int Conversion = conversion;
    public JoinedStr? FormatSpec = formatSpec;
}

/// <summary>An f-string: Constant(str) and FormattedValue parts.</summary>
public sealed class JoinedStr(List<Expr> values) : Expr { public List<Expr> Values = values; }

/// <summary>
/// A literal. Value is one of: null (None), bool, System.Numerics.BigInteger or long (int),
/// double (float), System.Numerics.Complex (imaginary literal, real part 0), string (str),
/// byte[] (bytes), <see cref="EllipsisValue"/> (...).
/// </summary>
public sealed class Constant(object? value) : Expr
{
    public object? Value = value;
    public string? Kind; // "u" for u-prefixed strings, as CPython records it
}

public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
    private EllipsisValue() { }
}

public sealed class Attribute(Expr value, string attr, ExprContext ctx) : Expr
{
    public Expr Value = value;
    public string Attr = attr;
    public ExprContext Ctx = ctx;
}

public sealed class Subscript(Expr value, Expr slice, ExprContext ctx) : Expr
{
    public Expr Value = value;
    public Expr Slice = slice; // a Slice node, a Tuple (possibly containing Slices), or any expr
    public ExprContext Ctx = ctx;
}

public sealed class Starred(Expr value, ExprContext ctx) : Expr
{
    public Expr Value = value;
    public ExprContext Ctx = ctx;
}

public sealed class Name(string id, ExprContext ctx) : Expr
{
    public string Id = id;
    public ExprContext Ctx = ctx;
}

public sealed class ListExpr(List<Expr> elts, ExprContext ctx) : Expr
{
    public List<Expr> Elts = elts;
    public ExprContext Ctx = ctx;
}

public sealed class TupleExpr(List<Expr> elts, ExprContext ctx) : Expr
{
    public List<Expr> Elts = elts;
    public ExprContext Ctx = ctx;
}

public sealed class Slice(Expr? lower, Expr? upper, Expr? step) : Expr
{
    public Expr? Lower = lower;
    public Expr? Upper = upper;
    public Expr? Step = step;
}

// ---------------------------------------------------------------- misc
public enum BoolOpKind : byte { And, Or }

public enum BinOpKind : byte
{
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
}

public enum UnaryOpKind : byte { Invert, Not, UAdd, USub }

public enum CmpOpKind : byte { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

public sealed class Arg(string name, Expr? annotation) : Node
{
    public string Name = name;
    public Expr? Annotation = annotation;
}

/// <summary>Parameters of a def or lambda, in CPython's `ast.arguments` layout.</summary>
public sealed class Arguments : Node
{
    public List<Arg> PosOnlyArgs = new();
    public List<Arg> Args = new();
    public Arg? VarArg;
    public List<Arg> KwOnlyArgs = new();
    /// <summary>Same length as KwOnlyArgs; null where a keyword-only parameter has no default.</summary>
    public List<Expr?> KwDefaults = new();
    public Arg? KwArg;
    /// <summary>Defaults of the last N of PosOnlyArgs+Args.</summary>
    public List<Expr> Defaults = new();
}

/// <summary>`name=value` at a call site or class header; Arg is null for `**value`.</summary>
public sealed class Keyword(string? arg, Expr value) : Node
{
    public string? Arg = arg;
    public Expr Value = value;
}
