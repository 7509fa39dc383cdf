// Integer and float arithmetic with Python semantics (floor division and modulo round toward
// negative infinity, arbitrary precision on overflow, CPython's numeric hash). Policy-free: no
// references are stored, results are immortal numbers.
using System.Numerics;
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static class Numbers
{
    public const long HashModulus = (1L << 61) - 1;
    public const long HashInf = 314159;

    // BinaryOpArg base numbering.
    private const int Add = 0, And = 1, FloorDiv = 2, LShift = 3, Mul = 5, Mod = 6, Or = 7, Pow = 8, RShift = 9, Sub = 10, TrueDiv = 11, Xor = 12;

    /// <summary>Fast path for two machine ints; null when the slow path must decide (overflow is handled here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? TryIntFast(PyRuntime rt, long x, long y, int op)
    {
        switch (op)
        {
            case Add: case Add + 13:
            {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) return rt.NewInt((BigInteger)x + y);
                return rt.NewInt(r);
            }
            case Sub: case Sub + 13:
            {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) return rt.NewInt((BigInteger)x - y);
                return rt.NewInt(r);
            }
            case Mul: case Mul + 13:
            {
                long r;
                try { r = checked(x * y); }
                catch (OverflowException) { return rt.NewInt((BigInteger)x * y); }
                return rt.NewInt(r);
            }
            case And: case And + 13: return rt.NewInt(x & y);
            case Or: case Or + 13: return rt.NewInt(x | y);
            case Xor: case Xor + 13: return rt.NewInt(x ^ y);
            case FloorDiv: case FloorDiv + 13:
                if (y == 0 || (x == long.MinValue && y == -1)) return null;
                return rt.NewInt(FloorDivide(x, y));
            case Mod: case Mod + 13:
                if (y == 0) return null;
                if (y == -1) return rt.NewInt(0);
                return rt.NewInt(Modulo(x, y));
            case TrueDiv: case TrueDiv + 13:
                if (y == 0) return null;
                return rt.NewFloat(IntTrueDivide(x, y));
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? TryFloatFast(PyRuntime rt, double x, double y, int op)
    {
        switch (op)
        {
            case Add: case Add + 13: return rt.NewFloat(x + y);
            case Sub: case Sub + 13: return rt.NewFloat(x - y);
            case Mul: case Mul + 13: return rt.NewFloat(x * y);
            case TrueDiv: case TrueDiv + 13:
                if (y == 0) return null;
                return rt.NewFloat(x / y);
        }
        return null;
    }

    public static long FloorDivide(long x, long y)
    {
        long q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return q;
    }

    public static long Modulo(long x, long y)
    {
        long r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return r;
    }

    public static double IntTrueDivide(long x, long y)
    {
        // Exact when both fit in 53 bits; otherwise go through BigInteger for correct rounding.
        if (x > -(1L << 53) && x < (1L << 53) && y > -(1L << 53) && y < (1L << 53)) return (double)x / y;
        return Vm.Builtins.Formatting.IntMath.TrueDivide(x, y, out _);
    }

    public static BigInteger FloorDivide(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && ((r.Sign < 0) != (y.Sign < 0))) q -= 1;
        return q;
    }

    public static BigInteger Modulo(BigInteger x, BigInteger y)
    {
        var r = BigInteger.Remainder(x, y);
        if (!r.IsZero && ((r.Sign < 0) != (y.Sign < 0))) r += y;
        return r;
    }

    public static double FloatFloorDiv(double x, double y)
    {
        var mod = FloatMod(x, y);
        var div = (x - mod) / y;
        if (div != 0)
        {
            var floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
            return floordiv;
        }
        return Math.CopySign(0.0, x / y);
    }

    public static double FloatMod(double x, double y)
    {
        var mod = x % y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0)) mod += y;
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        return mod;
    }

    /// <summary>Exact-type int/float/bool arithmetic; null when operands are not plain numbers or an error must be raised by the slow path.</summary>
    public static PyObject? TryBinaryFast(PyRuntime rt, PyObject a, PyObject b, int op)
    {
        bool aInt = a.Type == rt.IntType || a.Type == rt.BoolType;
        bool bInt = b.Type == rt.IntType || b.Type == rt.BoolType;
        if (aInt && bInt)
        {
            var ia = (PyInt)a; var ib = (PyInt)b;
            if (!ia.IsBig && !ib.IsBig && (op % 13) != Pow && (op % 13) != LShift && (op % 13) != RShift)
            {
                if ((op % 13 is And or Or or Xor) && a.Type == rt.BoolType && b.Type == rt.BoolType)
                    return null; // bool & bool -> bool (bool's own __and__)
                return TryIntFast(rt, ia.Small, ib.Small, op);
            }
            return null;
        }
        bool aFloat = a.Type == rt.FloatType;
        bool bFloat = b.Type == rt.FloatType;
        if ((aFloat || aInt) && (bFloat || bInt) && (aFloat || bFloat))
        {
            bool okx = true, oky = true;
            double x = aFloat ? ((PyFloat)a).Value : IntToDouble((PyInt)a, out okx);
            double y = bFloat ? ((PyFloat)b).Value : IntToDouble((PyInt)b, out oky);
            if (!okx || !oky) return null;
            return TryFloatFast(rt, x, y, op);
        }
        return null;
    }

    public static double IntToDouble(PyInt i, out bool ok)
    {
        ok = true;
        if (!i.IsBig) return i.Small;
        ok = Vm.Builtins.Formatting.IntMath.TryToDouble(i, out var d);
        return d;
    }

    /// <summary>CPython's hash of an int: value mod (2**61 - 1) with the sign kept; -1 becomes -2.</summary>
    /// <remarks>Inlined: a long within the modulus is its own hash (set and dict keys, `x in s`);
    /// the rest is <see cref="HashIntSlow"/>, which gives the same answer for those too.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long HashInt(PyInt i)
    {
        if (!i.IsBig)
        {
            long v = i.Small;
            if (v > -HashModulus && v < HashModulus) return v == -1 ? -2 : v;
        }
        return HashIntSlow(i);
    }

    /// <summary><see cref="HashInt"/> of any int.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static long HashIntSlow(PyInt i)
    {
        long h;
        if (!i.IsBig)
        {
            long v = i.Small;
            if (v > -HashModulus && v < HashModulus) h = v;
            else
            {
                h = (long)((ulong)Math.Abs((decimal)v) % HashModulus);
                if (v < 0) h = -h;
            }
        }
        else
        {
            var big = i.Big;
            var r = (long)(BigInteger.Abs(big) % HashModulus);
            h = big.Sign < 0 ? -r : r;
        }
        return h == -1 ? -2 : h;
    }

    /// <summary>CPython's _Py_HashDouble (so hash(1.0) == hash(1) and hash(0.5) matches).</summary>
    public static long HashDouble(double v, PyObject? self = null)
    {
        if (double.IsInfinity(v)) return v > 0 ? HashInf : -HashInf;
        if (double.IsNaN(v)) return self == null ? 0 : (RuntimeHelpers.GetHashCode(self) & 0x7fffffff);
        int e;
        double m = Frexp(v, out e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & HashModulus) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= HashModulus) x -= HashModulus;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & HashModulus) | (x >> (61 - e));
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    public static double Frexp(double d, out int exp)
    {
        if (d == 0 || double.IsNaN(d) || double.IsInfinity(d)) { exp = 0; return d; }
        long bits = BitConverter.DoubleToInt64Bits(d);
        int e = (int)((bits >> 52) & 0x7FF);
        if (e == 0)
        {
            d *= Math.Pow(2, 54);
            bits = BitConverter.DoubleToInt64Bits(d);
            e = (int)((bits >> 52) & 0x7FF) - 54;
        }
        exp = e - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
