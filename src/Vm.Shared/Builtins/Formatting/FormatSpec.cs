// The format-spec mini-language (Python/formatter_unicode.c):
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// with CPython 3.13's validation messages, and the str/int/float/complex formatters.
//
// Public API (for str.__format__, format(), f-strings and %-formatting):
//   FormatSpec.FormatStr(PyThreadState ts, string value, string spec)            -> format(str, spec)
//   FormatSpec.FormatStr(PyRuntime rt, string value, string spec, string typeName)
//   FormatSpec.FormatInt(PyThreadState ts, BigInteger value, string spec, string typeName = "int")
//   FormatSpec.FormatInt(PyThreadState ts, long value, string spec, string typeName = "int")
//   FormatSpec.FormatFloat(PyThreadState ts, double value, string spec, string typeName = "float")
//   FormatSpec.FormatComplex(PyThreadState ts, Complex value, string spec, string typeName = "complex")
//   FormatSpec.Parse(PyRuntime rt, string spec, int defaultType, char defaultAlign, string typeName)
// Lower-level pieces for %-formatting: FloatRepr.DoubleToString(v, 'e'|'f'|'g'|'r'|..., precision,
// DtsfFlags) and IntMath.ToDecimal / IntMath.ToPow2Base / IntMath.ToPrefixedBase.
// An empty spec formats like str(value) (the callers of FormatInt/FormatFloat on subclasses
// should call str() themselves, as CPython does).
using System.Numerics;
using System.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Formatting;

public sealed class FormatSpec
{
    /// <summary>The fill character (one code point, possibly a surrogate pair).</summary>
    public string Fill = " ";
    public char Align;
    public char Sign;
    public bool NoNeg0;
    public bool Alternate;
    public long Width = -1;
    /// <summary>'\0', ',' or '_'.</summary>
    public char Thousands;
    /// <summary>Digits per group: 3, or 4 for '_' with b/o/x/X.</summary>
    public int GroupSize = 3;
    public long Precision = -1;
    /// <summary>The presentation type as a code point (0 when omitted).</summary>
    public int Type;

    private bool FillIsZero => Fill == "0";

    // ------------------------------------------------------------------ parsing

    public static FormatSpec Parse(PyRuntime rt, string spec, int defaultType, char defaultAlign, string typeName)
    {
        var cps = new List<int>(spec.Length);
        for (int i = 0; i < spec.Length;) cps.Add(Vm.Builtins.Text.CodePoints.Next(spec, ref i));
        var f = new FormatSpec { Align = defaultAlign, Type = defaultType };
        int pos = 0, end = cps.Count;
        bool alignSpecified = false, fillSpecified = false;
        if (end - pos >= 2 && IsAlign(cps[pos + 1]))
        {
            f.Align = (char)cps[pos + 1];
            f.Fill = FromCodePoint(cps[pos]);
            fillSpecified = alignSpecified = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(cps[pos]))
        {
            f.Align = (char)cps[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && (cps[pos] == ' ' || cps[pos] == '+' || cps[pos] == '-'))
        {
            f.Sign = (char)cps[pos];
            pos++;
        }
        if (end - pos >= 1 && cps[pos] == 'z') { f.NoNeg0 = true; pos++; }
        if (end - pos >= 1 && cps[pos] == '#') { f.Alternate = true; pos++; }
        if (!fillSpecified && end - pos >= 1 && cps[pos] == '0')
        {
            f.Fill = "0";
            if (!alignSpecified && defaultAlign == '>') f.Align = '=';
            pos++;
        }
        int consumed = GetInteger(rt, cps, ref pos, end, out long width);
        f.Width = consumed == 0 ? -1 : width;
        // CPython accepts any ssize_t width and fails allocating the padded result: MemoryError.
        if (width > Array.MaxLength) throw rt.MemoryError();
        if (end - pos > 0 && cps[pos] == ',') { f.Thousands = ','; pos++; }
        if (end - pos > 0 && cps[pos] == '_')
        {
            if (f.Thousands != '\0') throw rt.ValueError("Cannot specify both ',' and '_'.");
            f.Thousands = '_';
            pos++;
        }
        if (end - pos > 0 && cps[pos] == ',' && f.Thousands == '_') throw rt.ValueError("Cannot specify both ',' and '_'.");
        if (end - pos > 0 && cps[pos] == '.')
        {
            pos++;
            consumed = GetInteger(rt, cps, ref pos, end, out long prec);
            if (consumed == 0) throw rt.ValueError("Format specifier missing precision");
            f.Precision = prec;
        }
        if (end - pos > 1)
            throw rt.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (end - pos == 1) f.Type = cps[pos];
        if (f.Thousands != '\0')
        {
            switch (f.Type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.Thousands == '_') { f.GroupSize = 4; break; }
                    throw InvalidSeparator(rt, f.Thousands, f.Type);
                default:
                    throw InvalidSeparator(rt, f.Thousands, f.Type);
            }
        }
        return f;
    }

