// Integer helpers with CPython semantics that Runtime/Numbers.cs does not have: string
// conversion in any power-of-two base and in decimal (with the 4300-digit limit of
// sys.set_int_max_str_digits), correctly rounded int -> float, exact float -> int, exact
// int/float comparison and round-half-even division.
//
// The int max-str-digits limit is per runtime: IntMath.GetMaxStrDigits(rt) /
// IntMath.SetMaxStrDigits(rt, n) (n == 0 disables the limit; sys.set_int_max_str_digits must
// reject 0 < n < 640 with "maxdigits must be 0 or larger than 640").
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Formatting;

public static class IntMath
{
    public const int DefaultMaxStrDigits = 4300;
    public const int MaxStrDigitsThreshold = 640;

    private sealed class LimitBox { public int Value = DefaultMaxStrDigits; }

    private static readonly ConditionalWeakTable<PyRuntime, LimitBox> s_limits = new();

    public static int GetMaxStrDigits(PyRuntime rt) => s_limits.GetValue(rt, _ => new LimitBox()).Value;

    public static void SetMaxStrDigits(PyRuntime rt, int n) => s_limits.GetValue(rt, _ => new LimitBox()).Value = n;

    public static BigInteger Value(PyInt i) => i.IsBig ? i.BigValue!.Value : new BigInteger(i.Small);

    /// <summary>str(int): decimal digits, raising ValueError beyond the int max-str-digits limit.</summary>
    public static string ToDecimal(PyRuntime rt, PyInt i)
    {
        if (!i.IsBig) return i.Small.ToString(CultureInfo.InvariantCulture);
        return ToDecimal(rt, i.BigValue!.Value);
    }

    public static string ToDecimal(PyRuntime rt, BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return ((long)v).ToString(CultureInfo.InvariantCulture);
        int limit = GetMaxStrDigits(rt);
        if (limit > 0)
        {
            long bits = (long)BigInteger.Abs(v).GetBitLength();
            // Beyond this size the value certainly has more than `limit` digits.
            if (bits >= (long)((limit + 1) * 3.33) + 10) throw ToStrLimitError(rt, limit);
        }
        string s = v.ToString(CultureInfo.InvariantCulture);
        if (limit > 0 && s.Length - (v.Sign < 0 ? 1 : 0) > limit) throw ToStrLimitError(rt, limit);
        return s;
    }

    private static PyException ToStrLimitError(PyRuntime rt, int limit) =>
        rt.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    public static PyException ToIntLimitError(PyRuntime rt, int limit, long digits) =>
        rt.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>Digits of |v| in base 2, 8 or 16 (lower case, no prefix, no sign).</summary>
    public static string ToPow2Base(BigInteger v, int radix)
    {
        v = BigInteger.Abs(v);
        if (v.IsZero) return "0";
        int bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        if (v <= ulong.MaxValue)
        {
            ulong u = (ulong)v;
            var buf = new char[64];
            int p = buf.Length;
            while (u != 0)
            {
                buf[--p] = "0123456789abcdef"[(int)(u & (ulong)(radix - 1))];
                u >>= bitsPerDigit;
            }
            return new string(buf, p, buf.Length - p);
        }
        long nbits = (long)v.GetBitLength();
        long ndig = (nbits + bitsPerDigit - 1) / bitsPerDigit;
        var bytes = v.ToByteArray(isUnsigned: true, isBigEndian: false);
        var res = new char[ndig];
        for (long d = 0; d < ndig; d++)
        {
            long bit = d * bitsPerDigit;
            int val = 0;
            for (int b = 0; b < bitsPerDigit; b++)
            {
                long bb = bit + b;
                int byteIdx = (int)(bb >> 3);
                if (byteIdx < bytes.Length && ((bytes[byteIdx] >> (int)(bb & 7)) & 1) != 0) val |= 1 << b;
            }
            res[ndig - 1 - d] = "0123456789abcdef"[val];
        }
        return new string(res);
    }

    /// <summary>hex()/oct()/bin() style: sign, '0x'/'0o'/'0b' prefix and digits.</summary>
    public static string ToPrefixedBase(BigInteger v, int radix)
    {
        string prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        return (v.Sign < 0 ? "-" : "") + prefix + ToPow2Base(v, radix);
    }

