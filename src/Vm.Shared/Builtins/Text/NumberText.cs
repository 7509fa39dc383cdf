// Digits of ints in base 8, 10 and 16 (used by % formatting of str and bytes).
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
}
