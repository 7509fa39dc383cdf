// int: the constructor (int(), int(x), int(text, base)) and the arithmetic, bitwise and
// comparison dunders.
using System.Numerics;
using Vm.Builtins.Formatting;
using Vm.Bytecode;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class NumberTypes<TSync>
{
    private static void InstallInt(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.IntType;
        t.New = IntNew;
        t.FastCall = IntCall; // NumberTypes.TextCalls.cs
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            var cls = NewCls(ts2, "int", ts2.Rt.IntType, a);
            if (cls.IsSubtypeOf(ts2.Rt.BoolType)) throw ts2.Rt.TypeError($"int.__new__({cls.Name}) is not safe, use {cls.Name}.__new__()");
            return IntNew(ts2, cls, a.Slice(1), kw);
        });

        (string Name, int Op)[] ops =
        [
            ("add", OpAdd), ("sub", OpSub), ("mul", OpMul), ("truediv", OpTrueDiv), ("floordiv", OpFloorDiv),
            ("mod", OpMod), ("lshift", OpLShift), ("rshift", OpRShift), ("and", OpAnd), ("or", OpOr), ("xor", OpXor),
        ];
        foreach (var (name, op) in ops)
        {
            int o = op;
            Bin(rt, t, $"__{name}__", (ts2, x, y) => y is PyInt iy ? IntOp(ts2, (PyInt)x, iy, o) : ts2.Rt.NotImplemented);
            Bin(rt, t, $"__r{name}__", (ts2, x, y) => y is PyInt iy ? IntOp(ts2, iy, (PyInt)x, o) : ts2.Rt.NotImplemented);
        }
        Bin(rt, t, "__divmod__", (ts2, x, y) => y is PyInt iy ? IntDivmod(ts2, (PyInt)x, iy) : ts2.Rt.NotImplemented);
        Bin(rt, t, "__rdivmod__", (ts2, x, y) => y is PyInt iy ? IntDivmod(ts2, iy, (PyInt)x) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__pow__", (ts2, a, kw) =>
        {
            CheckPowArgs(ts2, "__pow__", a, kw);
            if (a[1] is not PyInt e) return ts2.Rt.NotImplemented;
            return IntPow(ts2, (PyInt)a[0], e, a.Length > 2 ? a[2] : null);
        });
        Def.Method(rt, t, "__rpow__", (ts2, a, kw) =>
        {
            CheckPowArgs(ts2, "__rpow__", a, kw);
            if (a[1] is not PyInt b) return ts2.Rt.NotImplemented;
            return IntPow(ts2, b, (PyInt)a[0], a.Length > 2 ? a[2] : null);
        });

        Un(rt, t, "__neg__", (ts2, x) => IntNeg(ts2, (PyInt)x));
        Un(rt, t, "__pos__", ExactInt);
        Un(rt, t, "__abs__", (ts2, x) => ((PyInt)x).IsBig ? ts2.Rt.NewInt(BigInteger.Abs(BigOf((PyInt)x)))
            : ((PyInt)x).Small < 0 ? IntNeg(ts2, (PyInt)x) : ExactInt(ts2, x));
        Un(rt, t, "__invert__", (ts2, x) => ((PyInt)x).IsBig ? ts2.Rt.NewInt(-BigOf((PyInt)x) - 1) : ts2.Rt.NewInt(~((PyInt)x).Small));
        Un(rt, t, "__bool__", (ts2, x) => ts2.Rt.NewBool(((PyInt)x).IsBig || ((PyInt)x).Small != 0));
        Un(rt, t, "__int__", ExactInt);
        Un(rt, t, "__index__", ExactInt);
        Un(rt, t, "__float__", (ts2, x) => ts2.Rt.NewFloat(IntToDouble(ts2, (PyInt)x)));
        Un(rt, t, "__hash__", (ts2, x) => ts2.Rt.NewInt(Numbers.HashInt((PyInt)x)));
        Un(rt, t, "__repr__", (ts2, x) => ts2.Rt.NewStr(IntMath.ToDecimal(ts2.Rt, (PyInt)x)));

        string[] cmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmpNames.Length; i++)
        {
            var op = (CompareOpArg)i;
            Bin(rt, t, cmpNames[i], (ts2, x, y) => y is PyInt iy ? ts2.Rt.NewBool(CompareResult(CompareInts((PyInt)x, iy), op)) : ts2.Rt.NotImplemented);
        }
    }

    private static void CheckPowArgs(PyThreadState ts, string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0) throw ts.Rt.TypeError($"wrapper {name}() takes no keyword arguments");
        if (a.Length < 2) throw ts.Rt.TypeError($"expected at least 1 argument, got {a.Length - 1}");
        if (a.Length > 3) throw ts.Rt.TypeError($"expected at most 2 arguments, got {a.Length - 1}");
    }

    public static int CompareInts(PyInt x, PyInt y)
    {
        if (!x.IsBig && !y.IsBig) return x.Small.CompareTo(y.Small);
        return BigOf(x).CompareTo(BigOf(y));
    }

    private static bool CompareResult(int c, CompareOpArg op) => op.Holds(c, 0);

    private static PyInt IntNeg(PyThreadState ts, PyInt x)
    {
        if (!x.IsBig && x.Small != long.MinValue) return ts.Rt.NewInt(-x.Small);
        return ts.Rt.NewInt(-BigOf(x));
    }

    /// <summary>x OP y for two ints (no pow).</summary>
    public static PyObject IntOp(PyThreadState ts, PyInt x, PyInt y, int op)
    {
        var rt = ts.Rt;
        if (!x.IsBig && !y.IsBig && op != OpTrueDiv)
        {
            var r = Numbers.TryIntFast(rt, x.Small, y.Small, op);
            if (r != null) return r;
        }
        switch (op)
        {
            case OpAdd: return rt.NewInt(BigOf(x) + BigOf(y));
            case OpSub: return rt.NewInt(BigOf(x) - BigOf(y));
            case OpMul: return rt.NewInt(BigOf(x) * BigOf(y));
            case OpAnd: return rt.NewInt(BigOf(x) & BigOf(y));
            case OpOr: return rt.NewInt(BigOf(x) | BigOf(y));
            case OpXor: return rt.NewInt(BigOf(x) ^ BigOf(y));
            case OpFloorDiv:
                if (IsZero(y)) throw IntZeroDivision(rt, OpFloorDiv);
                return rt.NewInt(Numbers.FloorDivide(BigOf(x), BigOf(y)));
            case OpMod:
                if (IsZero(y)) throw IntZeroDivision(rt, OpMod);
                return rt.NewInt(Numbers.Modulo(BigOf(x), BigOf(y)));
            case OpTrueDiv:
                return rt.NewFloat(IntTrueDivide(ts, x, y));
            case OpLShift: return LShift(ts, x, y);
            case OpRShift: return RShift(ts, x, y);
        }
        throw new InvalidOperationException("bad int op " + op);
    }

    private static bool IsZero(PyInt i) => !i.IsBig && i.Small == 0;

    /// <summary>int OP int's error for a zero divisor (OP is //, % or /): what int's dunders throw
    /// and what the eval loop raises without a throw (Interpreter.NumericFast.cs).</summary>
    internal static PyException IntZeroDivision(PyRuntime rt, int op) => rt.ZeroDivisionError(op switch
    {
        OpFloorDiv => "integer division or modulo by zero",
        OpMod => "integer modulo by zero",
        _ => "division by zero",
    });

    private static bool IsExactDouble(long v) => (ulong)(v + (1L << 53)) <= (1UL << 54);

    public static double IntTrueDivide(PyThreadState ts, PyInt x, PyInt y)
    {
        if (IsZero(y)) throw IntZeroDivision(ts.Rt, OpTrueDiv);
        // Both within +-2**53: exact as doubles, so one IEEE division is the correctly rounded
        // quotient (CPython's long_true_divide takes the same shortcut).
        if (!x.IsBig && !y.IsBig && IsExactDouble(x.Small) && IsExactDouble(y.Small)) return (double)x.Small / y.Small;
        double r = IntMath.TrueDivide(BigOf(x), BigOf(y), out bool overflow);
        if (overflow) throw ts.Rt.OverflowError("integer division result too large for a float");
        return r;
    }

    private static PyObject LShift(PyThreadState ts, PyInt x, PyInt y)
    {
        var rt = ts.Rt;
        if (y.IsBig ? y.BigValue!.Value.Sign < 0 : y.Small < 0) throw rt.ValueError("negative shift count");
        if (IsZero(x)) return rt.NewInt(0);
        // CPython: a result of more than MAX_LONG_DIGITS 30-bit digits (about 2**66 bits) is an
        // OverflowError; a smaller one it cannot allocate is a MemoryError. Here the allocation
        // ceiling is BigInteger's.
        if (y.IsBig || y.Small > MaxBigIntegerBits - (long)BigOf(x).GetBitLength())
        {
            bool tooManyDigits = y.IsBig && BigOf(y) / 30 + 1 > (long.MaxValue - 24) / 4;
            throw tooManyDigits ? rt.OverflowError("too many digits in integer") : rt.MemoryError();
        }
        int n = (int)y.Small;
        if (!x.IsBig && n < 63)
        {
            long v = x.Small;
            long r = v << n;
            if (r >> n == v) return rt.NewInt(r);
        }
        try { return rt.NewInt(BigOf(x) << n); }
        catch (OverflowException) { throw rt.MemoryError(); }
    }

    private static PyObject RShift(PyThreadState ts, PyInt x, PyInt y)
    {
        var rt = ts.Rt;
        if (y.IsBig ? y.BigValue!.Value.Sign < 0 : y.Small < 0) throw rt.ValueError("negative shift count");
        bool neg = x.IsBig ? x.BigValue!.Value.Sign < 0 : x.Small < 0;
        if (y.IsBig || y.Small >= int.MaxValue) return rt.NewInt(neg ? -1 : 0);
        int n = (int)y.Small;
        if (!x.IsBig) return rt.NewInt(n >= 64 ? (neg ? -1 : 0) : x.Small >> n);
        return rt.NewInt(x.BigValue!.Value >> n);
    }

    private static PyObject IntDivmod(PyThreadState ts, PyInt x, PyInt y)
    {
        var rt = ts.Rt;
        if (IsZero(y)) throw rt.ZeroDivisionError("integer division or modulo by zero");
        if (!x.IsBig && !y.IsBig && !(x.Small == long.MinValue && y.Small == -1))
            return Ops<TSync>.NewTuple(ts, [rt.NewInt(Numbers.FloorDivide(x.Small, y.Small)), rt.NewInt(Numbers.Modulo(x.Small, y.Small))]);
        var a = BigOf(x);
        var b = BigOf(y);
        var q = Numbers.FloorDivide(a, b);
        return Ops<TSync>.NewTuple(ts, [rt.NewInt(q), rt.NewInt(a - q * b)]);
    }

    /// <summary>int ** int [% mod] (long_pow).</summary>
    public static PyObject IntPow(PyThreadState ts, PyInt x, PyInt y, PyObject? mod)
    {
        var rt = ts.Rt;
        bool negExp = y.IsBig ? y.BigValue!.Value.Sign < 0 : y.Small < 0;
        if (mod == null || ReferenceEquals(mod, rt.None))
        {
            if (negExp) return FloatPow(ts, IntToDouble(ts, x), IntToDouble(ts, y));
            return rt.NewInt(BigPow(ts, x, y));
        }
        if (mod is not PyInt m) return rt.NotImplemented;
        var c = BigOf(m);
        if (c.IsZero) throw rt.ValueError("pow() 3rd argument cannot be 0");
        bool negativeOutput = c.Sign < 0;
        c = BigInteger.Abs(c);
        if (c.IsOne) return rt.NewInt(0);
        var b = Numbers.Modulo(BigOf(x), c);
        var e = BigOf(y);
        if (negExp)
        {
            b = ModInverse(b, c) ?? throw rt.ValueError("base is not invertible for the given modulus");
            e = -e;
        }
        var r = BigInteger.ModPow(b, e, c);
        if (negativeOutput && !r.IsZero) r -= c;
        return rt.NewInt(r);
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger oldR = a, r = m, oldS = 1, s = 0;
        while (!r.IsZero)
        {
            var q = BigInteger.Divide(oldR, r);
            (oldR, r) = (r, oldR - q * r);
            (oldS, s) = (s, oldS - q * s);
        }
        if (!oldR.IsOne) return null;
        return Numbers.Modulo(oldS, m);
    }

    private static BigInteger BigPow(PyThreadState ts, PyInt x, PyInt y)
    {
        if (!x.IsBig && !y.IsBig)
        {
            long b = x.Small, e = y.Small;
            if (b == 0) return e == 0 ? 1 : 0;
            if (b == 1) return 1;
            if (b == -1) return (e & 1) == 0 ? 1 : -1;
            if (e < 64)
            {
                long result = 1, bb = b;
                long ee = e;
                bool ok = true;
                try
                {
                    checked
                    {
                        while (ee > 0)
                        {
                            if ((ee & 1) != 0) result *= bb;
                            ee >>= 1;
                            if (ee > 0) bb *= bb;
                        }
                    }
                }
                catch (OverflowException) { ok = false; }
                if (ok) return result;
            }
        }
        var bv = BigOf(x);
        if (bv.IsZero) return y.IsBig || y.Small != 0 ? BigInteger.Zero : BigInteger.One;
        if (bv.IsOne) return BigInteger.One;
        if (bv == BigInteger.MinusOne) return BigOf(y).IsEven ? BigInteger.One : BigInteger.MinusOne;
        if (y.IsBig || y.Small > int.MaxValue) throw ts.Rt.MemoryError();
        // CPython raises MemoryError when the result cannot be allocated (after trying for a long
        // time); a .NET BigInteger holds at most about int.MaxValue bits, so a result known to be
        // larger fails at once instead of throwing OverflowException from BigInteger.Pow.
        if (BigInteger.Log(BigInteger.Abs(bv), 2) * y.Small > MaxBigIntegerBits) throw ts.Rt.MemoryError();
        try { return BigInteger.Pow(bv, (int)y.Small); }
        catch (OverflowException) { throw ts.Rt.MemoryError(); }
    }

    /// <summary>The largest result (in bits) the int operations try to build: .NET's BigInteger limit.</summary>
    internal const long MaxBigIntegerBits = int.MaxValue;

    // ------------------------------------------------------------------ constructor

    private static PyObject IntNew(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var rt = ts.Rt;
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        // CPython's two messages: positional-only calls go through the vectorcall check, calls with
        // keywords through the argument-clinic parser.
        if (args.Length > 2)
            throw rt.TypeError(nkw == 0 ? $"int expected at most 2 arguments, got {args.Length}" : $"int() takes at most 2 arguments ({args.Length} given)");
        PyObject? x = npos > 0 ? args[0] : null;
        PyObject? baseObj = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kw!.Items[k]).Value;
            if (name != "base") throw rt.TypeError($"int() got an unexpected keyword argument '{name}'" + SuggestionDistance.KeywordTrailer(["base"], name));
            if (baseObj != null) throw rt.TypeError("argument for int() given by name ('base') and position (2)");
            baseObj = args[npos + k];
        }
        PyInt value;
        if (x == null)
        {
            if (baseObj != null) throw rt.TypeError("int() missing string argument");
            value = rt.NewInt(0);
        }
        else if (baseObj == null) value = NumberToInt(ts, x);
        else
        {
            var bi = Ops<TSync>.Index(ts, baseObj);
            long b = bi.IsBig ? -1 : bi.Small;
            if (b != 0 && (b < 2 || b > 36)) throw rt.ValueError("int() base must be >= 2 and <= 36, or 0");
            var text = TextArg(x, out bool isBytes);
            if (text == null) throw rt.TypeError("int() can't convert non-string with explicit base");
            value = rt.NewInt(ParseIntText(ts, x, text, isBytes, (int)b));
        }
        if (cls == rt.IntType) return value;
        return NewIntOf(ts, cls, BigOf(value));
    }

    /// <summary>int(text, base) with CPython's errors (the 4300-digit limit included).</summary>
    public static BigInteger ParseIntText(PyThreadState ts, PyObject original, string text, bool isBytes, int radix)
    {
        if (ParseIntTextOrError(ts, original, text, isBytes, radix, out var v) is { } e) throw e;
        return v;
    }

    /// <summary>ParseIntText returning its error instead of throwing it (null on success).</summary>
    internal static PyException? ParseIntTextOrError(PyThreadState ts, PyObject original, string text, bool isBytes, int radix, out BigInteger v)
    {
        var rt = ts.Rt;
        string ascii = isBytes ? text : NumberParsing.ToAsciiNumeric(text);
        if (!NumberParsing.TryParseInt(ascii, radix, out v, out int ndigits))
        {
            string shown;
            if (isBytes)
            {
                var bytes = original is PyBytes pb ? pb.Value : ((PyByteArray)original).ToArray();
                shown = Ops<TSync>.ReprValue(ts, rt.NewBytes(bytes.AsSpan(0, Math.Min(bytes.Length, 200)).ToArray()));
            }
            else
            {
                shown = Ops<TSync>.ReprValue(ts, original is PyStr && original.Type == rt.StrType ? original : rt.NewStr(text));
                if (shown.Length > 200) shown = shown.Substring(0, 200);
            }
            return rt.ValueError($"invalid literal for int() with base {radix}: {shown}");
        }
        int limit = IntMath.GetMaxStrDigits(rt);
        if (limit > 0 && ndigits > limit && !IsPow2Base(ascii, radix))
            return IntMath.ToIntLimitError(rt, limit, ndigits);
        return null;
    }

    private static bool IsPow2Base(string ascii, int radix)
    {
        if (radix != 0) return (radix & (radix - 1)) == 0;
        var s = NumberParsing.StripSpaces(ascii).TrimStart('+', '-');
        return s.Length > 1 && s[0] == '0' && "xXoObB".Contains(s[1]);
    }

    /// <summary>PyNumber_Long: int(x) for one argument.</summary>
    public static PyInt NumberToInt(PyThreadState ts, PyObject x)
    {
        var rt = ts.Rt;
        if (x.Type == rt.IntType) return (PyInt)x;
        // Fast paths for exact str and float (their __int__/__trunc__ cannot be overridden); the
        // general path below gives the same results and all the errors.
        if (x.Type == rt.StrType && NumberParsing.TryParseSmallDecimal(((PyStr)x).Value, out long parsed)) return rt.NewInt(parsed);
        if (x.Type == rt.FloatType && ((PyFloat)x).Value is var d && d > -9.2e18 && d < 9.2e18) return rt.NewInt((long)d);
        var m = x.Type.Lookup(rt.Intern("__int__"));
        if (m != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, m, x, []);
            if (r is not PyInt ri) throw rt.TypeError($"__int__ returned non-int (type {r.Type.Name})");
            return r.Type == rt.IntType ? ri : rt.NewInt(BigOf(ri));
        }
        if (x.Type.Lookup(rt.Intern("__index__")) != null)
        {
            var r = Ops<TSync>.Index(ts, x);
            return r.Type == rt.IntType ? r : rt.NewInt(BigOf(r));
        }
        var trunc = x.Type.Lookup(rt.Intern("__trunc__"));
        if (trunc != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, trunc, x, []);
            if (r is PyInt ri) return r.Type == rt.IntType ? ri : rt.NewInt(BigOf(ri));
            if (r.Type.Lookup(rt.Intern("__index__")) == null)
                throw rt.TypeError($"__trunc__ returned non-Integral (type {r.Type.Name})");
            var idx = Ops<TSync>.Index(ts, r);
            return idx.Type == rt.IntType ? idx : rt.NewInt(BigOf(idx));
        }
        var text = TextArg(x, out bool isBytes);
        if (text != null) return rt.NewInt(ParseIntText(ts, x, text, isBytes, 10));
        throw rt.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }
}
