// printf-style formatting: str % args and bytes % args (CPython's PyUnicode_Format and
// _PyBytes_FormatEx). Bytes formatting runs the same parser over the format's Latin-1 text and
// encodes the result back to Latin-1.
using System.Numerics;
using System.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Text;

public static class PercentFormat<TSync> where TSync : struct, ISyncPolicy
{
    [Flags]
    private enum F { None = 0, LJust = 1, Sign = 2, Blank = 4, Alt = 8, Zero = 16 }

    private ref struct Ctx
    {
        public PyObject Args;
        public int ArgLen;
        public int ArgIdx;
        public PyObject? Dict;
        public bool Bytes;
    }

    public static string FormatStr(PyThreadState ts, string fmt, PyObject args) => Run(ts, fmt, args, false);

    public static byte[] FormatBytes(PyThreadState ts, ReadOnlySpan<byte> fmt, PyObject args) =>
        Encoding.Latin1.GetBytes(Run(ts, Encoding.Latin1.GetString(fmt), args, true));

    private static PyObject NextArg(PyThreadState ts, ref Ctx c)
    {
        int idx = c.ArgIdx;
        if (idx < c.ArgLen)
        {
            c.ArgIdx++;
            return c.ArgLen < 0 ? c.Args : ((PyTuple)c.Args).Items[idx];
        }
        throw ts.Rt.TypeError("not enough arguments for format string");
    }

    private static bool IsMapping(PyThreadState ts, PyObject o, bool bytes)
    {
        if (o is PyTuple || o is PyStr) return false;
        if (bytes && BytesTypes<TSync>.BufferOf(o) != null) return false;
        return o is PyDict || o.Type.Lookup(ts.Rt.Intern("__getitem__")) != null;
    }

