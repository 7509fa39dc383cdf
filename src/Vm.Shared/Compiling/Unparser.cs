using System.Numerics;
using System.Text;
using Vm.Ast;
using Attribute = Vm.Ast.Attribute;

namespace Vm.Compiling;

/// <summary>
/// Expression source text for `from __future__ import annotations` (CPython's Python/ast_unparse.c).
/// </summary>
internal static class Unparser
{
    // Precedence levels (PR_* in ast_unparse.c).
    private const int PrTuple = 0, PrTest = 1, PrOr = 2, PrAnd = 3, PrNot = 4, PrCmp = 5, PrExpr = 6, PrBOr = 6,
        PrBXor = 7, PrBAnd = 8, PrShift = 9, PrArith = 10, PrTerm = 11, PrFactor = 12, PrPower = 13, PrAwait = 14,
        PrAtom = 15;

    public static string Unparse(Expr e)
    {
        var sb = new StringBuilder();
        Append(sb, e, PrTest);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Expr e, int level)
    {
        switch (e)
        {
            case BoolOp b:
            {
                var pr = b.Op == BoolOpKind.And ? PrAnd : PrOr;
                var op = b.Op == BoolOpKind.And ? " and " : " or ";
                if (level > pr) sb.Append('(');
                for (var i = 0; i < b.Values.Count; i++)
                {
                    if (i > 0) sb.Append(op);
                    Append(sb, b.Values[i], pr + 1);
                }
                if (level > pr) sb.Append(')');
                break;
            }
            case BinOp b:
            {
                var (op, pr) = b.Op switch
                {
                    BinOpKind.Add => (" + ", PrArith),
                    BinOpKind.Sub => (" - ", PrArith),
                    BinOpKind.Mult => (" * ", PrTerm),
                    BinOpKind.MatMult => (" @ ", PrTerm),
                    BinOpKind.Div => (" / ", PrTerm),
                    BinOpKind.Mod => (" % ", PrTerm),
                    BinOpKind.LShift => (" << ", PrShift),
                    BinOpKind.RShift => (" >> ", PrShift),
                    BinOpKind.BitOr => (" | ", PrBOr),
                    BinOpKind.BitXor => (" ^ ", PrBXor),
                    BinOpKind.BitAnd => (" & ", PrBAnd),
                    BinOpKind.FloorDiv => (" // ", PrTerm),
                    _ => (" ** ", PrPower),
                };
                var rassoc = b.Op == BinOpKind.Pow ? 1 : 0;
                if (level > pr) sb.Append('(');
                Append(sb, b.Left, pr + rassoc);
                sb.Append(op);
                Append(sb, b.Right, pr + 1 - rassoc);
                if (level > pr) sb.Append(')');
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOpKind.Invert => ("~", PrFactor),
                    UnaryOpKind.Not => ("not ", PrNot),
                    UnaryOpKind.UAdd => ("+", PrFactor),
                    _ => ("-", PrFactor),
                };
                if (level > pr) sb.Append('(');
                sb.Append(op);
                Append(sb, u.Operand, pr);
                if (level > pr) sb.Append(')');
                break;
            }
            case Lambda l:
                if (level > PrTest) sb.Append('(');
                sb.Append(l.Args.Args.Count + l.Args.PosOnlyArgs.Count > 0 ? "lambda " : "lambda");
                AppendArgs(sb, l.Args);
                sb.Append(": ");
                Append(sb, l.Body, PrTest);
                if (level > PrTest) sb.Append(')');
                break;
            case IfExp ie:
                if (level > PrTest) sb.Append('(');
                Append(sb, ie.Body, PrTest + 1);
                sb.Append(" if ");
                Append(sb, ie.Test, PrTest + 1);
                sb.Append(" else ");
                Append(sb, ie.OrElse, PrTest);
                if (level > PrTest) sb.Append(')');
                break;
            case DictExpr d:
                sb.Append('{');
                for (var i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } k)
                    {
                        Append(sb, k, PrTest);
                        sb.Append(": ");
                        Append(sb, d.Values[i], PrTest);
                    }
                    else
                    {
                        sb.Append("**");
                        Append(sb, d.Values[i], PrExpr);
                    }
                }
                sb.Append('}');
                break;
            case SetExpr s:
                sb.Append('{');
                AppendList(sb, s.Elts);
                sb.Append('}');
                break;
            case GeneratorExp g:
                sb.Append('(');
                Append(sb, g.Elt, PrTest);
                AppendComprehensions(sb, g.Generators);
                sb.Append(')');
                break;
            case ListComp lc:
                sb.Append('[');
                Append(sb, lc.Elt, PrTest);
                AppendComprehensions(sb, lc.Generators);
                sb.Append(']');
                break;
            case SetComp sc:
                sb.Append('{');
                Append(sb, sc.Elt, PrTest);
                AppendComprehensions(sb, sc.Generators);
                sb.Append('}');
                break;
            case DictComp dc:
                sb.Append('{');
                Append(sb, dc.Key, PrTest);
                sb.Append(": ");
                Append(sb, dc.Value, PrTest);
                AppendComprehensions(sb, dc.Generators);
                sb.Append('}');
                break;
            case Yield y:
                if (y.Value == null)
                {
                    sb.Append("(yield)");
                    break;
                }
                sb.Append("(yield ");
                Append(sb, y.Value, PrTest);
                sb.Append(')');
                break;
            case YieldFrom yf:
                sb.Append("(yield from ");
                Append(sb, yf.Value, PrTest);
                sb.Append(')');
                break;
            case Await aw:
                if (level > PrAwait) sb.Append('(');
                sb.Append("await ");
                Append(sb, aw.Value, PrAtom);
                if (level > PrAwait) sb.Append(')');
                break;
            case Compare c:
                if (level > PrCmp) sb.Append('(');
                Append(sb, c.Left, PrCmp + 1);
                for (var i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(c.Ops[i] switch
                    {
                        CmpOpKind.Eq => " == ",
                        CmpOpKind.NotEq => " != ",
                        CmpOpKind.Lt => " < ",
                        CmpOpKind.LtE => " <= ",
                        CmpOpKind.Gt => " > ",
                        CmpOpKind.GtE => " >= ",
                        CmpOpKind.Is => " is ",
                        CmpOpKind.IsNot => " is not ",
                        CmpOpKind.In => " in ",
                        _ => " not in ",
                    });
                    Append(sb, c.Comparators[i], PrCmp + 1);
                }
                if (level > PrCmp) sb.Append(')');
                break;
            case Call call:
            {
                Append(sb, call.Func, PrAtom);
                if (call.Args.Count == 1 && call.Keywords.Count == 0 && call.Args[0] is GeneratorExp)
                {
                    Append(sb, call.Args[0], PrAtom);
                    break;
                }
                sb.Append('(');
                var first = true;
                foreach (var a in call.Args)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Append(sb, a, PrTest);
                }
                foreach (var k in call.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(k.Arg == null ? "**" : k.Arg + "=");
                    Append(sb, k.Value, PrTest);
                }
                sb.Append(')');
                break;
            }
            case Constant k:
                if (k.Value is EllipsisValue) sb.Append("...");
                else
                {
                    if (k.Kind != null) sb.Append(k.Kind);
                    AppendConstant(sb, k.Value);
                }
                break;
            case JoinedStr js:
                sb.Append('f').Append(PyRepr.Str(FStringBody(js)));
                break;
            case FormattedValue fv:
                sb.Append('f').Append(PyRepr.Str(FStringBody(new JoinedStr([fv]))));
                break;
            case Attribute a:
                Append(sb, a.Value, PrAtom);
                sb.Append(a.Value is Constant { Value: long or BigInteger } ? " ." : ".");
                sb.Append(a.Attr);
                break;
            case Subscript s:
                Append(sb, s.Value, PrAtom);
                sb.Append('[');
                Append(sb, s.Slice, PrTuple);
                sb.Append(']');
                break;
            case Starred st:
                sb.Append('*');
                Append(sb, st.Value, PrExpr);
                break;
            case Slice sl:
                if (sl.Lower != null) Append(sb, sl.Lower, PrTest);
                sb.Append(':');
                if (sl.Upper != null) Append(sb, sl.Upper, PrTest);
                if (sl.Step != null)
                {
                    sb.Append(':');
                    Append(sb, sl.Step, PrTest);
                }
                break;
            case Name n:
                sb.Append(n.Id);
                break;
            case ListExpr l:
                sb.Append('[');
                AppendList(sb, l.Elts);
                sb.Append(']');
                break;
            case TupleExpr t:
                if (t.Elts.Count == 0)
                {
                    sb.Append("()");
                    break;
                }
                if (level > PrTuple) sb.Append('(');
                AppendList(sb, t.Elts);
                if (t.Elts.Count == 1) sb.Append(',');
                if (level > PrTuple) sb.Append(')');
                break;
            case NamedExpr ne:
                if (level > PrTuple) sb.Append('(');
                Append(sb, ne.Target, PrAtom);
                sb.Append(" := ");
                Append(sb, ne.Value, PrAtom);
                if (level > PrTuple) sb.Append(')');
                break;
            default:
                sb.Append("<?>");
                break;
        }
    }

    private static void AppendConstant(StringBuilder sb, object? value)
    {
        // Infinities have no literal; CPython writes 1e309 (a literal that overflows to inf).
        switch (value)
        {
            case double d when double.IsInfinity(d):
                sb.Append(d > 0 ? "1e309" : "-1e309");
                break;
            case Complex c when double.IsInfinity(c.Imaginary) && c.Real == 0:
                sb.Append(c.Imaginary > 0 ? "1e309j" : "-1e309j");
                break;
            default:
                sb.Append(PyRepr.Of(value));
                break;
        }
    }

    private static void AppendList(StringBuilder sb, List<Expr> elts)
    {
        for (var i = 0; i < elts.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, elts[i], PrTest);
        }
    }

    private static void AppendComprehensions(StringBuilder sb, List<Comprehension> gens)
    {
        foreach (var g in gens)
        {
            sb.Append(" for ");
            Append(sb, g.Target, PrTuple);
            sb.Append(" in ");
            Append(sb, g.Iter, PrTest + 1);
            foreach (var cond in g.Ifs)
            {
                sb.Append(" if ");
                Append(sb, cond, PrTest + 1);
            }
        }
    }

    private static void AppendArg(StringBuilder sb, Arg a)
    {
        sb.Append(a.Name);
        if (a.Annotation == null) return;
        sb.Append(": ");
        Append(sb, a.Annotation, PrTest);
    }

    private static void AppendArgs(StringBuilder sb, Arguments args)
    {
        var first = true;
        void Sep()
        {
            if (!first) sb.Append(", ");
            first = false;
        }
        var posOnly = args.PosOnlyArgs.Count;
        var argCount = args.Args.Count;
        var defaults = args.Defaults.Count;
        for (var i = 0; i < posOnly + argCount; i++)
        {
            Sep();
            AppendArg(sb, i < posOnly ? args.PosOnlyArgs[i] : args.Args[i - posOnly]);
            var di = i - posOnly - argCount + defaults;
            if (di >= 0)
            {
                sb.Append('=');
                Append(sb, args.Defaults[di], PrTest);
            }
            if (posOnly > 0 && i + 1 == posOnly) sb.Append(", /");
        }
        if (args.VarArg != null || args.KwOnlyArgs.Count > 0)
        {
            Sep();
            sb.Append('*');
            if (args.VarArg != null) AppendArg(sb, args.VarArg);
        }
        for (var i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            Sep();
            AppendArg(sb, args.KwOnlyArgs[i]);
            if (i < args.KwDefaults.Count && args.KwDefaults[i] is { } d)
            {
                sb.Append('=');
                Append(sb, d, PrTest);
            }
        }
        if (args.KwArg != null)
        {
            Sep();
            sb.Append("**");
            AppendArg(sb, args.KwArg);
        }
    }

    /// <summary>The text inside the quotes of an f-string.</summary>
    private static string FStringBody(JoinedStr js)
    {
        var sb = new StringBuilder();
        foreach (var v in js.Values)
        {
            switch (v)
            {
                case Constant { Value: string s }:
                    sb.Append(s.Replace("{", "{{").Replace("}", "}}"));
                    break;
                case FormattedValue fv:
                {
                    var inner = new StringBuilder();
                    Append(inner, fv.Value, PrTest + 1);
                    var text = inner.ToString();
                    sb.Append(text.StartsWith('{') ? "{ " : "{").Append(text);
                    if (fv.Conversion > 0) sb.Append('!').Append((char)fv.Conversion);
                    if (fv.FormatSpec != null) sb.Append(':').Append(FStringBody(fv.FormatSpec));
                    sb.Append('}');
                    break;
                }
            }
        }
        return sb.ToString();
    }
}