    /// <summary>A code point as a string (lone surrogates allowed: Python strings may hold them).</summary>
    public static string FromCodePoint(int cp) => Vm.Builtins.Text.CodePoints.FromCp(cp);

    private static bool IsAlign(int c) => c == '<' || c == '>' || c == '=' || c == '^';

    private static PyException InvalidSeparator(PyRuntime rt, char sep, int type) =>
        type > 32 && type < 128
            ? rt.ValueError($"Cannot specify '{sep}' with '{(char)type}'.")
            : rt.ValueError($"Cannot specify '{sep}' with '\\x{type:x}'.");

    private static int GetInteger(PyRuntime rt, List<int> cps, ref int pos, int end, out long result)
    {
        long acc = 0;
        int n = 0;
        for (; pos < end; pos++, n++)
        {
            int d = DecimalValue(cps[pos]);
            if (d < 0) break;
            if (acc > (long.MaxValue - d) / 10) throw rt.ValueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        result = acc;
        return n;
    }

    private static int DecimalValue(int cp)
    {
        if (cp >= '0' && cp <= '9') return cp - '0';
        if (cp < 128 || Vm.Objects.LoneSurrogates.IsSurrogateCp(cp)) return -1;
        var r = new Rune(cp);
        return Rune.GetUnicodeCategory(r) == System.Globalization.UnicodeCategory.DecimalDigitNumber ? (int)Rune.GetNumericValue(r) : -1;
    }

    public static PyException UnknownCode(PyRuntime rt, int type, string typeName) =>
        type > 32 && type < 128
            ? rt.ValueError($"Unknown format code '{(char)type}' for object of type '{typeName}'")
            : rt.ValueError($"Unknown format code '\\x{type:x}' for object of type '{typeName}'");

    // ------------------------------------------------------------------ str

    public static string FormatStr(PyThreadState ts, string value, string spec) => FormatStr(ts.Rt, value, spec, "str");

    public static string FormatStr(PyRuntime rt, string value, string spec, string typeName)
    {
        if (spec.Length == 0) return value;
        var f = Parse(rt, spec, 's', '<', typeName);
        if (f.Type != 's') throw UnknownCode(rt, f.Type, typeName);
        if (f.Sign == ' ') throw rt.ValueError("Space not allowed in string format specifier");
        if (f.Sign != '\0') throw rt.ValueError("Sign not allowed in string format specifier");
        if (f.NoNeg0) throw rt.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) throw rt.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw rt.ValueError("'=' alignment not allowed in string format specifier");
        long len = CodePointLength(value);
        if ((f.Width == -1 || f.Width <= len) && (f.Precision == -1 || f.Precision >= len)) return value;
        if (f.Precision >= 0 && len >= f.Precision)
        {
            value = TruncateCodePoints(value, (int)f.Precision);
            len = f.Precision;
        }
        return Pad(value, len, f.Width, f.Align, f.Fill);
    }