    private static string Run(PyThreadState ts, string fmt, PyObject args, bool bytes)
    {
        var rt = ts.Rt;
        var c = new Ctx { Args = args, Bytes = bytes };
        if (args is PyTuple t)
        {
            c.ArgLen = t.Count;
            c.ArgIdx = 0;
        }
        else
        {
            c.ArgLen = -1;
            c.ArgIdx = -2;
        }
        if (IsMapping(ts, args, bytes)) c.Dict = args;
        var sb = new StringBuilder(fmt.Length + 16);
        int n = fmt.Length;
        int i = 0;
        while (i < n)
        {
            int pct = fmt.IndexOf('%', i);
            if (pct < 0)
            {
                sb.Append(fmt, i, n - i);
                break;
            }
            sb.Append(fmt, i, pct - i);
            i = pct + 1;
            if (i >= n) throw rt.ValueError("incomplete format");
            if (fmt[i] == '%')
            {
                sb.Append('%');
                i++;
                continue;
            }
            if (fmt[i] == '(')
            {
                if (c.Dict == null) throw rt.TypeError("format requires a mapping");
                i++;
                int depth = 1, keyStart = i;
                while (i < n && depth > 0)
                {
                    if (fmt[i] == ')') depth--;
                    else if (fmt[i] == '(') depth++;
                    i++;
                }
                if (depth > 0) throw rt.ValueError("incomplete format key");
                var keyText = fmt.Substring(keyStart, i - 1 - keyStart);
                PyObject key = bytes ? rt.NewBytes(Encoding.Latin1.GetBytes(keyText)) : rt.NewStr(keyText);
                c.Args = Ops<TSync>.GetItem(ts, c.Dict, key);
                c.ArgLen = -1;
                c.ArgIdx = -2;
            }
            var flags = F.None;
            for (; i < n; i++)
            {
                switch (fmt[i])
                {
                    case '-': flags |= F.LJust; continue;
                    case '+': flags |= F.Sign; continue;
                    case ' ': flags |= F.Blank; continue;
                    case '#': flags |= F.Alt; continue;
                    case '0': flags |= F.Zero; continue;
                }
                break;
            }
            int width = -1, prec = -1;
            if (i < n && fmt[i] == '*')
            {
                var w = NextArg(ts, ref c);
                if (w is not PyInt wi) throw rt.TypeError("* wants int");
                // CPython takes a ssize_t width and fails allocating the padded result.
                if (wi.IsBig) throw rt.OverflowError("Python int too large to convert to C ssize_t");
                if (wi.Small > int.MaxValue || wi.Small < -int.MaxValue) throw rt.MemoryError();
                width = (int)wi.Small;
                if (width < 0)
                {
                    flags |= F.LJust;
                    width = -width;
                }
                i++;
            }
            else if (i < n && char.IsAsciiDigit(fmt[i]))
            {
                long w = 0;
                while (i < n && char.IsAsciiDigit(fmt[i]))
                {
                    if (w > (long.MaxValue - 9) / 10) throw rt.ValueError("width too big");
                    w = w * 10 + (fmt[i++] - '0');
                }
                if (w > int.MaxValue) throw rt.MemoryError();
                width = (int)w;
            }
            if (i < n && fmt[i] == '.')
            {
                i++;
                if (i < n && fmt[i] == '*')
                {
                    var p = NextArg(ts, ref c);
                    if (p is not PyInt pi) throw rt.TypeError("* wants int");
                    if (pi.IsBig || pi.Small > int.MaxValue) throw rt.OverflowError("Python int too large to convert to C int");
                    prec = pi.Small < 0 ? 0 : (int)pi.Small;
                    i++;
                }
                else
                {
                    long p = 0;
                    while (i < n && char.IsAsciiDigit(fmt[i]))
                    {
                        p = p * 10 + (fmt[i++] - '0');
                        if (p > int.MaxValue) throw rt.ValueError("precision too big");
                    }
                    prec = (int)p;
                }
            }
            if (i < n && fmt[i] is 'h' or 'l' or 'L') i++;
            if (i >= n) throw rt.ValueError("incomplete format");
            int chPos = i;
            int ch = CodePoints.Next(fmt, ref i);
            if (ch is not ('s' or 'r' or 'a' or 'b' or 'c' or 'd' or 'i' or 'u' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G')
                || (ch == 'b' && !bytes))
            {
                char shown = ch >= 31 && ch <= 126 ? (char)ch : '?';
                throw rt.ValueError($"unsupported format character '{shown}' (0x{ch:x}) at index {CodePoints.CountCp(fmt, 0, chPos)}");
            }
            var v = NextArg(ts, ref c);
            FormatOne(ts, sb, (char)ch, v, flags, width, prec, bytes);
        }
        if (c.ArgIdx < c.ArgLen && c.Dict == null)
            throw rt.TypeError(bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static void Pad(StringBuilder sb, string s, int width, bool left, int cpLen = -1)
    {
        int len = cpLen >= 0 ? cpLen : s.Length;
        if (width <= len) { sb.Append(s); return; }
        if (left) sb.Append(s).Append(' ', width - len);
        else sb.Append(' ', width - len).Append(s);
    }

    private static void FormatOne(PyThreadState ts, StringBuilder sb, char ch, PyObject v, F flags, int width, int prec, bool bytes)
    {
        var rt = ts.Rt;
        switch (ch)
        {
            case 's' or 'b' when bytes:
            {
                string s = Encoding.Latin1.GetString(BytesOf(ts, v));
                if (prec >= 0 && s.Length > prec) s = s[..prec];
                Pad(sb, s, width, (flags & F.LJust) != 0);
                return;
            }
            case 's' or 'r' or 'a':
            {
                string s = ch == 's' ? (v is PyStr ps && v.Type == rt.StrType ? ps.Value : Ops<TSync>.StrValue(ts, v))
                    : ch == 'r' ? Ops<TSync>.ReprValue(ts, v)
                    : TextRepr.AsciiOf(Ops<TSync>.ReprValue(ts, v));
                if (bytes && ch == 'r') s = TextRepr.AsciiOf(s);
                int cpLen = s.Length;
                bool simple = CodePoints.IndexOfInRange(s, '\uD800', '\uDFFF') < 0;
                if (!simple) cpLen = CodePoints.CountCp(s, 0, s.Length);
                if (prec >= 0 && cpLen > prec)
                {
                    s = simple ? s[..prec] : s[..CodePoints.CharIndex(s, prec)];
                    cpLen = prec;
                }
                Pad(sb, s, width, (flags & F.LJust) != 0, cpLen);
                return;
            }
            case 'c':
            {
                string s = bytes ? ((char)ByteChar(ts, v)).ToString() : CodePoints.FromCp(CharArg(ts, v));
                Pad(sb, s, width, (flags & F.LJust) != 0, 1);
                return;
            }
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
            {
                var iv = IntArg(ts, v, ch);
                int radix = ch is 'o' ? 8 : ch is 'x' or 'X' ? 16 : 10;
                bool neg = iv.IsBig ? iv.Big.Sign < 0 : iv.Small < 0;
                string digits = radix == 10 && iv.IsBig
                    ? Vm.Builtins.Formatting.IntMath.ToDecimal(rt, BigInteger.Abs(iv.Big))
                    : iv.IsBig ? NumberText.AbsDigits(iv.Big, radix) : NumberText.AbsDigits(iv.Small, radix);
                if (ch == 'X') digits = digits.ToUpperInvariant();
                if (prec > digits.Length) digits = new string('0', prec - digits.Length) + digits;
                string prefix = (flags & F.Alt) != 0 && radix != 10 ? (ch == 'o' ? "0o" : ch == 'x' ? "0x" : "0X") : "";
                string sign = neg ? "-" : (flags & F.Sign) != 0 ? "+" : (flags & F.Blank) != 0 ? " " : "";
                Numeric(sb, sign, prefix, digits, flags, width);
                return;
            }
            default:
            {
                double d = FloatArg(ts, v);
                string s = Vm.Builtins.Formatting.FloatRepr.DoubleToString(d, ch, prec < 0 ? 6 : prec,
                    (flags & F.Alt) != 0 ? Vm.Builtins.Formatting.DtsfFlags.Alt : Vm.Builtins.Formatting.DtsfFlags.None);
                string sign = "";
                if (s.StartsWith('-'))
                {
                    sign = "-";
                    s = s[1..];
                }
                else if ((flags & F.Sign) != 0) sign = "+";
                else if ((flags & F.Blank) != 0) sign = " ";
                Numeric(sb, sign, "", s, flags, width);
                return;
            }
        }
    }

    private static void Numeric(StringBuilder sb, string sign, string prefix, string digits, F flags, int width)
    {
        int len = sign.Length + prefix.Length + digits.Length;
        if (width <= len)
        {
            sb.Append(sign).Append(prefix).Append(digits);
            return;
        }
        int pad = width - len;
        if ((flags & F.LJust) != 0) sb.Append(sign).Append(prefix).Append(digits).Append(' ', pad);
        else if ((flags & F.Zero) != 0) sb.Append(sign).Append(prefix).Append('0', pad).Append(digits);
        else sb.Append(' ', pad).Append(sign).Append(prefix).Append(digits);
    }

    private static bool IsNumber(PyThreadState ts, PyObject v)
    {
        if (v is PyInt or PyFloat or PyComplex) return true;
        var t = v.Type;
        var rt = ts.Rt;
        return t.Lookup(rt.Intern("__index__")) != null || t.Lookup(rt.Intern("__int__")) != null || t.Lookup(rt.Intern("__float__")) != null;
    }

    private static PyInt IntArg(PyThreadState ts, PyObject v, char ch)
    {
        var rt = ts.Rt;
        if (v is PyInt i) return i;
        bool integerOnly = ch is 'o' or 'x' or 'X';
        string wrong = $"%{ch} format: {(integerOnly ? "an integer" : "a real number")} is required, not {v.Type.Name}";
        if (!IsNumber(ts, v)) throw rt.TypeError(wrong);
        try
        {
            if (integerOnly) return Ops<TSync>.Index(ts, v);
            if (v is PyFloat f)
            {
                if (double.IsNaN(f.Value)) throw rt.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.Value)) throw rt.OverflowError("cannot convert float infinity to integer");
                return rt.NewInt(new BigInteger(Math.Truncate(f.Value)));
            }
            var r = Ops<TSync>.Call(ts, rt.IntType, [v], null);
            return r as PyInt ?? throw rt.TypeError(wrong);
        }
        catch (PyException e) when (e.Value.Type == rt.ExceptionTypes["TypeError"])
        {
            throw rt.TypeError(wrong);
        }
    }

    private static double FloatArg(PyThreadState ts, PyObject v)
    {
        var rt = ts.Rt;
        switch (v)
        {
            case PyFloat f: return f.Value;
            case PyInt i:
                if (!i.IsBig) return i.Small;
                var d = (double)i.Big;
                if (double.IsInfinity(d)) throw rt.OverflowError("int too large to convert to float");
                return d;
        }
        var m = v.Type.Lookup(rt.Intern("__float__"));
        if (m != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, m, v, []);
            if (r is PyFloat rf) return rf.Value;
            throw rt.TypeError($"{v.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (v.Type.Lookup(rt.Intern("__index__")) != null) return FloatArg(ts, Ops<TSync>.Index(ts, v));
        throw rt.TypeError($"must be real number, not {v.Type.Name}");
    }

    private static int CharArg(PyThreadState ts, PyObject v)
    {
        var rt = ts.Rt;
        if (v is PyStr s)
        {
            int cp = CodePoints.SingleCp(s.Value);
            if (cp < 0) throw rt.TypeError("%c requires int or char");
            return cp;
        }
        if (v is not PyInt && v.Type.Lookup(rt.Intern("__index__")) == null) throw rt.TypeError("%c requires int or char");
        var i = Ops<TSync>.Index(ts, v);
        if (i.IsBig || i.Small < 0 || i.Small > 0x10FFFF) throw rt.OverflowError("%c arg not in range(0x110000)");
        return (int)i.Small;
    }

    private static int ByteChar(PyThreadState ts, PyObject v)
    {
        var rt = ts.Rt;
        var buf = BytesTypes<TSync>.BufferOf(v);
        if (buf is { Length: 1 } one) return one.Span[0];
        if (v is PyInt || (buf == null && v.Type.Lookup(rt.Intern("__index__")) != null))
        {
            var i = Ops<TSync>.Index(ts, v);
            if (i.IsBig || i.Small < 0 || i.Small > 255) throw rt.OverflowError("%c arg not in range(256)");
            return (int)i.Small;
        }
        throw rt.TypeError("%c requires an integer in range(256) or a single byte");
    }

    private static byte[] BytesOf(PyThreadState ts, PyObject v)
    {
        var rt = ts.Rt;
        if (BytesTypes<TSync>.BufferOf(v) is { } buf) return buf.ToArray();
        var m = v.Type.Lookup(rt.Intern("__bytes__"));
        if (m != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, m, v, []);
            if (r is PyBytes rb) return rb.Value;
            throw rt.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
        }
        throw rt.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{v.Type.Name}'");
    }
}
