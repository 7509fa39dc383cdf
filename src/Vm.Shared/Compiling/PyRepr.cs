using System.Globalization;
using System.Numerics;
using System.Text;
using Vm.Ast;
using Vm.Bytecode;

namespace Vm.Compiling;

/// <summary>Python's repr() of compile-time constants (for the disassembler and annotation strings).</summary>
internal static class PyRepr
{
    public static string Of(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        Complex c => ComplexRepr(c),
        string s => Str(s),
        byte[] b => Bytes(b),
        EllipsisValue => "Ellipsis",
        ConstTuple t => t.Items.Length == 1 ? "(" + Of(t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(Of)) + ")",
        ConstFrozenSet fs => fs.Items.Length == 0 ? "frozenset()" : "frozenset({" + string.Join(", ", fs.Items.Select(Of)) + "})",
        CodeUnit cu => $"<code object {cu.Name}, file \"{cu.FileName}\", line {cu.FirstLineNo}>",
        _ => value.ToString() ?? "",
    };

    /// <summary>repr(float): the shortest round-tripping digits, exponent form when decpt &lt;= -4 or &gt; 16.</summary>
    public static string Float(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var negative = r.StartsWith('-');
        if (negative) r = r[1..];
        var exp = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var dot = r.IndexOf('.');
        string digits;
        int decpt;
        if (dot >= 0)
        {
            digits = r[..dot] + r[(dot + 1)..];
            decpt = dot + exp;
        }
        else
        {
            digits = r;
            decpt = r.Length + exp;
        }
        // Strip leading zeros (0.001 -> digits "0001").
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
            decpt--;
        }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            decpt = 1;
        }
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            var x = decpt - 1;
            sb.Append('e').Append(x < 0 ? '-' : '+').Append(Math.Abs(x).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length).Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    private static string ComplexPart(double d)
    {
        var s = Float(d);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;
    }

    private static string ComplexRepr(Complex c)
    {
        if (c.Real == 0 && !double.IsNegative(c.Real)) return ComplexPart(c.Imaginary) + "j";
        var im = ComplexPart(c.Imaginary);
        var sign = im.StartsWith('-') ? "" : "+";
        return "(" + ComplexPart(c.Real) + sign + im + "j)";
    }

    public static string Str(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (ch == quote || ch == '\\')
            {
                sb.Append('\\').Append(ch);
                continue;
            }
            switch (ch)
            {
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }
            if (ch < 0x20 || ch == 0x7f)
            {
                sb.Append("\\x").Append(((int)ch).ToString("x2", CultureInfo.InvariantCulture));
                continue;
            }
            if (ch < 0x7f)
            {
                sb.Append(ch);
                continue;
            }
            // A pair or an escaped lone surrogate (Objects/LoneSurrogates.cs) is one code point.
            int next = i;
            int cp = Vm.Builtins.Text.CodePoints.Next(s, ref next);
            i = next - 1;
            if (IsPrintable(cp)) sb.Append(char.ConvertFromUtf32(cp is >= 0xD800 and <= 0xDFFF ? 0xFFFD : cp));
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp is >= 0xD800 and <= 0xDFFF) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            UnicodeCategory.SpaceSeparator => cp == ' ',
            _ => true,
        };
    }

    public static string Bytes(byte[] b)
    {
        var hasSingle = b.Contains((byte)'\'');
        var hasDouble = b.Contains((byte)'"');
        var quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(b.Length + 3);
        sb.Append('b').Append(quote);
        foreach (var x in b)
        {
            var ch = (char)x;
            if (ch == quote || ch == '\\') sb.Append('\\').Append(ch);
            else if (ch == '\t') sb.Append("\\t");
            else if (ch == '\n') sb.Append("\\n");
            else if (ch == '\r') sb.Append("\\r");
            else if (x < 0x20 || x >= 0x7f) sb.Append("\\x").Append(x.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append(ch);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