    public static long CodePointLength(string s) => Vm.Builtins.Text.CodePoints.CountCp(s, 0, s.Length);

    private static string TruncateCodePoints(string s, int n) => s.Substring(0, Vm.Builtins.Text.CodePoints.CharIndex(s, n));

    private static string Pad(string body, long nchars, long width, char align, string fill)
    {
        long total = width >= 0 && width > nchars ? width : nchars;
        long lpad = align switch { '>' => total - nchars, '^' => (total - nchars) / 2, _ => 0 };
        long rpad = total - nchars - lpad;
        if (lpad == 0 && rpad == 0) return body;
        var sb = new StringBuilder((int)Math.Min(int.MaxValue, body.Length + (lpad + rpad) * fill.Length));
        for (long i = 0; i < lpad; i++) sb.Append(fill);
        sb.Append(body);
        for (long i = 0; i < rpad; i++) sb.Append(fill);
        return sb.ToString();
    }

    // ------------------------------------------------------------------ numbers: shared layout

    /// <summary>
    /// calc_number_widths + fill_number: | lpad | sign | prefix | spad | grouped digits | decimal | remainder | rpad |.
    /// </summary>
    private static string LayoutNumber(FormatSpec f, bool negative, string prefix, string digits, bool hasDecimal,
        string remainder, bool grouping, bool toUpper, long width, char align, string fill, char signMode)
    {
        int nSign = 0;
        char sign = '\0';
        switch (signMode)
        {
            case '+': nSign = 1; sign = negative ? '-' : '+'; break;
            case ' ': nSign = 1; sign = negative ? '-' : ' '; break;
            default: if (negative) { nSign = 1; sign = '-'; } break;
        }
        long nNonDigit = nSign + prefix.Length + (hasDecimal ? 1 : 0) + remainder.Length;
        long minWidth = fill == "0" && align == '=' ? width - nNonDigit : 0;
        string grouped = digits.Length == 0 ? "" : Group(digits, minWidth, grouping ? f.GroupSize : 0, grouping ? f.Thousands.ToString() : "");
        if (toUpper) { prefix = prefix.ToUpperInvariant(); grouped = grouped.ToUpperInvariant(); }
        long nPadding = width - (nNonDigit + grouped.Length);
        long lpad = 0, spad = 0, rpad = 0;
        if (nPadding > 0)
        {
            switch (align)
            {
                case '<': rpad = nPadding; break;
                case '^': lpad = nPadding / 2; rpad = nPadding - lpad; break;
                case '=': spad = nPadding; break;
                default: lpad = nPadding; break;
            }
        }
        var sb = new StringBuilder();
        for (long i = 0; i < lpad; i++) sb.Append(fill);
        if (nSign == 1) sb.Append(sign);
        sb.Append(prefix);
        for (long i = 0; i < spad; i++) sb.Append(fill);
        sb.Append(grouped);
        if (hasDecimal) sb.Append('.');
        sb.Append(remainder);
        for (long i = 0; i < rpad; i++) sb.Append(fill);
        return sb.ToString();
    }

