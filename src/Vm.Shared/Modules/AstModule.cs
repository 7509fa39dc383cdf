// _ast: the parser's tree for Lib/ast.py. `_tree(source, filename, mode)` parses with the front-end
// (Parsing/PythonParser) and returns the tree as nested tuples, one per node:
//     (class_name, field_1, ..., field_n[, lineno, col_offset, end_lineno, end_col_offset])
// in the field order of CPython 3.13's ast classes (Lib/ast.py lists the same order); lists are
// tuples, operators and contexts are their class names as str, missing optional fields None.
// The four positions are present for the classes that have `_attributes` in CPython (statements,
// expressions, patterns, excepthandler, arg, keyword, alias). Columns are UTF-8 byte offsets, as
// in CPython (the parser counts UTF-16 code units; lines holding non-ASCII text are re-measured).
// Lib/ast.py builds its node objects from the tuples (and puts its classes into this module).
//
// `_compile(tree, filename, mode, future)` takes such a tuple tree back (AstModule.FromTuples.cs).
//
// Syntax errors raise SyntaxError as compile() does. PEP 695 type parameters are lowered by the
// parser to ordinary code (see Parsing/Parser.TypeParams.cs), so a tree holding them cannot be
// given back: `_tree` raises NotImplementedError there rather than return the lowered code.
using System.Numerics;
using System.Text;
using Vm.Ast;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;
using Attribute = Vm.Ast.Attribute;

namespace Vm.Modules;

