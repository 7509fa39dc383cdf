// The cmath module: complex math following CPython's algorithms for the well-conditioned cases
// (sqrt's scaling and sign of zero, log near |z| = 1) and its errors.
using System.Numerics;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class CmathModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "cmath";

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        Def.Value(rt, d, "pi", rt.NewFloat(Math.PI));
        Def.Value(rt, d, "e", rt.NewFloat(Math.E));
        Def.Value(rt, d, "tau", rt.NewFloat(Math.Tau));
        Def.Value(rt, d, "inf", rt.NewFloat(double.PositiveInfinity));
        Def.Value(rt, d, "nan", rt.NewFloat(Vm.Builtins.Formatting.NumberParsing.PositiveNaN));
        Def.Value(rt, d, "infj", rt.NewComplex(new Complex(0, double.PositiveInfinity)));
        Def.Value(rt, d, "nanj", rt.NewComplex(new Complex(0, Vm.Builtins.Formatting.NumberParsing.PositiveNaN)));

        C1(rt, d, "sqrt", Sqrt);
        C1(rt, d, "exp", Exp);
        C1(rt, d, "log10", z => { var l = Log(z); return new Complex(l.Real / Math.Log(10), l.Imaginary / Math.Log(10)); });
        C1(rt, d, "sin", Complex.Sin);
        C1(rt, d, "cos", Complex.Cos);
        C1(rt, d, "tan", Complex.Tan);
        C1(rt, d, "asin", Complex.Asin);
        C1(rt, d, "acos", Complex.Acos);
        C1(rt, d, "atan", Complex.Atan);
        C1(rt, d, "sinh", Complex.Sinh);
        C1(rt, d, "cosh", Complex.Cosh);
        C1(rt, d, "tanh", Complex.Tanh);
        C1(rt, d, "asinh", z => Log(z + Sqrt(z * z + 1)));
        C1(rt, d, "acosh", z => Log(z + Sqrt(z + 1) * Sqrt(z - 1)));
        C1(rt, d, "atanh", z => (Log(1 + z) - Log(1 - z)) / 2);

        Fn(rt, d, "log", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "log", kw);
            Args.Count(ts2, "log", a.Length, 1, 2);
            var z = ToComplex(ts2, a[0]);
            var r = CheckedLog(ts2, z);
            if (a.Length == 2)
            {
                var b = CheckedLog(ts2, ToComplex(ts2, a[1]));
                if (b == Complex.Zero) throw ts2.Rt.ZeroDivisionError("complex division by zero");
                r = Div(r, b);
            }
            return ts2.Rt.NewComplex(r);
        });
        Fn(rt, d, "phase", (ts2, a, kw) =>
        {
            Args.Count(ts2, "phase", a.Length, 1, 1);
            var z = ToComplex(ts2, a[0]);
            return ts2.Rt.NewFloat(Math.Atan2(z.Imaginary, z.Real));
        });
        Fn(rt, d, "polar", (ts2, a, kw) =>
        {
            Args.Count(ts2, "polar", a.Length, 1, 1);
            var z = ToComplex(ts2, a[0]);
            double r = MathModule<TSync>.VectorNorm([z.Real, z.Imaginary]);
            if (double.IsInfinity(r) && double.IsFinite(z.Real) && double.IsFinite(z.Imaginary)) throw ts2.Rt.OverflowError("math range error");
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewFloat(r), ts2.Rt.NewFloat(Math.Atan2(z.Imaginary, z.Real))]);
        });
        Fn(rt, d, "rect", (ts2, a, kw) =>
        {
            Args.Count(ts2, "rect", a.Length, 2, 2);
            double r = ModuleSupport<TSync>.ToDouble(ts2, a[0]);
            double phi = ModuleSupport<TSync>.ToDouble(ts2, a[1]);
            if (double.IsFinite(r) && double.IsInfinity(phi)) throw ts2.Rt.ValueError("math domain error");
            if (phi == 0) return ts2.Rt.NewComplex(new Complex(r, r * phi));
            return ts2.Rt.NewComplex(new Complex(r * Math.Cos(phi), r * Math.Sin(phi)));
        });
        Fn(rt, d, "isfinite", (ts2, a, kw) =>
        {
            var z = ToComplex(ts2, a[0]);
            return ts2.Rt.NewBool(double.IsFinite(z.Real) && double.IsFinite(z.Imaginary));
        });
        Fn(rt, d, "isinf", (ts2, a, kw) =>
        {
            var z = ToComplex(ts2, a[0]);
            return ts2.Rt.NewBool(double.IsInfinity(z.Real) || double.IsInfinity(z.Imaginary));
        });
        Fn(rt, d, "isnan", (ts2, a, kw) =>
        {
            var z = ToComplex(ts2, a[0]);
            return ts2.Rt.NewBool(double.IsNaN(z.Real) || double.IsNaN(z.Imaginary));
        });
        Fn(rt, d, "isclose", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "isclose", a, kw, ["a", "b", "rel_tol", "abs_tol"], 2, 2, 2);
            var x = ToComplex(ts2, b[0]!);
            var y = ToComplex(ts2, b[1]!);
            double rel = b[2] == null ? 1e-9 : ModuleSupport<TSync>.ToDouble(ts2, b[2]!);
            double abs = b[3] == null ? 0.0 : ModuleSupport<TSync>.ToDouble(ts2, b[3]!);
            if (rel < 0.0 || abs < 0.0) throw ts2.Rt.ValueError("tolerances must be non-negative");
            if (x == y) return ts2.Rt.True;
            if (double.IsInfinity(x.Real) || double.IsInfinity(x.Imaginary) || double.IsInfinity(y.Real) || double.IsInfinity(y.Imaginary))
                return ts2.Rt.False;
            double diff = MathModule<TSync>.VectorNorm([x.Real - y.Real, x.Imaginary - y.Imaginary]);
            double ax = MathModule<TSync>.VectorNorm([x.Real, x.Imaginary]);
            double ay = MathModule<TSync>.VectorNorm([y.Real, y.Imaginary]);
            return ts2.Rt.NewBool(diff <= rel * ay || diff <= rel * ax || diff <= abs);
        });
        return m;
    }

    private static void Fn(PyRuntime rt, PyDict d, string name, NativeFn fn) => Def.Function(rt, d, name, fn, Mod);

    private static void C1(PyRuntime rt, PyDict d, string name, Func<Complex, Complex> f)
    {
        Fn(rt, d, name, (ts, a, kw) =>
        {
            Args.Count(ts, name, a.Length, 1, 1);
            var z = ToComplex(ts, a[0]);
            var r = f(z);
            bool zFinite = double.IsFinite(z.Real) && double.IsFinite(z.Imaginary);
            if (zFinite && (double.IsNaN(r.Real) || double.IsNaN(r.Imaginary))) throw ts.Rt.ValueError("math domain error");
            if (zFinite && (double.IsInfinity(r.Real) || double.IsInfinity(r.Imaginary))) throw ts.Rt.OverflowError("math range error");
            return ts.Rt.NewComplex(r);
        });
    }

    private static Complex ToComplex(PyThreadState ts, PyObject o)
    {
        if (o is PyComplex c) return c.Value;
        var rt = ts.Rt;
        var m = o.Type.Lookup(rt.Intern("__complex__"));
        if (m != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, m, o, []);
            if (r is PyComplex rc) return rc.Value;
            throw rt.TypeError($"__complex__ returned non-complex (type {r.Type.Name})");
        }
        return new Complex(ModuleSupport<TSync>.ToDouble(ts, o), 0.0);
    }

    private static Complex CheckedLog(PyThreadState ts, Complex z)
    {
        if (z.Real == 0 && z.Imaginary == 0) throw ts.Rt.ValueError("math domain error");
        return Log(z);
    }

    private static Complex Div(Complex a, Complex b)
    {
        // CPython's _Py_c_quot for finite values.
        double abs_breal = Math.Abs(b.Real), abs_bimag = Math.Abs(b.Imaginary);
        if (abs_breal >= abs_bimag)
        {
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        else
        {
            double ratio = b.Real / b.Imaginary;
            double denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
    }

    public static Complex Sqrt(Complex z)
    {
        double re = z.Real, im = z.Imaginary;
        if (double.IsInfinity(im)) return new Complex(double.PositiveInfinity, im);
        if (double.IsNaN(re) || double.IsNaN(im))
        {
            if (double.IsNegativeInfinity(re)) return new Complex(double.NaN, double.PositiveInfinity);
            if (double.IsPositiveInfinity(re)) return new Complex(re, double.NaN);
            return new Complex(double.NaN, double.NaN);
        }
        if (double.IsInfinity(re))
        {
            if (re > 0) return new Complex(re, Math.CopySign(0.0, im));
            return new Complex(0.0, Math.CopySign(double.PositiveInfinity, im));
        }
        if (re == 0.0 && im == 0.0) return new Complex(0.0, im);
        double ax = Math.Abs(re), ay = Math.Abs(im), s;
        if (ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308)
        {
            ax = Math.ScaleB(ax, 53);
            s = Math.ScaleB(Math.Sqrt(ax + MathModule<TSync>.VectorNorm([ax, Math.ScaleB(ay, 53)])), -27);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + MathModule<TSync>.VectorNorm([ax, ay / 8.0]));
        }
        double dd = ay / (2.0 * s);
        if (re >= 0.0) return new Complex(s, Math.CopySign(dd, im));
        return new Complex(dd, Math.CopySign(s, im));
    }

    public static Complex Exp(Complex z)
    {
        double re = z.Real, im = z.Imaginary;
        if (!double.IsFinite(re) || !double.IsFinite(im)) return Complex.Exp(z);
        double l;
        if (re > 708.0)
        {
            l = Math.Exp(re - 1.0);
            return new Complex(l * Math.Cos(im) * Math.E, l * Math.Sin(im) * Math.E);
        }
        l = Math.Exp(re);
        if (im == 0) return new Complex(l, im);
        return new Complex(l * Math.Cos(im), l * Math.Sin(im));
    }

    public static Complex Log(Complex z)
    {
        double re = z.Real, im = z.Imaginary;
        if (!double.IsFinite(re) || !double.IsFinite(im)) return Complex.Log(z);
        double ax = Math.Abs(re), ay = Math.Abs(im);
        double rr;
        if (ax > double.MaxValue / 4 || ay > double.MaxValue / 4)
            rr = Math.Log(MathModule<TSync>.VectorNorm([ax / 2, ay / 2])) + Math.Log(2);
        else if (ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308)
        {
            if (ax > 0 || ay > 0)
                rr = Math.Log(MathModule<TSync>.VectorNorm([Math.ScaleB(ax, 53), Math.ScaleB(ay, 53)])) - 53 * Math.Log(2);
            else rr = double.NegativeInfinity;
        }
        else
        {
            double h = MathModule<TSync>.VectorNorm([ax, ay]);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay;
                double an = ax > ay ? ay : ax;
                rr = Log1p((am - 1) * (am + 1) + an * an) / 2;
            }
            else rr = Math.Log(h);
        }
        return new Complex(rr, Math.Atan2(im, re));
    }

    private static double Log1p(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0) return x;
        return Math.Log(u) * x / (u - 1.0);
    }
}
