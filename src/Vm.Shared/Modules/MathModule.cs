// The math module (CPython 3.13 Modules/mathmodule.c behaviour): libm wrappers with CPython's
// error policy ("math domain error" / "math range error"), exact integer functions (gcd, lcm,
// comb, perm, factorial, isqrt), fsum (Shewchuk), the correctly-scaled vector norm for
// hypot/dist, and floor/ceil/trunc returning ints through __floor__/__ceil__/__trunc__.
using System.Numerics;
using Vm.Builtins;
using Vm.Builtins.Formatting;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class MathModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "math";

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        Def.Value(rt, d, "pi", rt.NewFloat(Math.PI));
        Def.Value(rt, d, "e", rt.NewFloat(Math.E));
        Def.Value(rt, d, "tau", rt.NewFloat(Math.Tau));
        Def.Value(rt, d, "inf", rt.NewFloat(double.PositiveInfinity));
        Def.Value(rt, d, "nan", rt.NewFloat(Vm.Builtins.Formatting.NumberParsing.PositiveNaN));

        F1(rt, d, "sqrt", Math.Sqrt, false);
        F1(rt, d, "exp", Math.Exp, true);
        F1(rt, d, "exp2", x => Math.Pow(2, x), true);
        F1(rt, d, "expm1", ExpM1, true);
        F1(rt, d, "log1p", Log1p, false);
        F1(rt, d, "cbrt", Math.Cbrt, false);
        F1(rt, d, "sin", Math.Sin, false);
        F1(rt, d, "cos", Math.Cos, false);
        F1(rt, d, "tan", Math.Tan, false);
        F1(rt, d, "asin", Math.Asin, false);
        F1(rt, d, "acos", Math.Acos, false);
        F1(rt, d, "atan", Math.Atan, false);
        F1(rt, d, "sinh", Math.Sinh, true);
        F1(rt, d, "cosh", Math.Cosh, true);
        F1(rt, d, "tanh", Math.Tanh, false);
        F1(rt, d, "asinh", Math.Asinh, false);
        F1(rt, d, "acosh", Math.Acosh, false);
        F1(rt, d, "atanh", Math.Atanh, false);
        F1(rt, d, "fabs", Math.Abs, false);
        F1(rt, d, "erf", Erf, false);
        F1(rt, d, "erfc", Erfc, false);
        F1(rt, d, "gamma", Gamma, true);
        F1(rt, d, "lgamma", LGamma, true);
        F1(rt, d, "degrees", x => x * (180.0 / Math.PI), true);
        F1(rt, d, "radians", x => x * (Math.PI / 180.0), false);

        Fn(rt, d, "atan2", (ts2, a, kw) =>
        {
            Args.Count(ts2, "atan2", a.Length, 2, 2);
            return ts2.Rt.NewFloat(Math.Atan2(Dbl(ts2, a[0]), Dbl(ts2, a[1])));
        });
        Fn(rt, d, "copysign", (ts2, a, kw) =>
        {
            Args.Count(ts2, "copysign", a.Length, 2, 2);
            return ts2.Rt.NewFloat(Math.CopySign(Dbl(ts2, a[0]), Dbl(ts2, a[1])));
        });
        Fn(rt, d, "fmod", (ts2, a, kw) =>
        {
            Args.Count(ts2, "fmod", a.Length, 2, 2);
            double x = Dbl(ts2, a[0]), y = Dbl(ts2, a[1]);
            if (double.IsInfinity(y) && double.IsFinite(x)) return ts2.Rt.NewFloat(x);
            double r = x % y;
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw Domain(ts2);
            return ts2.Rt.NewFloat(r);
        });
        Fn(rt, d, "remainder", (ts2, a, kw) =>
        {
            Args.Count(ts2, "remainder", a.Length, 2, 2);
            double x = Dbl(ts2, a[0]), y = Dbl(ts2, a[1]);
            if (double.IsNaN(x)) return ts2.Rt.NewFloat(x);
            if (double.IsNaN(y)) return ts2.Rt.NewFloat(y);
            if (double.IsInfinity(x) || y == 0) throw Domain(ts2);
            if (double.IsInfinity(y)) return ts2.Rt.NewFloat(x);
            return ts2.Rt.NewFloat(Remainder(x, y));
        });
        Fn(rt, d, "pow", (ts2, a, kw) =>
        {
            Args.Count(ts2, "pow", a.Length, 2, 2);
            return ts2.Rt.NewFloat(Pow(ts2, Dbl(ts2, a[0]), Dbl(ts2, a[1])));
        });
        Fn(rt, d, "modf", (ts2, a, kw) =>
        {
            Args.Count(ts2, "modf", a.Length, 1, 1);
            double x = Dbl(ts2, a[0]);
            if (double.IsInfinity(x)) return Tuple(ts2, ts2.Rt.NewFloat(Math.CopySign(0.0, x)), ts2.Rt.NewFloat(x));
            if (double.IsNaN(x)) return Tuple(ts2, ts2.Rt.NewFloat(x), ts2.Rt.NewFloat(x));
            double ip = Math.Truncate(x);
            return Tuple(ts2, ts2.Rt.NewFloat(Math.CopySign(x - ip, x)), ts2.Rt.NewFloat(ip));
        });
        Fn(rt, d, "frexp", (ts2, a, kw) =>
        {
            Args.Count(ts2, "frexp", a.Length, 1, 1);
            double x = Dbl(ts2, a[0]);
            double mant = Numbers.Frexp(x, out int e);
            return Tuple(ts2, ts2.Rt.NewFloat(mant), ts2.Rt.NewInt(e));
        });
        Fn(rt, d, "ldexp", (ts2, a, kw) =>
        {
            Args.Count(ts2, "ldexp", a.Length, 2, 2);
            double x = Dbl(ts2, a[0]);
            if (a[1] is not PyInt ei) throw ts2.Rt.TypeError("Expected an int as second argument to ldexp.");
            if (x == 0 || !double.IsFinite(x)) return ts2.Rt.NewFloat(x);
            var eb = ei.Big;
            int e = eb > 100000 ? 100000 : eb < -100000 ? -100000 : (int)eb;
            double r = Math.ScaleB(x, e);
            if (double.IsInfinity(r)) throw ts2.Rt.OverflowError("math range error");
            return ts2.Rt.NewFloat(r);
        });
        Fn(rt, d, "log", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "log", kw);
            Args.Count(ts2, "log", a.Length, 1, 2);
            double num = LogHelper(ts2, a[0], Math.Log);
            if (a.Length == 1) return ts2.Rt.NewFloat(num);
            double den = LogHelper(ts2, a[1], Math.Log);
            if (den == 0) throw ts2.Rt.ZeroDivisionError("division by zero");
            return ts2.Rt.NewFloat(num / den);
        });
        Fn(rt, d, "log2", (ts2, a, kw) =>
        {
            Args.Count(ts2, "log2", a.Length, 1, 1);
            return ts2.Rt.NewFloat(LogHelper(ts2, a[0], Math.Log2));
        });
        Fn(rt, d, "log10", (ts2, a, kw) =>
        {
            Args.Count(ts2, "log10", a.Length, 1, 1);
            return ts2.Rt.NewFloat(LogHelper(ts2, a[0], Math.Log10));
        });
        Def.Function(rt, d, "floor", (ts2, a, kw) =>
        {
            Args.Count(ts2, "floor", a.Length, 1, 1);
            return Rounding(ts2, a[0], "__floor__", Math.Floor);
        }, Mod).IntRoundFn = Math.Floor;
        Def.Function(rt, d, "ceil", (ts2, a, kw) =>
        {
            Args.Count(ts2, "ceil", a.Length, 1, 1);
            return Rounding(ts2, a[0], "__ceil__", Math.Ceiling);
        }, Mod).IntRoundFn = Math.Ceiling;
        Def.Function(rt, d, "trunc", (ts2, a, kw) =>
        {
            Args.Count(ts2, "trunc", a.Length, 1, 1);
            var x = a[0];
            if (x.Type == ts2.Rt.FloatType) return DoubleToInt(ts2, Math.Truncate(((PyFloat)x).Value));
            if (x.Type == ts2.Rt.IntType) return x;
            var tr = x.Type.Lookup(ts2.Rt.Intern("__trunc__"));
            if (tr == null)
            {
                if (x is PyInt xi) return ts2.Rt.NewInt(xi.Big);
                throw ts2.Rt.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
            }
            return Ops<TSync>.CallMethodDescr(ts2, tr, x, []);
        }, Mod).IntRoundFn = Math.Truncate;
        Fn(rt, d, "isfinite", (ts2, a, kw) => { Args.Count(ts2, "isfinite", a.Length, 1, 1); return ts2.Rt.NewBool(double.IsFinite(Dbl(ts2, a[0]))); });
        Fn(rt, d, "isinf", (ts2, a, kw) => { Args.Count(ts2, "isinf", a.Length, 1, 1); return ts2.Rt.NewBool(double.IsInfinity(Dbl(ts2, a[0]))); });
        Fn(rt, d, "isnan", (ts2, a, kw) => { Args.Count(ts2, "isnan", a.Length, 1, 1); return ts2.Rt.NewBool(double.IsNaN(Dbl(ts2, a[0]))); });
        Fn(rt, d, "isclose", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "isclose", a, kw, ["a", "b", "rel_tol", "abs_tol"], 2, 2, 2);
            double x = Dbl(ts2, b[0]!), y = Dbl(ts2, b[1]!);
            double rel = b[2] == null ? 1e-9 : Dbl(ts2, b[2]!);
            double abs = b[3] == null ? 0.0 : Dbl(ts2, b[3]!);
            if (rel < 0.0 || abs < 0.0) throw ts2.Rt.ValueError("tolerances must be non-negative");
            return ts2.Rt.NewBool(IsClose(x, y, rel, abs));
        });
        Fn(rt, d, "nextafter", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "nextafter", a, kw, ["x", "y", "steps"], 2, 2, 2);
            double x = Dbl(ts2, b[0]!), y = Dbl(ts2, b[1]!);
            if (b[2] == null || b[2] == ts2.Rt.None) return ts2.Rt.NewFloat(NextAfter(x, y));
            var steps = ModuleSupport<TSync>.ToBig(ts2, b[2]!);
            if (steps < 0) throw ts2.Rt.ValueError("steps must be a non-negative integer");
            long n = steps > 1L << 62 ? 1L << 62 : (long)steps;
            for (long i = 0; i < n; i++)
            {
                double nx = NextAfter(x, y);
                if (nx == x || double.IsNaN(nx)) { x = nx; break; }
                x = nx;
            }
            return ts2.Rt.NewFloat(x);
        });
        Fn(rt, d, "ulp", (ts2, a, kw) =>
        {
            Args.Count(ts2, "ulp", a.Length, 1, 1);
            double x = Math.Abs(Dbl(ts2, a[0]));
            if (double.IsNaN(x) || double.IsInfinity(x)) return ts2.Rt.NewFloat(x);
            double x2 = Math.BitIncrement(x);
            if (double.IsInfinity(x2)) return ts2.Rt.NewFloat(x - Math.BitDecrement(x));
            return ts2.Rt.NewFloat(x2 - x);
        });
        Fn(rt, d, "fma", (ts2, a, kw) =>
        {
            Args.Count(ts2, "fma", a.Length, 3, 3);
            double x = Dbl(ts2, a[0]), y = Dbl(ts2, a[1]), z = Dbl(ts2, a[2]);
            double r = Math.FusedMultiplyAdd(x, y, z);
            if (!double.IsFinite(r))
            {
                if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y) && !double.IsNaN(z)) throw ts2.Rt.ValueError("invalid operation in fma");
                if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(z)) throw ts2.Rt.OverflowError("overflow in fma");
            }
            return ts2.Rt.NewFloat(r);
        });
        Fn(rt, d, "hypot", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "hypot", kw);
            var v = new double[a.Length];
            for (int i = 0; i < a.Length; i++) v[i] = Dbl(ts2, a[i]);
            return ts2.Rt.NewFloat(VectorNorm(v));
        });
        Fn(rt, d, "dist", (ts2, a, kw) =>
        {
            Args.Count(ts2, "dist", a.Length, 2, 2);
            if (a[0] is not PyTuple && a[0] is not PyList && !Ops<TSync>.IsIterable(ts2, a[0]))
                throw ts2.Rt.TypeError($"dist() argument 1 must be tuple, not {a[0].Type.Name}");
            var p = Ops<TSync>.ToArray(ts2, a[0]);
            var q = Ops<TSync>.ToArray(ts2, a[1]);
            if (p.Length != q.Length) throw ts2.Rt.ValueError("both points must have the same number of dimensions");
            var v = new double[p.Length];
            for (int i = 0; i < p.Length; i++) v[i] = Dbl(ts2, p[i]) - Dbl(ts2, q[i]);
            return ts2.Rt.NewFloat(VectorNorm(v));
        });
        Fn(rt, d, "fsum", (ts2, a, kw) =>
        {
            Args.Count(ts2, "fsum", a.Length, 1, 1);
            return ts2.Rt.NewFloat(FSum(ts2, a[0]));
        });
        Fn(rt, d, "prod", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "prod", a, kw, ["iterable", "start"], 1, 1, 1);
            PyObject acc = b[1] ?? ts2.Rt.NewInt(1);
            var it = Ops<TSync>.GetIter(ts2, b[0]!);
            try
            {
                while (Ops<TSync>.Next(ts2, it) is { } x)
                {
                    var prev = acc;
                    acc = Ops<TSync>.BinaryOp(ts2, acc, x, BinaryOpArg.Multiply);
                    // The replaced running product and a fresh item die here (CPython's decrefs).
                    if (!ReferenceEquals(prev, acc) && !ReferenceEquals(prev, b[1])) ObjectLifecycle<TSync>.DropBorrowed(ts2, prev);
                    if (!ReferenceEquals(x, acc)) ObjectLifecycle<TSync>.DropBorrowed(ts2, x);
                }
                return acc;
            }
            finally
            {
                Ops<TSync>.DropIteratorKeeping(ts2, it, b[0]!, acc);
            }
        });
        Fn(rt, d, "sumprod", (ts2, a, kw) =>
        {
            Args.Count(ts2, "sumprod", a.Length, 2, 2);
            var p = Ops<TSync>.GetIter(ts2, a[0]);
            PyObject? q = null;
            PyObject acc = ts2.Rt.NewInt(0);
            try
            {
                q = Ops<TSync>.GetIter(ts2, a[1]);
                while (true)
                {
                    var x = Ops<TSync>.Next(ts2, p);
                    var y = Ops<TSync>.Next(ts2, q);
                    if (x == null && y == null) return acc;
                    if (x == null || y == null) throw ts2.Rt.ValueError("Inputs are not the same length");
                    var xy = Ops<TSync>.BinaryOp(ts2, x, y, BinaryOpArg.Multiply);
                    var prev = acc;
                    acc = Ops<TSync>.BinaryOp(ts2, acc, xy, BinaryOpArg.Add);
                    // Products, replaced sums and fresh items die here.
                    if (!ReferenceEquals(prev, acc)) ObjectLifecycle<TSync>.DropBorrowed(ts2, prev);
                    foreach (var t in (ReadOnlySpan<PyObject>)[xy, x, y])
                        if (!ReferenceEquals(t, acc)) ObjectLifecycle<TSync>.DropBorrowed(ts2, t);
                }
            }
            finally
            {
                Ops<TSync>.DropIteratorKeeping(ts2, p, a[0], acc);
                if (q != null) Ops<TSync>.DropIteratorKeeping(ts2, q, a[1], acc);
            }
        });
        Fn(rt, d, "gcd", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "gcd", kw);
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, ModuleSupport<TSync>.ToBig(ts2, x));
            return ts2.Rt.NewInt(g);
        });
        Fn(rt, d, "lcm", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "lcm", kw);
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(ModuleSupport<TSync>.ToBig(ts2, x));
                if (l == 0 || v == 0) { l = 0; continue; }
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return ts2.Rt.NewInt(l);
        });
        Fn(rt, d, "isqrt", (ts2, a, kw) =>
        {
            Args.Count(ts2, "isqrt", a.Length, 1, 1);
            var n = ModuleSupport<TSync>.ToBig(ts2, a[0]);
            if (n < 0) throw ts2.Rt.ValueError("isqrt() argument must be nonnegative");
            return ts2.Rt.NewInt(ISqrt(n));
        });
        Fn(rt, d, "factorial", (ts2, a, kw) =>
        {
            Args.Count(ts2, "factorial", a.Length, 1, 1);
            var n = ModuleSupport<TSync>.ToBig(ts2, a[0]);
            if (n < 0) throw ts2.Rt.ValueError("factorial() not defined for negative values");
            if (n > long.MaxValue) throw ts2.Rt.OverflowError("factorial() argument should not exceed 9223372036854775807");
            return ts2.Rt.NewInt(RangeProduct(1, (long)n));
        });
        Fn(rt, d, "comb", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "comb", kw);
            Args.Count(ts2, "comb", a.Length, 2, 2);
            var n = ModuleSupport<TSync>.ToBig(ts2, a[0]);
            var k = ModuleSupport<TSync>.ToBig(ts2, a[1]);
            if (n < 0) throw ts2.Rt.ValueError("n must be a non-negative integer");
            if (k < 0) throw ts2.Rt.ValueError("k must be a non-negative integer");
            if (k > n) return ts2.Rt.NewInt(0);
            if (n - k < k) k = n - k;
            if (k > int.MaxValue) throw ts2.Rt.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
            BigInteger r = 1;
            for (long i = 1; i <= (long)k; i++) r = r * (n - k + i) / i;
            return ts2.Rt.NewInt(r);
        });
        Fn(rt, d, "perm", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "perm", kw);
            Args.Count(ts2, "perm", a.Length, 1, 2);
            var n = ModuleSupport<TSync>.ToBig(ts2, a[0]);
            if (a.Length == 1 || a[1] == ts2.Rt.None)
            {
                if (n < 0) throw ts2.Rt.ValueError("n must be a non-negative integer");
                return ts2.Rt.NewInt(RangeProduct(1, (long)n));
            }
            var k = ModuleSupport<TSync>.ToBig(ts2, a[1]);
            if (n < 0) throw ts2.Rt.ValueError("n must be a non-negative integer");
            if (k < 0) throw ts2.Rt.ValueError("k must be a non-negative integer");
            if (k > n) return ts2.Rt.NewInt(0);
            BigInteger r = 1;
            for (BigInteger i = n - k + 1; i <= n; i++) r *= i;
            return ts2.Rt.NewInt(r);
        });
        return m;
    }

    private static void Fn(PyRuntime rt, PyDict d, string name, NativeFn fn) => Def.Function(rt, d, name, fn, Mod);

    private static double Dbl(PyThreadState ts, PyObject o) => ModuleSupport<TSync>.ToDouble(ts, o);

    private static PyException Domain(PyThreadState ts) => ts.Rt.ValueError("math domain error");

    private static PyObject Tuple(PyThreadState ts, PyObject a, PyObject b) => Ops<TSync>.NewTuple(ts, [a, b]);

    /// <summary>math_1: one-argument libm function with CPython's error policy.</summary>
    /// <remarks>Float chains call f directly on an unboxed float (PyBuiltinFunction.FloatFn): keep the checks
    /// below the only thing besides f that the body does with a float argument.</remarks>
    private static void F1(PyRuntime rt, PyDict d, string name, Func<double, double> f, bool canOverflow)
    {
        var fn = Def.Function(rt, d, name, (ts, a, kw) =>
        {
            Args.NoKwargs(ts, name, kw);
            Args.Count(ts, name, a.Length, 1, 1);
            double x = Dbl(ts, a[0]);
            double r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x)) throw Domain(ts);
            if (double.IsInfinity(r) && double.IsFinite(x))
            {
                if (canOverflow) throw ts.Rt.OverflowError("math range error");
                throw Domain(ts);
            }
            return ts.Rt.NewFloat(r);
        }, Mod);
        fn.FloatFn = f;
    }

    public static PyObject DoubleToInt(PyThreadState ts, double v)
    {
        if (double.IsNaN(v)) throw ts.Rt.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw ts.Rt.OverflowError("cannot convert float infinity to integer");
        if (Math.Abs(v) < 9.2e18) return ts.Rt.NewInt((long)v);
        return ts.Rt.NewInt(IntMath.TruncToBig(v));
    }

    private static PyObject Rounding(PyThreadState ts, PyObject x, string dunder, Func<double, double> f)
    {
        var rt = ts.Rt;
        if (x.Type == rt.FloatType) return DoubleToInt(ts, f(((PyFloat)x).Value));
        if (x.Type == rt.IntType) return x;
        var m = x.Type.Lookup(rt.Intern(dunder));
        if (m != null) return Ops<TSync>.CallMethodDescr(ts, m, x, []);
        if (x is PyInt xi) return rt.NewInt(xi.Big);
        return DoubleToInt(ts, f(Dbl(ts, x)));
    }

    private static double LogHelper(PyThreadState ts, PyObject x, Func<double, double> f)
    {
        if (x is PyInt xi)
        {
            var v = xi.Big;
            if (v.Sign <= 0) throw Domain(ts);
            if (IntMath.TryToDouble(v, out double dv) && !double.IsInfinity(dv)) return CheckedLog(ts, dv, f);
            // Huge ints: x = m * 2**e with m in [0.5, 1).
            long bits = (long)v.GetBitLength();
            int shift = (int)Math.Max(0, bits - 60);
            double mant = (double)(v >> shift);
            return f(mant) + shift * f(2.0);
        }
        return CheckedLog(ts, Dbl(ts, x), f);
    }

    private static double CheckedLog(PyThreadState ts, double x, Func<double, double> f)
    {
        if (double.IsNaN(x)) return x;
        if (x <= 0) throw Domain(ts);
        if (double.IsPositiveInfinity(x)) return x;
        return f(x);
    }

    private static double Pow(PyThreadState ts, double x, double y)
    {
        // C99 Annex F special cases, then CPython's error policy.
        if (double.IsNaN(x)) return y == 0 ? 1.0 : x;
        if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
        if (double.IsInfinity(x) || double.IsInfinity(y)) return Math.Pow(x, y);
        if (x == 0 && y < 0) throw Domain(ts);
        double r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw Domain(ts);
        if (double.IsInfinity(r)) throw ts.Rt.OverflowError("math range error");
        return r;
    }

    public static double Remainder(double x, double y)
    {
        double absx = Math.Abs(x), absy = Math.Abs(y);
        double m = absx % absy;
        double c = absy - m;
        double r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
        return Math.CopySign(1.0, x) * r;
    }

    public static bool IsClose(double a, double b, double rel, double abs)
    {
        if (a == b) return true;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return false;
        double diff = Math.Abs(b - a);
        return diff <= Math.Abs(rel * b) || diff <= Math.Abs(rel * a) || diff <= abs;
    }

    private static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (x == y) return y;
        if (x == 0) return Math.CopySign(double.Epsilon, y);
        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    /// <summary>exp(x) - 1 without cancellation (Kahan's correction).</summary>
    private static double ExpM1(double x)
    {
        if (Math.Abs(x) >= 0.7) return Math.Exp(x) - 1.0;
        double u = Math.Exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        return um1 * x / Math.Log(u);
    }

    private static double Log1p(double x)
    {
        if (x <= -1.0) return x == -1.0 ? double.NegativeInfinity : double.NaN;
        double u = 1.0 + x;
        if (u == 1.0) return x;
        return Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>The norm of a vector, scaled to avoid overflow and corrected for rounding (CPython's vector_norm).</summary>
    public static double VectorNorm(double[] v)
    {
        int n = v.Length;
        double max = 0;
        bool foundNan = false;
        for (int i = 0; i < n; i++)
        {
            double x = Math.Abs(v[i]);
            v[i] = x;
            if (double.IsNaN(x)) foundNan = true;
            if (x > max) max = x;
        }
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0 || n <= 1) return max;
        Numbers.Frexp(max, out int maxE);
        if (maxE < -1023)
        {
            // Subnormal inputs: scale up first.
            for (int i = 0; i < n; i++) v[i] /= 2.2250738585072014e-308;
            return 2.2250738585072014e-308 * VectorNorm(v);
        }
        double scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++)
        {
            double x = v[i] * scale;
            double hi = x * x;
            double lo = Math.FusedMultiplyAdd(x, x, -hi);
            double sh = csum + hi;
            double sl = (csum - sh) + hi;
            csum = sh;
            frac1 += lo;
            frac2 += sl;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        double phi = -h * h;
        double plo = Math.FusedMultiplyAdd(-h, h, -phi);
        double sh2 = csum + phi;
        double sl2 = (csum - sh2) + phi;
        csum = sh2;
        frac1 += plo;
        frac2 += sl2;
        double xx = csum - 1.0 + (frac1 + frac2);
        h += xx / (2.0 * h);
        return h / scale;
    }

    /// <summary>Shewchuk's exact summation with CPython's special-value handling.</summary>
    private static double FSum(PyThreadState ts, PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        var it = Ops<TSync>.GetIter(ts, iterable);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } item)
            {
                double x = Dbl(ts, item);
                Ops<TSync>.Drop(ts, item); // a fresh item dies here
                double xsave = x;
                int j = 0;
                for (int i = 0; i < partials.Count; i++)
                {
                    double y = partials[i];
                    if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) partials[j++] = lo;
                    x = hi;
                }
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave)) throw ts.Rt.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    partials.Clear();
                }
                else
                {
                    partials.RemoveRange(j, partials.Count - j);
                    partials.Add(x);
                }
            }
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, iterable);
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw ts.Rt.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double hiSum = 0.0;
        int n = partials.Count;
        if (n > 0)
        {
            hiSum = partials[--n];
            double lo = 0;
            while (n > 0)
            {
                double x = hiSum;
                double y = partials[--n];
                hiSum = x + y;
                double yr = hiSum - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = hiSum + y;
                double yr = x - hiSum;
                if (y == yr) hiSum = x;
            }
        }
        return hiSum;
    }

    public static BigInteger ISqrt(BigInteger n)
    {
        if (n < 2) return n;
        if (n < (1L << 52)) return (long)Math.Sqrt((double)n);
        int bits = (int)n.GetBitLength();
        BigInteger x = BigInteger.One << ((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>Product of lo..hi (binary splitting).</summary>
    private static BigInteger RangeProduct(long lo, long hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger r = BigInteger.One;
            long acc = 1;
            for (long i = lo; i <= hi; i++)
            {
                if (acc > (long.MaxValue / Math.Max(i, 1)))
                {
                    r *= acc;
                    acc = 1;
                }
                acc *= i;
            }
            return r * acc;
        }
        long mid = lo + (hi - lo) / 2;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    // ---- special functions (Lanczos gamma, erf via series / continued fraction, as CPython's fallbacks) ----

    private static readonly double[] s_lanczosNum =
    [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    private static readonly double[] s_lanczosDen =
    [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0,
    ];

    private const double LanczosG = 6.024680040776729583740234375;

    private static double LanczosSum(double x)
    {
        double num = 0, den = 0;
        if (x < 5.0)
        {
            for (int i = 12; i >= 0; i--)
            {
                num = num * x + s_lanczosNum[i];
                den = den * x + s_lanczosDen[i];
            }
        }
        else
        {
            for (int i = 0; i < 13; i++)
            {
                num = num / x + s_lanczosNum[i];
                den = den / x + s_lanczosDen[i];
            }
        }
        return num / den;
    }

    private static double Gamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsPositiveInfinity(x)) return x;
        if (double.IsNegativeInfinity(x) || (x <= 0 && x == Math.Floor(x))) return double.NaN;
        if (x == Math.Floor(x) && x <= 23)
        {
            double f = 1;
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0 ? 0.0 / Sinpi(x) : double.PositiveInfinity;
        double y = absx + LanczosG - 0.5;
        double q, z, r;
        if (absx > LanczosG - 0.5) { q = y - absx; z = q - (LanczosG - 0.5); }
        else { q = y - (LanczosG - 0.5); z = q - absx; }
        z = z * LanczosG / y;
        if (x < 0.0)
        {
            r = -Math.PI / Sinpi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    private static double LGamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x == Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0) return double.NaN; // a pole: "math domain error"
            return 0.0;
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20) return -Math.Log(absx);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = Math.Log(Math.PI) - Math.Log(Math.Abs(Sinpi(absx))) - Math.Log(absx) - r;
        return r;
    }

    private static double Sinpi(double x)
    {
        double y = Math.Abs(x) % 2.0;
        int n = (int)Math.Round(2.0 * y);
        double r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            4 => Math.Sin(Math.PI * (y - 2.0)),
            _ => 0.0,
        };
        return Math.CopySign(1.0, x) * r;
    }

    private static double ErfSeries(double x)
    {
        double x2 = x * x, acc = 0.0, fk = 25 + 0.5;
        for (int i = 0; i < 25; i++)
        {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.Exp(-x2) / 1.7724538509055160272981674833;
    }

    private static double ErfcContFrac(double x)
    {
        if (x >= 30.0) return 0.0;
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < 50; i++)
        {
            a += da;
            da += 2.0;
            double b = da + x2;
            double temp = p; p = b * p - a * pLast; pLast = temp;
            temp = q; q = b * q - a * qLast; qLast = temp;
        }
        return p / q * x * Math.Exp(-x2) / 1.7724538509055160272981674833;
    }

    private static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = Math.Abs(x);
        if (absx < 1.5) return ErfSeries(x);
        double cf = ErfcContFrac(absx);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    private static double Erfc(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = Math.Abs(x);
        if (absx < 1.5) return 1.0 - ErfSeries(x);
        double cf = ErfcContFrac(absx);
        return x > 0.0 ? cf : 2.0 - cf;
    }
}