    /// <summary>Correctly rounded (half-even) mant * 2**exp2; overflow is set when the result does not fit.</summary>
    public static double ScaleToDouble(BigInteger mant, long exp2, out bool overflow)
    {
        overflow = false;
        if (mant.IsZero) return 0.0;
        bool neg = mant.Sign < 0;
        mant = BigInteger.Abs(mant);
        long bl = (long)mant.GetBitLength();
        long top = bl - 1 + exp2;
        if (top > 1023) { overflow = true; return neg ? double.NegativeInfinity : double.PositiveInfinity; }
        if (top < -1076) return neg ? -0.0 : 0.0;
        long lsb = Math.Max(top - 52, -1074);
        long shift = exp2 - lsb;
        BigInteger q;
        if (shift >= 0) q = mant << (int)shift;
        else
        {
            int s = (int)-shift;
            q = mant >> s;
            var rem = mant - (q << s);
            var half = BigInteger.One << (s - 1);
            int c = rem.CompareTo(half);
            if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        }
        double r = Math.ScaleB((double)(ulong)q, (int)lsb);
        if (double.IsInfinity(r)) overflow = true;
        return neg ? -r : r;
    }

    /// <summary>
    /// a / b correctly rounded (round-half-even) for any ints, b != 0; overflow is set when the
    /// quotient is too large for a float.
    /// </summary>
    public static double TrueDivide(BigInteger a, BigInteger b, out bool overflow)
    {
        overflow = false;
        bool neg = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero) return neg ? -0.0 : 0.0;
        if (a < (BigInteger.One << 53) && b < (BigInteger.One << 53))
        {
            double q0 = (double)(long)a / (double)(long)b;
            return neg ? -q0 : q0;
        }
        // q = floor(a * 2**k / b) with at least 55 significant bits, plus a sticky bit.
        long k = 55 - ((long)a.GetBitLength() - (long)b.GetBitLength());
        BigInteger num = k >= 0 ? a << (int)k : a;
        BigInteger den = k >= 0 ? b : b << (int)-k;
        var q = BigInteger.DivRem(num, den, out var rem);
        q = (q << 1) | (rem.IsZero ? BigInteger.Zero : BigInteger.One);
        double r = ScaleToDouble(q, -k - 1, out overflow);
        return neg ? -r : r;
    }

    /// <summary>float(int) correctly rounded; false when it overflows.</summary>
    public static bool TryToDouble(PyInt i, out double d)
    {
        if (!i.IsBig)
        {
            d = i.Small;
            return true;
        }
        d = ScaleToDouble(i.BigValue!.Value, 0, out bool ovf);
        return !ovf;
    }

    public static bool TryToDouble(BigInteger v, out double d)
    {
        if (v >= long.MinValue && v <= long.MaxValue) { d = (long)v; return true; }
        d = ScaleToDouble(v, 0, out bool ovf);
        return !ovf;
    }

    /// <summary>int(x) for a finite float: truncation toward zero, exact.</summary>
    public static BigInteger TruncToBig(double d)
    {
        if (Math.Abs(d) < 9.2e18) return new BigInteger((long)d);
        FloatRepr.Decompose(d, out var m, out var e);
        BigInteger r = e >= 0 ? (BigInteger)m << e : (BigInteger)(m >> Math.Min(-e, 63));
        return d < 0 ? -r : r;
    }

    /// <summary>Exact comparison of an int with a float: -1, 0, 1; null when d is NaN.</summary>
    public static int? CompareIntDouble(PyInt i, double d)
    {
        if (double.IsNaN(d)) return null;
        if (double.IsInfinity(d)) return d > 0 ? -1 : 1;
        if (!i.IsBig && i.Small >= -(1L << 53) && i.Small <= (1L << 53)) return ((double)i.Small).CompareTo(d);
        var v = Value(i);
        // Compare v with m * 2**e exactly.
        FloatRepr.Decompose(d, out var m, out var e);
        BigInteger fm = d < 0 ? -(BigInteger)m : (BigInteger)m;
        if (e >= 0) return v.CompareTo(fm << e);
        return (v << -e).CompareTo(fm);
    }

    /// <summary>round(a / b) with ties to even (CPython's _PyLong_DivmodNear); returns the quotient and remainder.</summary>
    public static BigInteger DivmodNear(BigInteger a, BigInteger b, out BigInteger rem)
    {
        var q = Numbers.FloorDivide(a, b);
        var r = a - q * b;
        // r has the sign of b; compare 2r with b.
        var twice = r * 2;
        int c = b.Sign > 0 ? twice.CompareTo(b) : b.CompareTo(twice);
        bool greater = c > 0;
        bool equal = c == 0;
        if (greater || (equal && !q.IsEven))
        {
            q += 1;
            r -= b;
        }
        rem = r;
        return q;
    }

    /// <summary>Number of 30-bit digits CPython would use (for __sizeof__).</summary>
    public static int CpythonDigitCount(PyInt i)
    {
        var v = BigInteger.Abs(Value(i));
        if (v.IsZero) return 0;
        return (int)((v.GetBitLength() + 29) / 30);
    }
}
