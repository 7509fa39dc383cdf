// compile() of an ast tree: Lib/ast.py turns the node objects back into the tuple form of
// AstModule.cs (checking node classes and required fields there), and `_ast._compile(tree,
// filename, mode, future)` rebuilds the parser's nodes from it and compiles them. The compiler
// trusts what the parser guarantees, so what a hand-made tree can break is checked here with
// CPython's messages (contexts of targets, empty bodies, identifier and constant types); any
// other inconsistency the compiler trips over becomes a SystemError, never a host crash.
using System.Numerics;
using Vm.Ast;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;
using Attribute = Vm.Ast.Attribute;

namespace Vm.Modules;

public static partial class AstModule<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>compile() with an AST as source or PyCF_ONLY_AST in its flags (and the TypeError for
    /// any other non-text source): Lib/ast.py's `_compile_hook` decides.</summary>
    public static PyObject CompileHook(PyThreadState ts, PyObject source, PyObject filename, PyObject mode, long flags, bool future)
    {
        var ast = Importer<TSync>.ImportName(ts, (PyDict?)null, ts.Rt.NewStr("ast"), ts.Rt.None, 0);
        var hook = Ops<TSync>.GetAttr(ts, ast, "_compile_hook");
        return Ops<TSync>.Call(ts, hook, source, filename, mode, ts.Rt.NewInt(flags), ts.Rt.NewBool(future));
    }

    internal static PyObject Compile(PyThreadState ts, ReadOnlySpan<PyObject> a)
    {
        if (a.Length != 4) throw ts.Rt.TypeError($"_compile expected 4 arguments, got {a.Length}");
        var file = Ops<TSync>.StrValue(ts, a[1]);
        var mode = Ops<TSync>.StrValue(ts, a[2]);
        bool future = Ops<TSync>.IsTrue(ts, a[3]);
        var r = new Reader(ts);
        Vm.Bytecode.CodeUnit unit;
        try
        {
            var root = r.Tuple(a[0]);
            var kind = r.Kind(root);
            unit = (mode, kind) switch
            {
                ("exec", "Module") => Vm.Compiling.Compiler.CompileModule(new Module(r.Stmts(root[1], "Module")), file, "", future),
                ("single", "Interactive") => Vm.Compiling.Compiler.CompileInteractive(new Module(r.Stmts(root[1], "Interactive")), file, "", future),
                ("eval", "Expression") => Vm.Compiling.Compiler.CompileExpression(r.Expr(root[1]), file, "", future),
                _ => throw ts.Rt.TypeError($"expected {(mode == "exec" ? "Module" : mode == "eval" ? "Expression" : "Interactive")} node, got {kind}"),
            };
        }
        catch (Vm.Text.SyntaxErrorException se)
        {
            throw new PyException(ExceptionsSetup<TSync>.FromSyntaxError(ts, se));
        }
        catch (InsufficientExecutionStackException)
        {
            throw ts.Rt.Error("RecursionError", "maximum recursion depth exceeded during compilation");
        }
        catch (Exception e) when (e is NullReferenceException or InvalidCastException or ArgumentException
                                      or IndexOutOfRangeException or InvalidOperationException or KeyNotFoundException)
        {
            throw ts.Rt.Error("SystemError", "compile(): the AST is not one the compiler accepts (" + e.GetType().Name + ")");
        }
        var code = ts.Rt.MakeCode(unit);
        ts.Rt.IssueCompileWarnings(ts, code);
        return code;
    }

    private sealed class Reader(PyThreadState ts)
    {
        private readonly PyRuntime _rt = ts.Rt;

        public PyObject[] Tuple(PyObject o) =>
            o is PyTuple t ? (PyObject[])t.Items.Clone() : throw _rt.TypeError("_compile: malformed tree");

        public string Kind(PyObject[] t) => t.Length > 0 && t[0] is PyStr s ? s.Value : throw _rt.TypeError("_compile: malformed tree");

        private PyException Expected(string what, PyObject got) =>
            _rt.TypeError($"expected some sort of {what}, but got {Ops<TSync>.StrValue(ts, Ops<TSync>.Repr(ts, got))}");

        private T At<T>(T node, PyObject[] t) where T : Node
        {
            int n = t.Length;
            node.Line = (int)Args.ToLong(ts, t[n - 4]);
            node.Col = (int)Args.ToLong(ts, t[n - 3]);
            node.EndLine = ReferenceEquals(t[n - 2], _rt.None) ? node.Line : (int)Args.ToLong(ts, t[n - 2]);
            node.EndCol = ReferenceEquals(t[n - 1], _rt.None) ? node.Col : (int)Args.ToLong(ts, t[n - 1]);
            return node;
        }

        private List<PyObject> Items(PyObject o) => o is PyTuple t ? t.Items.ToList() : throw _rt.TypeError("_compile: malformed tree");

        public string Id(PyObject o, string field, string owner) =>
            o is PyStr s ? s.Value : throw _rt.TypeError("AST identifier must be of type str");

        private string? OptId(PyObject o, string field, string owner) => ReferenceEquals(o, _rt.None) ? null : Id(o, field, owner);

        private List<string> Ids(PyObject o, string field, string owner) => Items(o).Select(x => Id(x, field, owner)).ToList();

        private int Int(PyObject o) => (int)Args.ToLong(ts, o);

        public List<Stmt> Stmts(PyObject o, string owner, bool nonEmpty = false)
        {
            var list = Items(o).Select(Stmt).ToList();
            if (nonEmpty && list.Count == 0) throw _rt.ValueError($"empty body on {owner}");
            return list;
        }

        private List<Expr> Exprs(PyObject o, ExprContext ctx = ExprContext.Load) => Items(o).Select(x => Expr(x, ctx)).ToList();

        private Expr? OptExpr(PyObject o) => ReferenceEquals(o, _rt.None) ? null : Expr(o);

        private ExprContext Ctx(PyObject o) => Id(o, "ctx", "expr") switch
        {
            "Load" => ExprContext.Load,
            "Store" => ExprContext.Store,
            "Del" => ExprContext.Del,
            _ => throw Expected("expr_context", o),
        };

        private static T Op<T>(PyObject o, PyRuntime rt, string what) where T : struct, Enum =>
            o is PyStr s && Enum.TryParse<T>(s.Value, out var v) ? v : throw rt.TypeError($"expected some sort of {what}, but got {o.Type.Name}");

        /// <summary>An expression in the context <paramref name="ctx"/> (Load for values, Store or
        /// Del for targets), checked as CPython's AST validator does.</summary>
        public Expr Expr(PyObject o, ExprContext ctx = ExprContext.Load)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (o is not PyTuple) throw Expected("expr", o);
            var t = Tuple(o);
            var kind = Kind(t);
            Expr e;
            ExprContext? own = null;
            switch (kind)
            {
                case "BoolOp":
                    var values = Exprs(t[2]);
                    if (values.Count < 2) throw _rt.ValueError("BoolOp with less than 2 values");
                    e = new BoolOp(Op<BoolOpKind>(t[1], _rt, "boolop"), values); break;
                case "NamedExpr":
                    var target = Expr(t[1], ExprContext.Store);
                    if (target is not Name nm) throw _rt.TypeError("NamedExpr target must be a Name");
                    e = new NamedExpr(nm, Expr(t[2])); break;
                case "BinOp": e = new BinOp(Expr(t[1]), Op<BinOpKind>(t[2], _rt, "operator"), Expr(t[3])); break;
                case "UnaryOp": e = new UnaryOp(Op<UnaryOpKind>(t[1], _rt, "unaryop"), Expr(t[2])); break;
                case "Lambda": e = new Lambda(Arguments(t[1]), Expr(t[2])); break;
                case "IfExp": e = new IfExp(Expr(t[1]), Expr(t[2]), Expr(t[3])); break;
                case "Dict":
                    var keys = Items(t[1]).Select(k => ReferenceEquals(k, _rt.None) ? null : Expr(k)).ToList();
                    var vals = Exprs(t[2]);
                    if (keys.Count != vals.Count) throw _rt.ValueError("Dict doesn't have the same number of keys as values");
                    e = new DictExpr(keys, vals); break;
                case "Set": e = new SetExpr(Exprs(t[1])); break;
                case "ListComp": e = new ListComp(Expr(t[1]), Generators(t[2], "ListComp")); break;
                case "SetComp": e = new SetComp(Expr(t[1]), Generators(t[2], "SetComp")); break;
                case "DictComp": e = new DictComp(Expr(t[1]), Expr(t[2]), Generators(t[3], "DictComp")); break;
                case "GeneratorExp": e = new GeneratorExp(Expr(t[1]), Generators(t[2], "GeneratorExp")); break;
                case "Await": e = new Await(Expr(t[1])); break;
                case "Yield": e = new Yield(OptExpr(t[1])); break;
                case "YieldFrom": e = new YieldFrom(Expr(t[1])); break;
                case "Compare":
                    var ops = Items(t[2]).Select(x => Op<CmpOpKind>(x, _rt, "cmpop")).ToList();
                    var comparators = Exprs(t[3]);
                    if (comparators.Count == 0) throw _rt.ValueError("Compare with no comparators");
                    if (ops.Count != comparators.Count) throw _rt.ValueError("Compare has a different number of comparators and operands");
                    e = new Compare(Expr(t[1]), ops, comparators); break;
                case "Call": e = new Call(Expr(t[1]), Exprs(t[2]), Items(t[3]).Select(Keyword).ToList()); break;
                case "FormattedValue":
                    var spec = ReferenceEquals(t[3], _rt.None) ? null : Expr(t[3]) as JoinedStr
                        ?? throw _rt.TypeError("FormattedValue format_spec must be a JoinedStr");
                    e = new FormattedValue(Expr(t[1]), Int(t[2]), spec); break;
                case "JoinedStr": e = new JoinedStr(Exprs(t[1])); break;
                case "Constant": e = new Constant(Constant(t[1])) { Kind = OptId(t[2], "kind", "Constant") }; break;
                case "Attribute": own = Ctx(t[3]); e = new Attribute(Expr(t[1]), Id(t[2], "attr", "Attribute"), own.Value); break;
                case "Subscript": own = Ctx(t[3]); e = new Subscript(Expr(t[1]), Expr(t[2]), own.Value); break;
                case "Starred": own = Ctx(t[2]); e = new Starred(Expr(t[1], own.Value), own.Value); break;
                case "Name": own = Ctx(t[2]); e = new Name(Id(t[1], "id", "Name"), own.Value); break;
                case "List": own = Ctx(t[2]); e = new ListExpr(Exprs(t[1], own.Value), own.Value); break;
                case "Tuple": own = Ctx(t[2]); e = new TupleExpr(Exprs(t[1], own.Value), own.Value); break;
                case "Slice": e = new Slice(OptExpr(t[1]), OptExpr(t[2]), OptExpr(t[3])); break;
                default: throw Expected("expr", o);
            }
            if ((own ?? ExprContext.Load) != ctx)
            {
                if (own == null) throw _rt.ValueError($"expression which can't be assigned to in {ctx} context");
                throw _rt.ValueError($"expression must have {ctx} context but has {own} instead");
            }
            return At(e, t);
        }

        private object? Constant(PyObject v) => v switch
        {
            _ when ReferenceEquals(v, _rt.None) => null,
            _ when ReferenceEquals(v, _rt.Ellipsis) => EllipsisValue.Instance,
            PyBool b => ReferenceEquals(b, _rt.True),
            PyInt i when v.Type == _rt.IntType => i.IsBig ? i.Big : i.Small,
            PyFloat f when v.Type == _rt.FloatType => f.Value,
            PyComplex c when v.Type == _rt.ComplexType => c.Value,
            PyStr s when v.Type == _rt.StrType => s.Value,
            PyBytes b when v.Type == _rt.BytesType => b.Value.ToArray(),
            _ => throw _rt.TypeError($"got an invalid type in Constant: {v.Type.Name}"),
        };

        private List<Comprehension> Generators(PyObject o, string owner)
        {
            var list = Items(o).Select(g =>
            {
                var t = Tuple(g);
                if (Kind(t) != "comprehension") throw Expected("comprehension", g);
                return new Comprehension(Expr(t[1], ExprContext.Store), Expr(t[2]), Exprs(t[3])) { IsAsync = Int(t[4]) != 0 };
            }).ToList();
            if (list.Count == 0) throw _rt.ValueError($"comprehension with no generators");
            return list;
        }

        private Keyword Keyword(PyObject o)
        {
            var t = Tuple(o);
            if (Kind(t) != "keyword") throw Expected("keyword", o);
            return At(new Keyword(OptId(t[1], "arg", "keyword"), Expr(t[2])), t);
        }

        private Arg Arg(PyObject o)
        {
            var t = Tuple(o);
            if (Kind(t) != "arg") throw Expected("arg", o);
            return At(new Arg(Id(t[1], "arg", "arg"), OptExpr(t[2])), t);
        }

        private Arg? OptArg(PyObject o) => ReferenceEquals(o, _rt.None) ? null : Arg(o);

        private Arguments Arguments(PyObject o)
        {
            var t = Tuple(o);
            if (Kind(t) != "arguments") throw Expected("arguments", o);
            var a = new Arguments
            {
                PosOnlyArgs = Items(t[1]).Select(Arg).ToList(),
                Args = Items(t[2]).Select(Arg).ToList(),
                VarArg = OptArg(t[3]),
                KwOnlyArgs = Items(t[4]).Select(Arg).ToList(),
                KwDefaults = Items(t[5]).Select(x => ReferenceEquals(x, _rt.None) ? null : Expr(x)).ToList(),
                KwArg = OptArg(t[6]),
                Defaults = Exprs(t[7]),
            };
            if (a.Defaults.Count > a.PosOnlyArgs.Count + a.Args.Count) throw _rt.ValueError("more positional defaults than args on arguments");
            if (a.KwDefaults.Count != a.KwOnlyArgs.Count) throw _rt.ValueError("length of kwonlyargs is not the same as kw_defaults on arguments");
            return a;
        }

        private Alias Alias(PyObject o)
        {
            var t = Tuple(o);
            if (Kind(t) != "alias") throw Expected("alias", o);
            return At(new Alias(Id(t[1], "name", "alias"), OptId(t[2], "asname", "alias")), t);
        }

        private static void NoTypeParams(PyObject o, PyRuntime rt)
        {
            if (o is PyTuple { Count: > 0 })
                throw rt.Error("NotImplementedError", "compile(): pyvm cannot compile type parameter lists (PEP 695) given as an AST");
        }

        public Stmt Stmt(PyObject o)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (o is not PyTuple) throw Expected("stmt", o);
            var t = Tuple(o);
            var kind = Kind(t);
            Stmt s;
            switch (kind)
            {
                case "FunctionDef":
                case "AsyncFunctionDef":
                    NoTypeParams(t[7], _rt);
                    s = new FunctionDef
                    {
                        Name = Id(t[1], "name", kind), Args = Arguments(t[2]), Body = Stmts(t[3], kind, true),
                        DecoratorList = Exprs(t[4]), Returns = OptExpr(t[5]), IsAsync = kind == "AsyncFunctionDef",
                    };
                    break;
                case "ClassDef":
                    NoTypeParams(t[6], _rt);
                    s = new ClassDef
                    {
                        Name = Id(t[1], "name", kind), Bases = Exprs(t[2]), Keywords = Items(t[3]).Select(Keyword).ToList(),
                        Body = Stmts(t[4], kind, true), DecoratorList = Exprs(t[5]),
                    };
                    break;
                case "Return": s = new Return(OptExpr(t[1])); break;
                case "Delete": s = new Delete(Exprs(t[1], ExprContext.Del)); break;
                case "Assign":
                    var targets = Exprs(t[1], ExprContext.Store);
                    if (targets.Count == 0) throw _rt.ValueError("empty targets on Assign");
                    s = new Assign(targets, Expr(t[2])); break;
                case "TypeAlias": throw _rt.Error("NotImplementedError", "compile(): pyvm cannot compile a 'type' statement given as an AST");
                case "AugAssign": s = new AugAssign(Expr(t[1], ExprContext.Store), Op<BinOpKind>(t[2], _rt, "operator"), Expr(t[3])); break;
                case "AnnAssign":
                    s = new AnnAssign(Expr(t[1], ExprContext.Store), Expr(t[2]), OptExpr(t[3]), Int(t[4]) != 0); break;
                case "For":
                case "AsyncFor":
                    s = new For(Expr(t[1], ExprContext.Store), Expr(t[2]), Stmts(t[3], kind, true), Stmts(t[4], kind)) { IsAsync = kind == "AsyncFor" };
                    break;
                case "While": s = new While(Expr(t[1]), Stmts(t[2], kind, true), Stmts(t[3], kind)); break;
                case "If": s = new If(Expr(t[1]), Stmts(t[2], kind, true), Stmts(t[3], kind)); break;
                case "With":
                case "AsyncWith":
                    var items = Items(t[1]).Select(x =>
                    {
                        var w = Tuple(x);
                        if (Kind(w) != "withitem") throw Expected("withitem", x);
                        return new WithItem(Expr(w[1]), ReferenceEquals(w[2], _rt.None) ? null : Expr(w[2], ExprContext.Store));
                    }).ToList();
                    if (items.Count == 0) throw _rt.ValueError($"empty items on {kind}");
                    s = new With(items, Stmts(t[2], kind, true)) { IsAsync = kind == "AsyncWith" };
                    break;
                case "Raise":
                    var exc = OptExpr(t[1]);
                    var cause = OptExpr(t[2]);
                    if (exc == null && cause != null) throw _rt.ValueError("Raise with cause but no exception");
                    s = new Raise(exc, cause); break;
                case "Try":
                case "TryStar":
                    var handlers = Items(t[2]).Select(Handler).ToList();
                    var orElse = Stmts(t[3], kind);
                    var final = Stmts(t[4], kind);
                    if (handlers.Count == 0 && final.Count == 0) throw _rt.ValueError($"{kind} has neither except handlers nor finalbody");
                    if (handlers.Count == 0 && orElse.Count > 0) throw _rt.ValueError($"{kind} has orelse but no except handlers");
                    s = new Try(Stmts(t[1], kind, true), handlers, orElse, final) { IsStar = kind == "TryStar" };
                    break;
                case "Assert": s = new Assert(Expr(t[1]), OptExpr(t[2])); break;
                case "Import": s = new Import(Items(t[1]).Select(Alias).ToList()); break;
                case "ImportFrom":
                    int level = ReferenceEquals(t[3], _rt.None) ? 0 : Int(t[3]);
                    if (level < 0) throw _rt.ValueError("Negative ImportFrom level");
                    s = new ImportFrom(OptId(t[1], "module", kind), Items(t[2]).Select(Alias).ToList(), level); break;
                case "Global": s = new Global(Ids(t[1], "names", kind)); break;
                case "Nonlocal": s = new Nonlocal(Ids(t[1], "names", kind)); break;
                case "Expr": s = new ExprStmt(Expr(t[1])); break;
                case "Pass": s = new Pass(); break;
                case "Break": s = new Break(); break;
                case "Continue": s = new Continue(); break;
                case "Match":
                    var cases = Items(t[2]).Select(x =>
                    {
                        var c = Tuple(x);
                        if (Kind(c) != "match_case") throw Expected("match_case", x);
                        return new MatchCase(Pattern(c[1]), OptExpr(c[2]), Stmts(c[3], "match_case", true));
                    }).ToList();
                    if (cases.Count == 0) throw _rt.ValueError("empty cases on Match");
                    s = new Match(Expr(t[1]), cases); break;
                default: throw Expected("stmt", o);
            }
            return At(s, t);
        }

        private ExceptHandler Handler(PyObject o)
        {
            var t = Tuple(o);
            if (Kind(t) != "ExceptHandler") throw Expected("excepthandler", o);
            return At(new ExceptHandler(OptExpr(t[1]), OptId(t[2], "name", "ExceptHandler"), Stmts(t[3], "ExceptHandler", true)), t);
        }

        private Pattern Pattern(PyObject o)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (o is not PyTuple) throw Expected("pattern", o);
            var t = Tuple(o);
            Pattern p = Kind(t) switch
            {
                "MatchValue" => new MatchValue(Expr(t[1])),
                "MatchSingleton" => new MatchSingleton(Constant(t[1])),
                "MatchSequence" => new MatchSequence(Items(t[1]).Select(Pattern).ToList()),
                "MatchMapping" => new MatchMapping(Exprs(t[1]), Items(t[2]).Select(Pattern).ToList(), OptId(t[3], "rest", "MatchMapping")),
                "MatchClass" => new MatchClass(Expr(t[1]), Items(t[2]).Select(Pattern).ToList(), Ids(t[3], "kwd_attrs", "MatchClass"),
                    Items(t[4]).Select(Pattern).ToList()),
                "MatchStar" => new MatchStar(OptId(t[1], "name", "MatchStar")),
                "MatchAs" => new MatchAs(ReferenceEquals(t[1], _rt.None) ? null : Pattern(t[1]), OptId(t[2], "name", "MatchAs")),
                "MatchOr" => new MatchOr(Items(t[1]).Select(Pattern).ToList()),
                _ => throw Expected("pattern", o),
            };
            return At(p, t);
        }
    }
}
