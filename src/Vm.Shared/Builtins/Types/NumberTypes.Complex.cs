// complex: constructor, arithmetic (CPython's _Py_c_* algorithms), comparisons, hash, repr and
// __format__.
using System.Numerics;
using Vm.Builtins.Formatting;
using Vm.Bytecode;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class NumberTypes<TSync>
{
    private static void InstallComplex(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.ComplexType;
        t.New = ComplexNew;
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            var cls = NewCls(ts2, "complex", ts2.Rt.ComplexType, a);
            return ComplexNew(ts2, cls, a.Slice(1), kw);
        });
        (string Name, int Op)[] ops = [("add", OpAdd), ("sub", OpSub), ("mul", OpMul), ("truediv", OpTrueDiv)];
        foreach (var (name, op) in ops)
        {
            int o = op;
            Bin(rt, t, $"__{name}__", (ts2, x, y) =>
                ComplexOperand(ts2, y, out var b) ? ts2.Rt.NewComplex(ComplexOp(ts2, ((PyComplex)x).Value, b, o)) : ts2.Rt.NotImplemented);
            Bin(rt, t, $"__r{name}__", (ts2, x, y) =>
                ComplexOperand(ts2, y, out var b) ? ts2.Rt.NewComplex(ComplexOp(ts2, b, ((PyComplex)x).Value, o)) : ts2.Rt.NotImplemented);
        }
        Def.Method(rt, t, "__pow__", (ts2, a, kw) =>
        {
            CheckPowArgs(ts2, "__pow__", a, kw);
            if (a.Length > 2 && !ReferenceEquals(a[2], ts2.Rt.None)) throw ts2.Rt.ValueError("complex modulo");
            if (!ComplexOperand(ts2, a[1], out var e)) return ts2.Rt.NotImplemented;
            return ts2.Rt.NewComplex(ComplexPow(ts2, ((PyComplex)a[0]).Value, e));
        });
        Def.Method(rt, t, "__rpow__", (ts2, a, kw) =>
        {
            CheckPowArgs(ts2, "__rpow__", a, kw);
            if (a.Length > 2 && !ReferenceEquals(a[2], ts2.Rt.None)) throw ts2.Rt.ValueError("complex modulo");
            if (!ComplexOperand(ts2, a[1], out var b)) return ts2.Rt.NotImplemented;
            return ts2.Rt.NewComplex(ComplexPow(ts2, b, ((PyComplex)a[0]).Value));
        });
        Un(rt, t, "__neg__", (ts2, x) => ts2.Rt.NewComplex(new Complex(-((PyComplex)x).Value.Real, -((PyComplex)x).Value.Imaginary)));
        Un(rt, t, "__pos__", (ts2, x) => x.Type == ts2.Rt.ComplexType ? x : ts2.Rt.NewComplex(((PyComplex)x).Value));
        Un(rt, t, "__abs__", (ts2, x) => ts2.Rt.NewFloat(ComplexAbs(ts2, ((PyComplex)x).Value)));
        Un(rt, t, "__bool__", (ts2, x) => ts2.Rt.NewBool(((PyComplex)x).Value != Complex.Zero));
        Un(rt, t, "__hash__", (ts2, x) => ts2.Rt.NewInt(ComplexHash((PyComplex)x)));
        Un(rt, t, "__repr__", (ts2, x) => ts2.Rt.NewStr(FormatSpec.ComplexRepr(((PyComplex)x).Value.Real, ((PyComplex)x).Value.Imaginary)));
        Un(rt, t, "conjugate", (ts2, x) => ts2.Rt.NewComplex(Complex.Conjugate(((PyComplex)x).Value)), wrapper: false);
        Un(rt, t, "__complex__", (ts2, x) => x.Type == ts2.Rt.ComplexType ? x : ts2.Rt.NewComplex(((PyComplex)x).Value), wrapper: false);
        Un(rt, t, "__getnewargs__", (ts2, x) => Ops<TSync>.NewTuple(ts2,
            [ts2.Rt.NewFloat(((PyComplex)x).Value.Real), ts2.Rt.NewFloat(((PyComplex)x).Value.Imaginary)]), wrapper: false);
        Un(rt, t, "__sizeof__", (ts2, x) => ts2.Rt.NewInt(32), wrapper: false);
        Def.Getter(rt, t, "real", (ts2, x) => ts2.Rt.NewFloat(((PyComplex)x).Value.Real));
        Def.Getter(rt, t, "imag", (ts2, x) => ts2.Rt.NewFloat(((PyComplex)x).Value.Imaginary));
        Def.Method(rt, t, "__format__", (ts2, a, kw) =>
        {
            var spec = SpecArg(ts2, a, kw, "complex");
            var self = (PyComplex)a[0];
            if (spec.Length == 0) return Ops<TSync>.Str(ts2, self);
            return ts2.Rt.NewStr(FormatSpec.FormatComplex(ts2, self.Value, spec, self.Type.Name));
        });
        string[] cmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmpNames.Length; i++)
        {
            var op = (CompareOpArg)i;
            Bin(rt, t, cmpNames[i], (ts2, x, y) => ComplexCompare(ts2, ((PyComplex)x).Value, y, op));
        }
    }

    private static PyObject ComplexCompare(PyThreadState ts, Complex v, PyObject other, CompareOpArg op)
    {
        var rt = ts.Rt;
        if (op != CompareOpArg.Eq && op != CompareOpArg.NotEq) return rt.NotImplemented;
        bool equal;
        switch (other)
        {
            case PyInt i:
                equal = v.Imaginary == 0.0 && IntMath.CompareIntDouble(i, v.Real) == 0;
                break;
            case PyFloat f:
                equal = v.Real == f.Value && v.Imaginary == 0.0;
                break;
            case PyComplex c:
                equal = v.Real == c.Value.Real && v.Imaginary == c.Value.Imaginary;
                break;
            default:
                return rt.NotImplemented;
        }
        return rt.NewBool(op == CompareOpArg.Eq ? equal : !equal);
    }

    private static long ComplexHash(PyComplex c)
    {
        ulong hr = (ulong)Numbers.HashDouble(c.Value.Real, c);
        ulong hi = (ulong)Numbers.HashDouble(c.Value.Imaginary, c);
        ulong combined = unchecked(hr + 1000003UL * hi);
        long h = (long)combined;
        return h == -1 ? -2 : h;
    }

    public static Complex ComplexOp(PyThreadState ts, Complex a, Complex b, int op)
    {
        switch (op)
        {
            case OpAdd: return new Complex(a.Real + b.Real, a.Imaginary + b.Imaginary);
            case OpSub: return new Complex(a.Real - b.Real, a.Imaginary - b.Imaginary);
            case OpMul: return Prod(a, b);
            default:
                if (b.Real == 0.0 && b.Imaginary == 0.0) throw ts.Rt.ZeroDivisionError("complex division by zero");
                return Quot(a, b);
        }
    }

    private static Complex Prod(Complex a, Complex b) =>
        new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

    /// <summary>_Py_c_quot (Smith's algorithm with C11 Annex G recovery of infinities and zeros).</summary>
    private static Complex Quot(Complex a, Complex b)
    {
        double ar = a.Real, ai = a.Imaginary, br = b.Real, bi = b.Imaginary;
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        double rr, ri;
        if (absBr >= absBi)
        {
            if (absBr == 0.0) { rr = ri = 0.0; }
            else
            {
                double ratio = bi / br;
                double denom = br + bi * ratio;
                rr = (ar + ai * ratio) / denom;
                ri = (ai - ar * ratio) / denom;
            }
        }
        else if (absBi >= absBr)
        {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            rr = (ar * ratio + ai) / denom;
            ri = (ai * ratio - ar) / denom;
        }
        else
        {
            rr = ri = double.NaN;
        }
        if (double.IsNaN(rr) && double.IsNaN(ri))
        {
            if ((double.IsInfinity(ar) || double.IsInfinity(ai)) && double.IsFinite(br) && double.IsFinite(bi))
            {
                double x = Math.CopySign(double.IsInfinity(ar) ? 1.0 : 0.0, ar);
                double y = Math.CopySign(double.IsInfinity(ai) ? 1.0 : 0.0, ai);
                rr = double.PositiveInfinity * (x * br + y * bi);
                ri = double.PositiveInfinity * (y * br - x * bi);
            }
            else if ((double.IsInfinity(absBr) || double.IsInfinity(absBi)) && double.IsFinite(ar) && double.IsFinite(ai))
            {
                double x = Math.CopySign(double.IsInfinity(br) ? 1.0 : 0.0, br);
                double y = Math.CopySign(double.IsInfinity(bi) ? 1.0 : 0.0, bi);
                rr = 0.0 * (ar * x + ai * y);
                ri = 0.0 * (ai * x - ar * y);
            }
        }
        return new Complex(rr, ri);
    }

    /// <summary>complex ** complex (complex_pow with c_powi for small integral exponents).</summary>
    public static Complex ComplexPow(PyThreadState ts, Complex a, Complex e)
    {
        Complex p;
        bool edom = false;
        if (e.Imaginary == 0.0 && e.Real == Math.Floor(e.Real) && Math.Abs(e.Real) <= 100.0)
        {
            long n = (long)e.Real;
            if (n > 0) p = PowU(a, n);
            else
            {
                var d = PowU(a, -n);
                if (d.Real == 0.0 && d.Imaginary == 0.0) { edom = true; p = Complex.Zero; }
                else p = Quot(new Complex(1.0, 0.0), d);
            }
        }
        else p = CPow(a, e, ref edom);
        if (edom) throw ts.Rt.ZeroDivisionError("0.0 to a negative or complex power");
        if (double.IsInfinity(p.Real) || double.IsInfinity(p.Imaginary))
            throw ts.Rt.OverflowError("complex exponentiation");
        return p;
    }

    private static Complex PowU(Complex x, long n)
    {
        var r = new Complex(1.0, 0.0);
        var p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Prod(r, p);
            mask <<= 1;
            p = Prod(p, p);
        }
        return r;
    }

    private static Complex CPow(Complex a, Complex b, ref bool edom)
    {
        if (b.Real == 0.0 && b.Imaginary == 0.0) return new Complex(1.0, 0.0);
        if (a.Real == 0.0 && a.Imaginary == 0.0)
        {
            if (b.Imaginary != 0.0 || b.Real < 0.0) edom = true;
            return Complex.Zero;
        }
        double vabs = double.Hypot(a.Real, a.Imaginary);
        double len = Math.Pow(vabs, b.Real);
        double at = Math.Atan2(a.Imaginary, a.Real);
        double phase = at * b.Real;
        if (b.Imaginary != 0.0)
        {
            len /= Math.Exp(at * b.Imaginary);
            phase += b.Imaginary * Math.Log(vabs);
        }
        return new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
    }

    private static double ComplexAbs(PyThreadState ts, Complex z)
    {
        if (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary))
        {
            if (double.IsInfinity(z.Real)) return Math.Abs(z.Real);
            if (double.IsInfinity(z.Imaginary)) return Math.Abs(z.Imaginary);
            return double.NaN;
        }
        double r = double.Hypot(z.Real, z.Imaginary);
        if (!double.IsFinite(r)) throw ts.Rt.OverflowError("absolute value too large");
        return r;
    }

    // ------------------------------------------------------------------ constructor

    private static readonly string[] s_complexNames = ["real", "imag"];

    private static PyObject ComplexNew(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var rt = ts.Rt;
        var b = Args.Bind(ts, "complex", args, kw, s_complexNames, 0);
        var r = b[0];
        var i = b[1];
        if (r == null)
        {
            if (i == null) return NewComplexOf(ts, cls, Complex.Zero);
            r = rt.NewInt(0);
        }
        if (r.Type == rt.ComplexType && i == null && cls == rt.ComplexType) return r;
        if (r is PyStr rs)
        {
            if (i != null) throw rt.TypeError("complex() can't take second arg if first is a string");
            var text = NumberParsing.RemoveUnderscores(NumberParsing.ToAsciiNumeric(rs.Value))
                ?? throw rt.ValueError($"could not convert string to complex: {Ops<TSync>.ReprValue(ts, r)}");
            if (!NumberParsing.TryParseComplex(text, out double re, out double im))
                throw rt.ValueError("complex() arg is a malformed string");
            return NewComplexOf(ts, cls, new Complex(re, im));
        }
        if (i is PyStr) throw rt.TypeError("complex() second arg can't be a string");
        PyObject? special = null;
        var cm = r.Type.Lookup(rt.Intern("__complex__"));
        if (cm != null)
        {
            special = Ops<TSync>.CallMethodDescr(ts, cm, r, []);
            if (special is not PyComplex)
                throw rt.TypeError($"__complex__ returned non-complex (type {special.Type.Name})");
            r = special;
        }
        if (!IsNumberLike(ts, r))
            throw rt.TypeError($"complex() first argument must be a string or a number, not '{r.Type.Name}'");
        if (i != null && !IsNumberLike(ts, i))
            throw rt.TypeError($"complex() second argument must be a number, not '{i.Type.Name}'");
        Complex cr, ci = Complex.Zero;
        bool crIsComplex = false, ciIsComplex = false;
        if (r is PyComplex rc) { cr = rc.Value; crIsComplex = true; }
        else cr = new Complex(NumberToDouble(ts, r), 0.0);
        double ciReal;
        if (i == null) ciReal = cr.Imaginary;
        else if (i is PyComplex ic) { ci = ic.Value; ciReal = ci.Real; ciIsComplex = true; }
        else ciReal = NumberToDouble(ts, i);
        double realPart = cr.Real;
        if (ciIsComplex) realPart -= ci.Imaginary;
        if (crIsComplex && i != null) ciReal += cr.Imaginary;
        return NewComplexOf(ts, cls, new Complex(realPart, ciReal));
    }

    private static bool IsNumberLike(PyThreadState ts, PyObject o) =>
        o is PyComplex or PyFloat or PyInt || o.Type.Lookup(ts.Rt.Intern("__float__")) != null ||
        o.Type.Lookup(ts.Rt.Intern("__index__")) != null;
}
