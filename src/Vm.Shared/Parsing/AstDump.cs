using System.Globalization;
using System.Numerics;
using System.Text;
using Vm.Ast;
using Attribute = Vm.Ast.Attribute;

namespace Vm.Parsing;

/// <summary>
/// Renders a tree in the format of CPython 3.13's <c>ast.dump</c> (None and empty-list fields are
/// left out; with <c>includeAttributes</c> the positions are shown too), so that a tree can be
/// compared with CPython's by text. For tests and debugging. Throws
/// InsufficientExecutionStackException for trees too deep to walk recursively.
/// </summary>
public static class AstDump
{
    public static string Dump(Node node, bool includeAttributes = false)
    {
        var sb = new StringBuilder();
        new Writer(sb, includeAttributes).Node(node);
        return sb.ToString();
    }

    private sealed class Writer(StringBuilder sb, bool attrs)
    {
        private readonly StringBuilder _sb = sb;
        private readonly bool _attrs = attrs;
        private bool _first;

        public void Node(Node? n)
        {
            // very deep trees (long operator chains) throw InsufficientExecutionStackException
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (n == null)
            {
                _sb.Append("None");
                return;
            }
            switch (n)
            {
                case Module m: Open("Module"); List("body", m.Body); Close(n, false); return;
                case FunctionDef f:
                    Open(f.IsAsync ? "AsyncFunctionDef" : "FunctionDef"); Str("name", f.Name); Field("args", f.Args); List("body", f.Body);
                    List("decorator_list", f.DecoratorList); Field("returns", f.Returns); Close(n); return;
                case ClassDef c:
                    Open("ClassDef"); Str("name", c.Name); List("bases", c.Bases); List("keywords", c.Keywords);
                    List("body", c.Body); List("decorator_list", c.DecoratorList); Close(n); return;
                case Return r: Open("Return"); Field("value", r.Value); Close(n); return;
                case Delete d: Open("Delete"); List("targets", d.Targets); Close(n); return;
                case Assign a: Open("Assign"); List("targets", a.Targets); Field("value", a.Value); Close(n); return;
                case AugAssign a: Open("AugAssign"); Field("target", a.Target); Raw("op", Op(a.Op)); Field("value", a.Value); Close(n); return;
                case AnnAssign a:
                    Open("AnnAssign"); Field("target", a.Target); Field("annotation", a.Annotation); Field("value", a.Value);
                    Raw("simple", a.Simple ? "1" : "0"); Close(n); return;
                case For f:
                    Open(f.IsAsync ? "AsyncFor" : "For"); Field("target", f.Target); Field("iter", f.Iter); List("body", f.Body); List("orelse", f.OrElse);
                    Close(n); return;
                case While w: Open("While"); Field("test", w.Test); List("body", w.Body); List("orelse", w.OrElse); Close(n); return;
                case If i: Open("If"); Field("test", i.Test); List("body", i.Body); List("orelse", i.OrElse); Close(n); return;
                case With w: Open(w.IsAsync ? "AsyncWith" : "With"); List("items", w.Items); List("body", w.Body); Close(n); return;
                case WithItem w: Open("withitem"); Field("context_expr", w.ContextExpr); Field("optional_vars", w.OptionalVars); Close(n, false); return;
                case Raise r: Open("Raise"); Field("exc", r.Exc); Field("cause", r.Cause); Close(n); return;
                case Try t:
                    Open(t.IsStar ? "TryStar" : "Try"); List("body", t.Body); List("handlers", t.Handlers);
                    List("orelse", t.OrElse); List("finalbody", t.FinalBody); Close(n); return;
                case ExceptHandler h:
                    Open("ExceptHandler"); Field("type", h.Type); if (h.Name != null) Str("name", h.Name); List("body", h.Body);
                    Close(n); return;
                case Assert a: Open("Assert"); Field("test", a.Test); Field("msg", a.Msg); Close(n); return;
                case Import i: Open("Import"); List("names", i.Names); Close(n); return;
                case ImportFrom i:
                    Open("ImportFrom"); if (i.Module != null) Str("module", i.Module); List("names", i.Names);
                    Raw("level", i.Level.ToString(CultureInfo.InvariantCulture)); Close(n); return;
                case Alias a: Open("alias"); Str("name", a.Name); if (a.AsName != null) Str("asname", a.AsName); Close(n); return;
                case Global g: Open("Global"); Names("names", g.Names); Close(n); return;
                case Nonlocal g: Open("Nonlocal"); Names("names", g.Names); Close(n); return;
                case ExprStmt e: Open("Expr"); Field("value", e.Value); Close(n); return;
                case Pass: Open("Pass"); Close(n); return;
                case Break: Open("Break"); Close(n); return;
                case Continue: Open("Continue"); Close(n); return;
                case Match m: Open("Match"); Field("subject", m.Subject); List("cases", m.Cases); Close(n); return;
                case MatchCase c: Open("match_case"); Field("pattern", c.Pattern); Field("guard", c.Guard); List("body", c.Body); Close(n, false); return;
                case MatchValue p: Open("MatchValue"); Field("value", p.Value); Close(n); return;
                case MatchSingleton p: Open("MatchSingleton"); Raw("value", Repr(p.Value)); Close(n); return;
                case MatchSequence p: Open("MatchSequence"); List("patterns", p.Patterns); Close(n); return;
                case MatchMapping p:
                    Open("MatchMapping"); List("keys", p.Keys); List("patterns", p.Patterns); if (p.Rest != null) Str("rest", p.Rest);
                    Close(n); return;
                case MatchClass p:
                    Open("MatchClass"); Field("cls", p.Cls); List("patterns", p.Patterns); if (p.KwdAttrs.Count > 0) Names("kwd_attrs", p.KwdAttrs);
                    List("kwd_patterns", p.KwdPatterns); Close(n); return;
                case MatchStar p: Open("MatchStar"); if (p.Name != null) Str("name", p.Name); Close(n); return;
                case MatchAs p: Open("MatchAs"); Field("pattern", p.Pattern); if (p.Name != null) Str("name", p.Name); Close(n); return;
                case MatchOr p: Open("MatchOr"); List("patterns", p.Patterns); Close(n); return;
                case BoolOp b: Open("BoolOp"); Raw("op", b.Op == BoolOpKind.And ? "And()" : "Or()"); List("values", b.Values); Close(n); return;
                case NamedExpr e: Open("NamedExpr"); Field("target", e.Target); Field("value", e.Value); Close(n); return;
                case BinOp b: Open("BinOp"); Field("left", b.Left); Raw("op", Op(b.Op)); Field("right", b.Right); Close(n); return;
                case UnaryOp u: Open("UnaryOp"); Raw("op", u.Op + "()"); Field("operand", u.Operand); Close(n); return;
                case Lambda l: Open("Lambda"); Field("args", l.Args); Field("body", l.Body); Close(n); return;
                case IfExp e: Open("IfExp"); Field("test", e.Test); Field("body", e.Body); Field("orelse", e.OrElse); Close(n); return;
                case DictExpr d: Open("Dict"); List("keys", d.Keys); List("values", d.Values); Close(n); return;
                case SetExpr s: Open("Set"); List("elts", s.Elts); Close(n); return;
                case ListComp c: Open("ListComp"); Field("elt", c.Elt); List("generators", c.Generators); Close(n); return;
                case SetComp c: Open("SetComp"); Field("elt", c.Elt); List("generators", c.Generators); Close(n); return;
                case DictComp c:
                    Open("DictComp"); Field("key", c.Key); Field("value", c.Value); List("generators", c.Generators); Close(n); return;
                case GeneratorExp c: Open("GeneratorExp"); Field("elt", c.Elt); List("generators", c.Generators); Close(n); return;
                case Comprehension c:
                    Open("comprehension"); Field("target", c.Target); Field("iter", c.Iter); List("ifs", c.Ifs); Raw("is_async", c.IsAsync ? "1" : "0");
                    Close(n, false); return;
                case Await a: Open("Await"); Field("value", a.Value); Close(n); return;
                case Yield y: Open("Yield"); Field("value", y.Value); Close(n); return;
                case YieldFrom y: Open("YieldFrom"); Field("value", y.Value); Close(n); return;
                case Compare c:
                    Open("Compare"); Field("left", c.Left); RawList("ops", c.Ops.Select(o => o + "()")); List("comparators", c.Comparators);
                    Close(n); return;
                case Call c: Open("Call"); Field("func", c.Func); List("args", c.Args); List("keywords", c.Keywords); Close(n); return;
                case FormattedValue f:
                    Open("FormattedValue"); Field("value", f.Value); Raw("conversion", f.Conversion.ToString(CultureInfo.InvariantCulture));
                    Field("format_spec", f.FormatSpec); Close(n); return;
                case JoinedStr j: Open("JoinedStr"); List("values", j.Values); Close(n); return;
                case Constant c:
                    Open("Constant"); Raw("value", Repr(c.Value)); if (c.Kind != null) Str("kind", c.Kind); Close(n); return;
                case Attribute a: Open("Attribute"); Field("value", a.Value); Str("attr", a.Attr); Ctx(a.Ctx); Close(n); return;
                case Subscript s: Open("Subscript"); Field("value", s.Value); Field("slice", s.Slice); Ctx(s.Ctx); Close(n); return;
                case Starred s: Open("Starred"); Field("value", s.Value); Ctx(s.Ctx); Close(n); return;
                case Name nm: Open("Name"); Str("id", nm.Id); Ctx(nm.Ctx); Close(n); return;
                case ListExpr l: Open("List"); List("elts", l.Elts); Ctx(l.Ctx); Close(n); return;
                case TupleExpr t: Open("Tuple"); List("elts", t.Elts); Ctx(t.Ctx); Close(n); return;
                case Slice s: Open("Slice"); Field("lower", s.Lower); Field("upper", s.Upper); Field("step", s.Step); Close(n); return;
                case Arguments a:
                    Open("arguments"); List("posonlyargs", a.PosOnlyArgs); List("args", a.Args); Field("vararg", a.VarArg);
                    List("kwonlyargs", a.KwOnlyArgs); List("kw_defaults", a.KwDefaults); Field("kwarg", a.KwArg);
                    List("defaults", a.Defaults); Close(n, false); return;
                case Arg a: Open("arg"); Str("arg", a.Name); Field("annotation", a.Annotation); Close(n); return;
                case Keyword k: Open("keyword"); if (k.Arg != null) Str("arg", k.Arg); Field("value", k.Value); Close(n); return;
                default: _sb.Append(n.GetType().Name).Append("(?)"); return;
            }
        }

