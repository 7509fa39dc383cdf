// Float to decimal string conversion with CPython's exact layout rules (Python/pystrtod.c):
// repr (shortest round-trip digits, 'r'), and the 'e', 'f', 'g' formats with correct rounding
// (round-half-even on the exact binary value, as David Gay's dtoa does).
//
// Public API (used by float/complex repr, FormatSpec and %-formatting):
//   FloatRepr.Repr(double)                                   -> repr(float): '0.1', '1e+16', 'inf', '-0.0'
//   FloatRepr.DoubleToString(double, char code, int precision, DtsfFlags flags)
//       code: 'e','E','f','F','g','G' or 'r' (precision must be 0 for 'r'); PyOS_double_to_string.
//   FloatRepr.Digits(double, int mode, int ndigits, out int decpt, out bool negative)
//       _Py_dg_dtoa for mode 0 (shortest), 2 (ndigits significant) and 3 (ndigits after the point).
//   FloatRepr.RoundHalfEvenScaled(double, int k) -> round-half-even(|x| * 10**k) as a BigInteger.
using System.Globalization;
using System.Numerics;

namespace Vm.Builtins.Formatting;

/// <summary>Flags of PyOS_double_to_string.</summary>
[Flags]
public enum DtsfFlags
{
    None = 0,
    /// <summary>Always add a sign ('+' for non-negative).</summary>
    Sign = 1,
    /// <summary>Add ".0" when the result looks like an integer (and has no exponent).</summary>
    AddDot0 = 2,
    /// <summary>Alternate form ('#'): keep trailing zeros and the decimal point.</summary>
    Alt = 4,
    /// <summary>'z': coerce a negative zero result to positive zero.</summary>
    NoNeg0 = 8,
}

public static class FloatRepr
{
    private static readonly BigInteger[] s_pow10 = BuildPow10(400);
    private static readonly ulong[] s_pow10U64 = BuildPow10U64();

    private static ulong[] BuildPow10U64()
    {
        var a = new ulong[20];
        a[0] = 1;
        for (int i = 1; i < a.Length; i++) a[i] = a[i - 1] * 10;
        return a;
    }

    private static BigInteger[] BuildPow10(int n)
    {
        var a = new BigInteger[n];
        a[0] = BigInteger.One;
        for (int i = 1; i < n; i++) a[i] = a[i - 1] * 10;
        return a;
    }

    public static BigInteger Pow10(int k) => k < s_pow10.Length ? s_pow10[k] : BigInteger.Pow(10, k);

    /// <summary>repr(x) / str(x) for a float.</summary>
    public static string Repr(double v) => DoubleToString(v, 'r', 0, DtsfFlags.AddDot0);

