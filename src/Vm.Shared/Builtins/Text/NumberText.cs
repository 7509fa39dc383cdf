// Digits of ints and floats as printf formats them (used by % formatting of str and bytes).
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Vm.Builtins.Text;

public static class NumberText
{
    /// <summary>|v| in base 8, 10 or 16 (lowercase digits).</summary>
    public static string AbsDigits(long v, int radix)
    {
        ulong u = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        return radix switch
        {
            10 => u.ToString(CultureInfo.InvariantCulture),
            16 => u.ToString("x", CultureInfo.InvariantCulture),
            _ => ToBase(u, radix),
        };
    }

    private static string ToBase(ulong u, int radix)
    {
        if (u == 0) return "0";
        Span<char> buf = stackalloc char[70];
        int p = buf.Length;
        while (u != 0)
        {
            int d = (int)(u % (ulong)radix);
            buf[--p] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
            u /= (ulong)radix;
        }
        return new string(buf[p..]);
    }

    public static string AbsDigits(BigInteger v, int radix)
    {
        var a = BigInteger.Abs(v);
        if (a <= ulong.MaxValue) return radix == 10 ? ((ulong)a).ToString(CultureInfo.InvariantCulture) : radix == 16 ? ((ulong)a).ToString("x") : ToBase((ulong)a, radix);
        if (radix == 10) return a.ToString(CultureInfo.InvariantCulture);
        if (radix == 16)
        {
            var s = a.ToString("x", CultureInfo.InvariantCulture);
            int k = 0;
            while (k < s.Length - 1 && s[k] == '0') k++;
            return s[k..];
        }
        // Octal: 21 digits (63 bits) at a time.
        var sb = new StringBuilder();
        var chunk = BigInteger.One << 63;
        var parts = new List<ulong>();
        while (a > 0)
        {
            parts.Add((ulong)(a % chunk));
            a /= chunk;
        }
        for (int i = parts.Count - 1; i >= 0; i--)
        {
            var d = ToBase(parts[i], 8);
            if (i != parts.Count - 1) sb.Append('0', 21 - d.Length);
            sb.Append(d);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A finite or infinite double formatted as C's printf %e/%f/%g (type in "eEfFgG") with the given
    /// precision; alt is the '#' flag. Negative values (and -0.0) start with '-'.
    /// </summary>
    public static string Float(double x, char type, int prec, bool alt)
    {
        bool upper = type is 'E' or 'F' or 'G';
        if (double.IsNaN(x)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(x)) return (x < 0 ? "-" : "") + (upper ? "INF" : "inf");
        string r;
        switch (char.ToLowerInvariant(type))
        {
            case 'f':
                r = x.ToString("F" + prec.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                if (alt && prec == 0) r += ".";
                break;
            case 'e':
                r = Exp(x, prec, alt);
                break;
            default:
            {
                if (prec == 0) prec = 1;
                if (x == 0)
                {
                    r = alt ? "0." + new string('0', prec - 1) : "0";
                    if (alt && prec == 1) r = "0.";
                    if (double.IsNegative(x)) r = "-" + r;
                    break;
                }
                var e = Exp(x, prec - 1, false);
                int ePos = e.IndexOf('e');
                int exp = int.Parse(e.AsSpan(ePos + 1), CultureInfo.InvariantCulture);
                if (exp >= -4 && exp < prec)
                {
                    r = x.ToString("F" + (prec - 1 - exp).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                    if (alt) { if (!r.Contains('.')) r += "."; }
                    else r = StripZeros(r);
                }
                else
                {
                    if (alt)
                    {
                        r = Exp(x, prec - 1, true);
                    }
                    else
                    {
                        var mant = StripZeros(e[..ePos]);
                        r = mant + e[ePos..];
                    }
                }
                break;
            }
        }
        if (double.IsNegative(x) && x == 0 && !r.StartsWith('-')) r = "-" + r;
        return upper ? r.ToUpperInvariant() : r;
    }

    private static string StripZeros(string s)
    {
        if (!s.Contains('.')) return s;
        s = s.TrimEnd('0');
        if (s.EndsWith('.')) s = s[..^1];
        return s;
    }

    /// <summary>d.ddde+XX with at least two exponent digits.</summary>
    private static string Exp(double x, int prec, bool alt)
    {
        var s = x.ToString("E" + prec.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int ePos = s.IndexOf('E');
        var mant = s[..ePos];
        char sign = s[ePos + 1];
        var digits = s.AsSpan(ePos + 2).TrimStart('0');
        string expDigits = digits.Length == 0 ? "00" : digits.Length == 1 ? "0" + digits.ToString() : digits.ToString();
        if (alt && prec == 0) mant += ".";
        return mant + "e" + sign + expDigits;
    }
}