    /// <summary>_PyUnicode_InsertThousandsGrouping: groups from the right, zero-filling up to minWidth.</summary>
    private static string Group(string digits, long minWidth, int groupSize, string sep)
    {
        minWidth = Math.Max(0, minWidth);
        var parts = new List<string>();
        long remaining = digits.Length;
        int pos = digits.Length;
        bool useSep = false, broken = false;
        if (groupSize > 0)
        {
            while (true)
            {
                long len = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
                long nZeros = Math.Max(0, len - remaining);
                long nChars = Math.Max(0, Math.Min(remaining, len));
                if (useSep) parts.Add(sep);
                parts.Add(digits.Substring(pos - (int)nChars, (int)nChars));
                pos -= (int)nChars;
                parts.Add(new string('0', (int)nZeros));
                useSep = true;
                remaining -= nChars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) { broken = true; break; }
                minWidth -= sep.Length;
            }
        }
        if (!broken)
        {
            long len = Math.Max(Math.Max(remaining, minWidth), 1);
            long nZeros = Math.Max(0, len - remaining);
            long nChars = Math.Max(0, Math.Min(remaining, len));
            if (useSep) parts.Add(sep);
            parts.Add(digits.Substring(pos - (int)nChars, (int)nChars));
            parts.Add(new string('0', (int)nZeros));
        }
        parts.Reverse();
        return string.Concat(parts);
    }

    /// <summary>parse_number: the leading digits, whether a decimal point follows, and the rest.</summary>
    private static void SplitNumber(string s, out string digits, out bool hasDecimal, out string remainder)
    {
        int p = 0;
        while (p < s.Length && s[p] >= '0' && s[p] <= '9') p++;
        digits = s.Substring(0, p);
        hasDecimal = p < s.Length && s[p] == '.';
        remainder = s.Substring(hasDecimal ? p + 1 : p);
    }

    // ------------------------------------------------------------------ int

    public static string FormatInt(PyThreadState ts, long value, string spec, string typeName = "int") =>
        FormatInt(ts, new BigInteger(value), spec, typeName);

    public static string FormatInt(PyThreadState ts, BigInteger value, string spec, string typeName = "int")
    {
        var rt = ts.Rt;
        if (spec.Length == 0) return IntMath.ToDecimal(rt, value);
        var f = Parse(rt, spec, 'd', '>', typeName);
        switch (f.Type)
        {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return FormatIntInternal(rt, value, f);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                if (!IntMath.TryToDouble(value, out double d)) throw rt.OverflowError("int too large to convert to float");
                return FormatFloatInternal(rt, d, f);
            default:
                throw UnknownCode(rt, f.Type, typeName);
        }
    }

    private static string FormatIntInternal(PyRuntime rt, BigInteger value, FormatSpec f)
    {
        if (f.Precision != -1) throw rt.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNeg0) throw rt.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.Type == 'c')
        {
            if (f.Sign != '\0') throw rt.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw rt.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (value < long.MinValue || value > long.MaxValue) throw rt.OverflowError("Python int too large to convert to C long");
            if (value < 0 || value > 0x10FFFF) throw rt.OverflowError("%c arg not in range(0x110000)");
            int cp = (int)value;
            string ch = FromCodePoint(cp);
            return LayoutNumber(f, false, "", "", false, ch, false, false, f.Width, f.Align, f.Fill, f.Sign);
        }
        int radix = f.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string digits = radix == 10 ? IntMath.ToDecimal(rt, BigInteger.Abs(value)) : IntMath.ToPow2Base(value, radix);
        string prefix = f.Alternate && radix != 10 ? (radix == 2 ? "0b" : radix == 8 ? "0o" : "0x") : "";
        bool grouping = f.Type != 'n' && f.Thousands != '\0';
        return LayoutNumber(f, value.Sign < 0, prefix, digits, false, "", grouping, f.Type == 'X', f.Width, f.Align, f.Fill, f.Sign);
    }

    // ------------------------------------------------------------------ float

    public static string FormatFloat(PyThreadState ts, double value, string spec, string typeName = "float")
    {
        var rt = ts.Rt;
        if (spec.Length == 0) return FloatRepr.Repr(value);
        var f = Parse(rt, spec, 0, '>', typeName);
        switch (f.Type)
        {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return FormatFloatInternal(rt, value, f);
            default:
                throw UnknownCode(rt, f.Type, typeName);
        }
    }

    private static string FormatFloatInternal(PyRuntime rt, double val, FormatSpec f)
    {
        if (f.Precision > int.MaxValue) throw rt.ValueError("precision too big");
        int precision = (int)f.Precision;
        int defaultPrecision = 6;
        var flags = DtsfFlags.None;
        if (f.Alternate) flags |= DtsfFlags.Alt;
        if (f.NoNeg0) flags |= DtsfFlags.NoNeg0;
        char type = (char)f.Type;
        if (type == '\0')
        {
            flags |= DtsfFlags.AddDot0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        bool addPct = false;
        if (type == '%')
        {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        string buf = FloatRepr.DoubleToString(val, type, precision, flags);
        if (addPct) buf += "%";
        if (f.Sign != '+' && f.Sign != ' ' && f.Width == -1 && f.Type != 'n' && f.Thousands == '\0') return buf;
        bool negative = buf.Length > 0 && buf[0] == '-';
        if (negative) buf = buf.Substring(1);
        SplitNumber(buf, out var digits, out var hasDecimal, out var remainder);
        bool grouping = f.Type != 'n' && f.Thousands != '\0';
        return LayoutNumber(f, negative, "", digits, hasDecimal, remainder, grouping, false, f.Width, f.Align, f.Fill, f.Sign);
    }

    // ------------------------------------------------------------------ complex

    public static string FormatComplex(PyThreadState ts, Complex value, string spec, string typeName = "complex")
    {
        var rt = ts.Rt;
        if (spec.Length == 0) return ComplexRepr(value.Real, value.Imaginary);
        var f = Parse(rt, spec, 0, '>', typeName);
        switch (f.Type)
        {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw UnknownCode(rt, f.Type, typeName);
        }
        if (f.FillIsZero) throw rt.ValueError("Zero padding is not allowed in complex format specifier");
        if (f.Align == '=') throw rt.ValueError("'=' alignment flag is not allowed in complex format specifier");
        if (f.Precision > int.MaxValue) throw rt.ValueError("precision too big");
        double re = value.Real, im = value.Imaginary;
        int precision = (int)f.Precision;
        int defaultPrecision = 6;
        bool skipRe = false, addParens = false;
        var flags = DtsfFlags.None;
        if (f.Alternate) flags |= DtsfFlags.Alt;
        if (f.NoNeg0) flags |= DtsfFlags.NoNeg0;
        char type = (char)f.Type;
        if (type == '\0')
        {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && !double.IsNegative(re)) skipRe = true;
            else addParens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        string reBuf = FloatRepr.DoubleToString(re, type, precision, flags);
        string imBuf = FloatRepr.DoubleToString(im, type, precision, flags);
        bool grouping = f.Type != 'n' && f.Thousands != '\0';
        string rePart = "";
        if (!skipRe)
        {
            bool reNeg = reBuf.StartsWith('-');
            SplitNumber(reNeg ? reBuf.Substring(1) : reBuf, out var rd, out var rdec, out var rrem);
            rePart = LayoutNumber(f, reNeg, "", rd, rdec, rrem, grouping, false, -1, '<', " ", f.Sign);
        }
        bool imNeg = imBuf.StartsWith('-');
        SplitNumber(imNeg ? imBuf.Substring(1) : imBuf, out var id, out var idec, out var irem);
        string imPart = LayoutNumber(f, imNeg, "", id, idec, irem, grouping, false, -1, '<', " ", skipRe ? f.Sign : '+');
        string body = (addParens ? "(" : "") + rePart + imPart + "j" + (addParens ? ")" : "");
        return Pad(body, body.Length, f.Width, f.Align, f.Fill);
    }

    /// <summary>repr(complex): '(1+2j)', '1j', '(-0-1j)', 'infj', '(nan+nanj)'.</summary>
    public static string ComplexRepr(double re, double im)
    {
        if (re == 0.0 && !double.IsNegative(re))
            return FloatRepr.DoubleToString(im, 'r', 0, DtsfFlags.None) + "j";
        return "(" + FloatRepr.DoubleToString(re, 'r', 0, DtsfFlags.None) + FloatRepr.DoubleToString(im, 'r', 0, DtsfFlags.Sign) + "j)";
    }
}
