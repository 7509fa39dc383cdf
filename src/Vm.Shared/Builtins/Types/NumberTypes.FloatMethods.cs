// float: rounding, conversions, hex/fromhex, as_integer_ratio, __format__ and the attributes.
using System.Globalization;
using System.Numerics;
using Vm.Builtins.Formatting;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class NumberTypes<TSync>
{
    private static void InstallFloatMethods(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.FloatType;
        Un(rt, t, "__trunc__", (ts2, x) => DoubleToInt(ts2, ((PyFloat)x).Value), wrapper: false);
        Un(rt, t, "__floor__", (ts2, x) => DoubleToInt(ts2, Math.Floor(((PyFloat)x).Value)), wrapper: false);
        Un(rt, t, "__ceil__", (ts2, x) => DoubleToInt(ts2, Math.Ceiling(((PyFloat)x).Value)), wrapper: false);
        Un(rt, t, "conjugate", ExactFloat, wrapper: false);
        Un(rt, t, "is_integer", (ts2, x) =>
        {
            double d = ((PyFloat)x).Value;
            return ts2.Rt.NewBool(double.IsFinite(d) && Math.Floor(d) == d);
        }, wrapper: false);
        Un(rt, t, "as_integer_ratio", (ts2, x) => AsIntegerRatio(ts2, ((PyFloat)x).Value), wrapper: false);
        Un(rt, t, "hex", (ts2, x) => ts2.Rt.NewStr(FloatHex(((PyFloat)x).Value)), wrapper: false);
        Un(rt, t, "__getnewargs__", (ts2, x) => Ops<TSync>.NewTuple(ts2, [ExactFloat(ts2, x)]), wrapper: false);
        Un(rt, t, "__sizeof__", (ts2, x) => ts2.Rt.NewInt(24), wrapper: false);
        Def.Getter(rt, t, "real", (ts2, x) => ExactFloat(ts2, x));
        Def.Getter(rt, t, "imag", (ts2, x) => ts2.Rt.NewFloat(0.0));

        Def.Method(rt, t, "__round__", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "float.__round__", kw);
            if (a.Length > 2) throw ts2.Rt.TypeError($"__round__ expected at most 1 argument, got {a.Length - 1}");
            double x = ((PyFloat)a[0]).Value;
            if (a.Length == 1 || ReferenceEquals(a[1], ts2.Rt.None))
                return DoubleToInt(ts2, Math.Round(x, MidpointRounding.ToEven));
            var nd = Ops<TSync>.Index(ts2, a[1]);
            long ndigits = nd.IsBig ? (nd.BigValue!.Value.Sign < 0 ? long.MinValue : long.MaxValue) : nd.Small;
            return ts2.Rt.NewFloat(RoundDouble(ts2, x, ndigits));
        });
        Def.Method(rt, t, "__format__", (ts2, a, kw) =>
        {
            var spec = SpecArg(ts2, a, kw, "float");
            var self = (PyFloat)a[0];
            if (spec.Length == 0) return Ops<TSync>.Str(ts2, self);
            return ts2.Rt.NewStr(FormatSpec.FormatFloat(ts2, self.Value, spec, self.Type.Name));
        });
        Def.ClassMethod(rt, t, "fromhex", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "float.fromhex", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"float.fromhex() takes exactly one argument ({a.Length - 1} given)");
            if (a[1] is not PyStr s) throw ts2.Rt.TypeError("bad argument type for built-in operation");
            var res = NumberParsing.FromHex(s.Value, out double v);
            if (res == NumberParsing.HexResult.Invalid) throw ts2.Rt.ValueError("invalid hexadecimal floating-point string");
            if (res == NumberParsing.HexResult.Overflow) throw ts2.Rt.OverflowError("hexadecimal value too large to represent as a float");
            var cls = (PyType)a[0];
            if (cls == ts2.Rt.FloatType) return ts2.Rt.NewFloat(v);
            return Ops<TSync>.Call(ts2, cls, [ts2.Rt.NewFloat(v)], null);
        });
        Def.ClassMethod(rt, t, "__getformat__", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "float.__getformat__", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"float.__getformat__() takes exactly one argument ({a.Length - 1} given)");
            if (a[1] is not PyStr s) throw ts2.Rt.TypeError($"float.__getformat__() argument must be str, not {a[1].Type.Name}");
            if (s.Value != "double" && s.Value != "float")
                throw ts2.Rt.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return ts2.Rt.NewStr(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian");
        });
    }

    /// <summary>round(x, ndigits) correctly rounded (half-even on the exact value), as CPython's double_round.</summary>
    public static double RoundDouble(PyThreadState ts, double x, long ndigits)
    {
        if (!double.IsFinite(x)) return x;
        const int ndigitsMax = (int)((53 + 1021) * 0.30103);
        const int ndigitsMin = -(int)((1024 + 1) * 0.30103);
        if (ndigits > ndigitsMax) return x;
        if (ndigits < ndigitsMin) return 0.0 * x;
        string digits = FloatRepr.Digits(x, 3, (int)ndigits, out int decpt, out bool neg);
        if (digits.Length == 0) digits = "0";
        string s = (neg ? "-" : "") + "0" + digits + "e" + (decpt - digits.Length).ToString(CultureInfo.InvariantCulture);
        double rounded = double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(rounded)) throw ts.Rt.OverflowError("rounded value too large to represent");
        return rounded;
    }

    private static PyObject AsIntegerRatio(PyThreadState ts, double x)
    {
        var rt = ts.Rt;
        if (double.IsInfinity(x)) throw rt.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(x)) throw rt.ValueError("cannot convert NaN to integer ratio");
        FloatRepr.Decompose(x, out var m, out var e);
        if (m == 0) return Ops<TSync>.NewTuple(ts, [rt.NewInt(0), rt.NewInt(1)]);
        BigInteger num, den;
        if (e >= 0)
        {
            num = (BigInteger)m << e;
            den = BigInteger.One;
        }
        else
        {
            int tz = BitOperations.TrailingZeroCount(m);
            int s = Math.Min(tz, -e);
            m >>= s;
            e += s;
            num = m;
            den = BigInteger.One << -e;
        }
        if (x < 0) num = -num;
        return Ops<TSync>.NewTuple(ts, [rt.NewInt(num), rt.NewInt(den)]);
    }

    /// <summary>float.hex(x).</summary>
    public static string FloatHex(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return FloatRepr.Repr(x);
        if (x == 0.0) return double.IsNegative(x) ? "-0x0.0p+0" : "0x0.0p+0";
        double m = Numbers.Frexp(Math.Abs(x), out int e);
        int shift = 1 - Math.Max(-1021 - e, 0);
        m = Math.ScaleB(m, shift);
        e -= shift;
        var sb = new System.Text.StringBuilder();
        if (x < 0) sb.Append('-');
        sb.Append("0x");
        sb.Append("0123456789abcdef"[(int)m]);
        m -= (int)m;
        sb.Append('.');
        for (int i = 0; i < 13; i++)
        {
            m *= 16.0;
            sb.Append("0123456789abcdef"[(int)m]);
            m -= (int)m;
        }
        sb.Append('p');
        sb.Append(e < 0 ? '-' : '+');
        sb.Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