        private void Open(string name)
        {
            _sb.Append(name).Append('(');
            _first = true;
        }

        private void Sep()
        {
            if (!_first) _sb.Append(", ");
            _first = false;
        }

        private void Close(Node n, bool positions = true)
        {
            if (_attrs && positions)
            {
                Raw("lineno", n.Line.ToString(CultureInfo.InvariantCulture));
                Raw("col_offset", n.Col.ToString(CultureInfo.InvariantCulture));
                Raw("end_lineno", n.EndLine.ToString(CultureInfo.InvariantCulture));
                Raw("end_col_offset", n.EndCol.ToString(CultureInfo.InvariantCulture));
            }
            _sb.Append(')');
            _first = false;
        }

        private void Raw(string name, string text)
        {
            Sep();
            _sb.Append(name).Append('=').Append(text);
        }

        private void Str(string name, string value) => Raw(name, Repr(value));

        private void Ctx(ExprContext ctx) => Raw("ctx", ctx + "()");

        private void Field(string name, Node? value)
        {
            if (value == null) return;
            Sep();
            _sb.Append(name).Append('=');
            Node(value);
            _first = false;
        }

        private void List<T>(string name, List<T> items) where T : Node?
        {
            if (items.Count == 0) return;
            Sep();
            _sb.Append(name).Append("=[");
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) _sb.Append(", ");
                Node(items[i]);
            }
            _sb.Append(']');
            _first = false;
        }

        private void Names(string name, List<string> names) => RawList(name, names.Select(Repr));

        private void RawList(string name, IEnumerable<string> items)
        {
            Sep();
            _sb.Append(name).Append("=[").Append(string.Join(", ", items)).Append(']');
        }

        private static string Op(BinOpKind op) => op + "()";
    }

    /// <summary>Python's repr() of a constant value.</summary>
    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => StrRepr(s),
        byte[] bytes => BytesRepr(bytes),
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d, false),
        Complex c => FloatRepr(c.Imaginary, true) + "j",
        EllipsisValue => "Ellipsis",
        _ => value.ToString() ?? "",
    };

    private static string StrRepr(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
            }
            if (c == q || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (cp < 0x20 || cp == 0x7f) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7f) sb.Append(c);
            else if (!Lexing.Tokenizer.IsPrintable(cp))
            {
                if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                if (cp > 0xffff) i++;
            }
            else if (cp > 0xffff)
            {
                sb.Append(c).Append(s[i + 1]);
                i++;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.Append(q).ToString();
    }

    private static string BytesRepr(byte[] bytes)
    {
        bool hasSingle = Array.IndexOf(bytes, (byte)'\'') >= 0, hasDouble = Array.IndexOf(bytes, (byte)'"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(q);
        foreach (byte b in bytes)
        {
            if (b == q || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b == '\t') sb.Append("\\t");
            else if (b < 0x20 || b >= 0x7f) sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }
        return sb.Append(q).ToString();
    }

    /// <summary>Python's repr(float) (shortest round-trip digits, scientific below 1e-4 and from 1e16).</summary>
    public static string FloatRepr(double d, bool forComplex)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        // digits and exponent from the shortest form
        bool neg = shortest.StartsWith('-');
        if (neg) shortest = shortest.Substring(1);
        int ePos = shortest.IndexOfAny(['E', 'e']);
        string mant = ePos >= 0 ? shortest.Substring(0, ePos) : shortest;
        int exp10 = ePos >= 0 ? int.Parse(shortest.AsSpan(ePos + 1), CultureInfo.InvariantCulture) : 0;
        int dot = mant.IndexOf('.');
        string intPart = dot >= 0 ? mant.Substring(0, dot) : mant;
        string fracPart = dot >= 0 ? mant.Substring(dot + 1) : "";
        string digits = (intPart + fracPart).TrimStart('0');
        int lead = (intPart + fracPart).Length - digits.Length;
        int pointPos = intPart.Length + exp10 - lead; // position of the decimal point relative to digits
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            string zero = forComplex ? "0" : "0.0";
            return (neg ? "-" : "") + zero;
        }
        int sciExp = pointPos - 1;
        string body;
        if (sciExp < -4 || sciExp >= 16)
        {
            body = digits.Substring(0, 1) + (digits.Length > 1 ? "." + digits.Substring(1) : "")
                + "e" + (sciExp < 0 ? "-" : "+") + Math.Abs(sciExp).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (pointPos <= 0)
        {
            body = "0." + new string('0', -pointPos) + digits;
        }
        else if (pointPos >= digits.Length)
        {
            body = digits + new string('0', pointPos - digits.Length) + (forComplex ? "" : ".0");
        }
        else
        {
            body = digits.Substring(0, pointPos) + "." + digits.Substring(pointPos);
        }
        return (neg ? "-" : "") + body;
    }
}