public static partial class AstModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_ast";

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        Def.Function(rt, d, "_tree", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "_tree", kw);
            if (a.Length != 3) throw ts2.Rt.TypeError($"_tree expected 3 arguments, got {a.Length}");
            if (a[0] is not PyStr src) throw ts2.Rt.TypeError("_tree() argument 1 must be str");
            var file = Ops<TSync>.StrValue(ts2, a[1]);
            var mode = Ops<TSync>.StrValue(ts2, a[2]);
            Node tree;
            try
            {
                tree = mode switch
                {
                    "exec" => PythonParser(src.Value, file, 0),
                    "eval" => PythonParser(src.Value.TrimStart(' ', '\t'), file, 1),
                    "single" => PythonParser(src.Value, file, 2),
                    _ => throw ts2.Rt.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
                };
                return new Builder(ts2, mode == "eval" ? src.Value.TrimStart(' ', '\t') : src.Value).Node(tree);
            }
            catch (Vm.Text.SyntaxErrorException se)
            {
                throw new PyException(ExceptionsSetup<TSync>.FromSyntaxError(ts2, se));
            }
            catch (InsufficientExecutionStackException)
            {
                throw ts2.Rt.Error("RecursionError", "maximum recursion depth exceeded during compilation");
            }
        }, Mod);
        Def.Function(rt, d, "_compile", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "_compile", kw);
            return Compile(ts2, a);
        }, Mod);
        return m;
    }

    private static Node PythonParser(string src, string file, int mode) => mode switch
    {
        0 => Vm.Parsing.PythonParser.ParseModule(src, file),
        1 => new Expression(Vm.Parsing.PythonParser.ParseExpression(src, file)),
        _ => new Interactive(Vm.Parsing.PythonParser.ParseInteractive(src, file)),
    };

    /// <summary>`eval` mode's root (CPython's ast.Expression).</summary>
    private sealed class Expression(Expr body) : Node { public readonly Expr Body = body; }

    /// <summary>`single` mode's root (CPython's ast.Interactive).</summary>
    private sealed class Interactive(Module m) : Node { public readonly Module Module = m; }

    /// <summary>Builds the tuple tree; one instance per call.</summary>
    private sealed class Builder(PyThreadState ts, string source)
    {
        private readonly PyRuntime _rt = ts.Rt;
        private readonly List<PyObject> _items = new();
        private string[]? _lines;

        public PyObject Node(Node? n)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (n == null) return _rt.None;
            switch (n)
            {
                case Module m: return Make("Module", [List(m.Body), Empty()], null);
                case Expression e: return Make("Expression", [Node(e.Body)], null);
                case Interactive i: return Make("Interactive", [List(i.Module.Body)], null);
                case FunctionDef f:
                    if (f.IsTypeParamScope) throw TypeParams();
                    return Make(f.IsAsync ? "AsyncFunctionDef" : "FunctionDef",
                        [Str(f.Name), Node(f.Args), List(f.Body), List(f.DecoratorList), Node(f.Returns), _rt.None, Empty()], n);
                case ClassDef c:
                    if (c.StoreAs != null) throw TypeParams();
                    return Make("ClassDef", [Str(c.Name), List(c.Bases), List(c.Keywords), List(c.Body), List(c.DecoratorList), Empty()], n);
                case Return r: return Make("Return", [Node(r.Value)], n);
                case Delete dl: return Make("Delete", [List(dl.Targets)], n);
                case Assign a: return Make("Assign", [List(a.Targets), Node(a.Value), _rt.None], n);
                case AugAssign a: return Make("AugAssign", [Node(a.Target), Str(a.Op.ToString()), Node(a.Value)], n);
                case AnnAssign a: return Make("AnnAssign", [Node(a.Target), Node(a.Annotation), Node(a.Value), _rt.NewInt(a.Simple ? 1 : 0)], n);
                case For f:
                    return Make(f.IsAsync ? "AsyncFor" : "For", [Node(f.Target), Node(f.Iter), List(f.Body), List(f.OrElse), _rt.None], n);
                case While w: return Make("While", [Node(w.Test), List(w.Body), List(w.OrElse)], n);
                case If i: return Make("If", [Node(i.Test), List(i.Body), List(i.OrElse)], n);
                case With w: return Make(w.IsAsync ? "AsyncWith" : "With", [List(w.Items), List(w.Body), _rt.None], n);
                case WithItem w: return Make("withitem", [Node(w.ContextExpr), Node(w.OptionalVars)], null);
                case Raise r: return Make("Raise", [Node(r.Exc), Node(r.Cause)], n);
                case Try t: return Make(t.IsStar ? "TryStar" : "Try", [List(t.Body), List(t.Handlers), List(t.OrElse), List(t.FinalBody)], n);
                case ExceptHandler h: return Make("ExceptHandler", [Node(h.Type), OptStr(h.Name), List(h.Body)], n);
                case Assert a: return Make("Assert", [Node(a.Test), Node(a.Msg)], n);
                case Import i: return Make("Import", [List(i.Names)], n);
                case ImportFrom i: return Make("ImportFrom", [OptStr(i.Module), List(i.Names), _rt.NewInt(i.Level)], n);
                case Alias a: return Make("alias", [Str(a.Name), OptStr(a.AsName)], n);
                case Global g: return Make("Global", [Strs(g.Names)], n);
                case Nonlocal g: return Make("Nonlocal", [Strs(g.Names)], n);
                case ExprStmt e: return Make("Expr", [Node(e.Value)], n);
                case Pass: return Make("Pass", [], n);
                case Break: return Make("Break", [], n);
                case Continue: return Make("Continue", [], n);
                case Match mt: return Make("Match", [Node(mt.Subject), List(mt.Cases)], n);
                case MatchCase c: return Make("match_case", [Node(c.Pattern), Node(c.Guard), List(c.Body)], null);
                case MatchValue p: return Make("MatchValue", [Node(p.Value)], n);
                case MatchSingleton p: return Make("MatchSingleton", [Value(p.Value)], n);
                case MatchSequence p: return Make("MatchSequence", [List(p.Patterns)], n);
                case MatchMapping p: return Make("MatchMapping", [List(p.Keys), List(p.Patterns), OptStr(p.Rest)], n);
                case MatchClass p: return Make("MatchClass", [Node(p.Cls), List(p.Patterns), Strs(p.KwdAttrs), List(p.KwdPatterns)], n);
                case MatchStar p: return Make("MatchStar", [OptStr(p.Name)], n);
                case MatchAs p: return Make("MatchAs", [Node(p.Pattern), OptStr(p.Name)], n);
                case MatchOr p: return Make("MatchOr", [List(p.Patterns)], n);
                case BoolOp b: return Make("BoolOp", [Str(b.Op.ToString()), List(b.Values)], n);
                case NamedExpr e: return Make("NamedExpr", [Node(e.Target), Node(e.Value)], n);
                case BinOp b: return Make("BinOp", [Node(b.Left), Str(b.Op.ToString()), Node(b.Right)], n);
                case UnaryOp u: return Make("UnaryOp", [Str(u.Op.ToString()), Node(u.Operand)], n);
                case Lambda l:
                    if (l.AnnotationScopeOf != null) throw TypeParams();
                    return Make("Lambda", [Node(l.Args), Node(l.Body)], n);
                case IfExp e: return Make("IfExp", [Node(e.Test), Node(e.Body), Node(e.OrElse)], n);
                case DictExpr dx: return Make("Dict", [List(dx.Keys), List(dx.Values)], n);
                case SetExpr s: return Make("Set", [List(s.Elts)], n);
                case ListComp c: return Make("ListComp", [Node(c.Elt), List(c.Generators)], n);
                case SetComp c: return Make("SetComp", [Node(c.Elt), List(c.Generators)], n);
                case DictComp c: return Make("DictComp", [Node(c.Key), Node(c.Value), List(c.Generators)], n);
                case GeneratorExp c: return Make("GeneratorExp", [Node(c.Elt), List(c.Generators)], n);
                case Comprehension c: return Make("comprehension", [Node(c.Target), Node(c.Iter), List(c.Ifs), _rt.NewInt(c.IsAsync ? 1 : 0)], null);
                case Await a: return Make("Await", [Node(a.Value)], n);
                case Yield y: return Make("Yield", [Node(y.Value)], n);
                case YieldFrom y: return Make("YieldFrom", [Node(y.Value)], n);
                case Compare c:
                    {
                        var ops = new PyObject[c.Ops.Count];
                        for (int i = 0; i < ops.Length; i++) ops[i] = Str(c.Ops[i].ToString());
                        return Make("Compare", [Node(c.Left), Ops<TSync>.NewTuple(ts, ops), List(c.Comparators)], n);
                    }
                case Call c: return Make("Call", [Node(c.Func), List(c.Args), List(c.Keywords)], n);
                case FormattedValue f: return Make("FormattedValue", [Node(f.Value), _rt.NewInt(f.Conversion), Node(f.FormatSpec)], n);
                case JoinedStr j: return Make("JoinedStr", [List(j.Values)], n);
                case Constant c: return Make("Constant", [Value(c.Value), OptStr(c.Kind)], n);
                case Attribute a: return Make("Attribute", [Node(a.Value), Str(a.Attr), Str(a.Ctx.ToString())], n);
                case Subscript s: return Make("Subscript", [Node(s.Value), Node(s.Slice), Str(s.Ctx.ToString())], n);
                case Starred s: return Make("Starred", [Node(s.Value), Str(s.Ctx.ToString())], n);
                case Name nm:
                    if (nm.Id.StartsWith('.')) throw TypeParams();
                    return Make("Name", [Str(nm.Id), Str(nm.Ctx.ToString())], n);
                case ListExpr l: return Make("List", [List(l.Elts), Str(l.Ctx.ToString())], n);
                case TupleExpr t: return Make("Tuple", [List(t.Elts), Str(t.Ctx.ToString())], n);
                case Slice s: return Make("Slice", [Node(s.Lower), Node(s.Upper), Node(s.Step)], n);
                case Arguments a:
                    return Make("arguments", [List(a.PosOnlyArgs), List(a.Args), Node(a.VarArg), List(a.KwOnlyArgs),
                        List(a.KwDefaults), Node(a.KwArg), List(a.Defaults)], null);
                case Arg a: return Make("arg", [Str(a.Name), Node(a.Annotation), _rt.None], n);
                case Keyword k: return Make("keyword", [OptStr(k.Arg), Node(k.Value)], n);
                default: throw _rt.Error("SystemError", "_ast: unknown node " + n.GetType().Name);
            }
        }

        private PyException TypeParams() =>
            _rt.Error("NotImplementedError", "ast.parse: pyvm's parser lowers type parameter lists and 'type' statements (PEP 695); their tree is not available");

        private PyObject Make(string kind, PyObject[] fields, Node? positioned)
        {
            int n = fields.Length + 1 + (positioned != null ? 4 : 0);
            var items = new PyObject[n];
            items[0] = _rt.Intern(kind);
            fields.CopyTo(items, 1);
            if (positioned != null)
            {
                int k = fields.Length + 1;
                items[k] = _rt.NewInt(positioned.Line);
                items[k + 1] = _rt.NewInt(Utf8Col(positioned.Line, positioned.Col));
                items[k + 2] = _rt.NewInt(positioned.EndLine);
                items[k + 3] = _rt.NewInt(Utf8Col(positioned.EndLine, positioned.EndCol));
            }
            return Ops<TSync>.NewTuple(ts, items);
        }

        private PyObject List<T>(List<T> nodes) where T : Node?
        {
            if (nodes.Count == 0) return _rt.EmptyTuple;
            var items = new PyObject[nodes.Count];
            for (int i = 0; i < items.Length; i++) items[i] = Node(nodes[i]);
            return Ops<TSync>.NewTuple(ts, items);
        }

        private PyObject Empty() => _rt.EmptyTuple;

        private PyObject Str(string s) => _rt.NewStr(s);

        private PyObject OptStr(string? s) => s == null ? _rt.None : _rt.NewStr(s);

        private PyObject Strs(List<string> names)
        {
            _items.Clear();
            foreach (var s in names) _items.Add(_rt.NewStr(s));
            return Ops<TSync>.NewTuple(ts, _items.ToArray());
        }

        private PyObject Value(object? v) => v switch
        {
            null => _rt.None,
            bool b => _rt.NewBool(b),
            long l => _rt.NewInt(l),
            int i => _rt.NewInt(i),
            BigInteger bi => _rt.NewInt(bi),
            double dbl => _rt.NewFloat(dbl),
            Complex c => _rt.NewComplex(c),
            string s => _rt.NewStr(s),
            byte[] bytes => _rt.NewBytes(bytes),
            EllipsisValue => _rt.Ellipsis,
            _ => throw _rt.Error("SystemError", "_ast: unknown constant " + v.GetType().Name),
        };

        /// <summary>The UTF-8 byte offset of UTF-16 column <paramref name="col"/> on 1-based line <paramref name="line"/>.</summary>
        private int Utf8Col(int line, int col)
        {
            _lines ??= SplitLines(source);
            if (line < 1 || line > _lines.Length) return col;
            var text = _lines[line - 1];
            if (col <= 0) return col;
            int upTo = Math.Min(col, text.Length);
            bool ascii = true;
            for (int i = 0; i < upTo; i++) if (text[i] >= 0x80) { ascii = false; break; }
            return ascii ? col : Encoding.UTF8.GetByteCount(text.AsSpan(0, upTo)) + (col - upTo);
        }

        private static string[] SplitLines(string s)
        {
            var lines = new List<string>();
            int start = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] != '\n' && s[i] != '\r') continue;
                lines.Add(s.Substring(start, i - start));
                if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                start = i + 1;
            }
            lines.Add(s.Substring(start));
            return lines.ToArray();
        }
    }
}