    /// <summary>|v| = m * 2**e exactly (m &lt; 2**53).</summary>
    public static void Decompose(double v, out ulong m, out int e)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        int be = (int)((bits >> 52) & 0x7FF);
        ulong frac = (ulong)bits & 0xFFFFFFFFFFFFFUL;
        if (be == 0) { m = frac; e = -1074; }
        else { m = frac | (1UL << 52); e = be - 1075; }
    }

    /// <summary>round-half-even(|v| * 10**k) for finite v.</summary>
    public static BigInteger RoundHalfEvenScaled(double v, int k)
    {
        Decompose(v, out var m, out var e);
        return RoundScaled(m, e, k, out _);
    }

    /// <summary>round-half-even(m * 2**e * 10**k); also returns the truncated quotient.</summary>
    private static BigInteger RoundScaled(ulong m, int e, int k, out BigInteger truncated)
    {
        if (k >= 0 && k < s_pow10U64.Length && e <= 0 && e > -128)
        {
            // Fast path: m * 10**k < 2**117 and the divisor is a power of two.
            UInt128 un = (UInt128)m * s_pow10U64[k];
            int sh = -e;
            UInt128 uq = un >> sh;
            truncated = (BigInteger)uq;
            if (sh > 0)
            {
                UInt128 ur = un - (uq << sh);
                UInt128 half = UInt128.One << (sh - 1);
                if (ur > half || (ur == half && (uq & UInt128.One) != UInt128.Zero)) return (BigInteger)(uq + UInt128.One);
            }
            return truncated;
        }
        BigInteger num = m, den = BigInteger.One;
        if (k >= 0) num *= Pow10(k);
        else den = Pow10(-k);
        if (e >= 0) num <<= e;
        else den <<= -e;
        var q = BigInteger.DivRem(num, den, out var r);
        truncated = q;
        if (r.IsZero) return q;
        int c = (r << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>
    /// _Py_dg_dtoa for finite v: the decimal digits (no trailing zeros; "0" for zero) and the
    /// position of the decimal point (value = 0.DIGITS * 10**decpt). mode 0: shortest round-trip;
    /// mode 2: max(ndigits, 1) significant digits; mode 3: ndigits past the decimal point (may be
    /// empty when the value rounds to zero).
    /// </summary>
    public static string Digits(double v, int mode, int ndigits, out int decpt, out bool negative)
    {
        negative = double.IsNegative(v);
        v = Math.Abs(v);
        if (v == 0)
        {
            decpt = 1;
            return "0";
        }
        switch (mode)
        {
            case 0: return Shortest(v, out decpt);
            case 2: return Significant(v, Math.Max(ndigits, 1), out decpt);
            default: return Fixed(v, ndigits, out decpt);
        }
    }

    private static string Shortest(double v, out int decpt)
    {
        // .NET Core 3.0+ "R" yields the shortest round-trip digits; re-layout them.
        string s = v.ToString("R", CultureInfo.InvariantCulture);
        int ePos = s.IndexOfAny(['E', 'e']);
        int exp = 0;
        string mant = s;
        if (ePos >= 0)
        {
            exp = int.Parse(s.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mant = s.Substring(0, ePos);
        }
        int dot = mant.IndexOf('.');
        string intPart = dot < 0 ? mant : mant.Substring(0, dot);
        string frac = dot < 0 ? "" : mant.Substring(dot + 1);
        string digits = intPart + frac;
        int point = intPart.Length + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits.Substring(lead);
        point -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) { decpt = 1; return "0"; }
        decpt = point;
        return digits;
    }

    private static string Fixed(double v, int ndigits, out int decpt)
    {
        Decompose(v, out var m, out var e);
        var n = RoundScaled(m, e, ndigits, out _);
        if (n.IsZero)
        {
            decpt = -ndigits;
            return "";
        }
        string s = n.ToString(CultureInfo.InvariantCulture);
        decpt = s.Length - ndigits;
        return s.TrimEnd('0');
    }

    private static string Significant(double v, int ndigits, out int decpt)
    {
        Decompose(v, out var m, out var e);
        int est = (int)Math.Floor(Math.Log10(v));
        var lo = Pow10(ndigits - 1);
        var hi = Pow10(ndigits);
        for (int guard = 0; ; guard++)
        {
            var n = RoundScaled(m, e, ndigits - 1 - est, out var t);
            if (t >= hi && guard < 4) { est++; continue; }
            if (t < lo && guard < 4) { est--; continue; }
            if (n == hi)
            {
                decpt = est + 2;
                return "1";
            }
            decpt = est + 1;
            return n.ToString(CultureInfo.InvariantCulture).TrimEnd('0');
        }
    }

    /// <summary>PyOS_double_to_string: format code 'e','E','f','F','g','G','r'.</summary>
    public static string DoubleToString(double val, char formatCode, int precision, DtsfFlags flags)
    {
        bool upper = false;
        int mode;
        switch (formatCode)
        {
            case 'E': case 'F': case 'G':
                upper = true;
                formatCode = char.ToLowerInvariant(formatCode);
                break;
        }
        switch (formatCode)
        {
            case 'e': mode = 2; precision++; break;
            case 'f': mode = 3; break;
            case 'g': mode = 2; if (precision == 0) precision = 1; break;
            case 'r': mode = 0; precision = 0; break;
            default: throw new ArgumentException("bad format code " + formatCode);
        }
        return FormatShort(val, formatCode, mode, precision, flags, upper);
    }

    private static string FormatShort(double d, char formatCode, int mode, int precision, DtsfFlags flags, bool upper)
    {
        bool alwaysSign = (flags & DtsfFlags.Sign) != 0;
        bool addDot0 = (flags & DtsfFlags.AddDot0) != 0;
        bool alt = (flags & DtsfFlags.Alt) != 0;
        bool noNeg0 = (flags & DtsfFlags.NoNeg0) != 0;
        var sb = new System.Text.StringBuilder();
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            bool neg = double.IsNegativeInfinity(d);
            if (neg) sb.Append('-');
            else if (alwaysSign) sb.Append('+');
            sb.Append(double.IsNaN(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.ToString();
        }
        string digits = Digits(d, mode, precision, out int decpt, out bool sign);
        int digitsLen = digits.Length;
        if (noNeg0 && sign && (digitsLen == 0 || (digitsLen == 1 && digits[0] == '0'))) sign = false;
        if (sign) sb.Append('-');
        else if (alwaysSign) sb.Append('+');

        int vdigitsEnd = digitsLen;
        bool useExp = false;
        switch (formatCode)
        {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vdigitsEnd = precision;
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        int exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
        else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

        if (decpt <= 0)
        {
            sb.Append('0', decpt - vdigitsStart);
            sb.Append('.');
            sb.Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen)
        {
            sb.Append(digits, 0, decpt);
            sb.Append('.');
            sb.Append(digits, decpt, digitsLen - decpt);
        }
        else
        {
            sb.Append(digits);
        }
        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen);
            sb.Append('.');
            sb.Append('0', vdigitsEnd - decpt);
        }
        else
        {
            sb.Append('0', vdigitsEnd - digitsLen);
        }
        if (sb[sb.Length - 1] == '.' && !alt) sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            int ae = Math.Abs(exp);
            if (ae < 10) sb.Append('0');
            sb.Append(ae.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
