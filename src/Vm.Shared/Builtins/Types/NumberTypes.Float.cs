// float: the constructor and the arithmetic and comparison dunders (CPython's floatobject.c).
using Vm.Builtins.Formatting;
using Vm.Bytecode;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class NumberTypes<TSync>
{
    private static void InstallFloat(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.FloatType;
        t.New = FloatNew;
        t.FastCall = FloatCall; // NumberTypes.TextCalls.cs
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            var cls = NewCls(ts2, "float", ts2.Rt.FloatType, a);
            return FloatNew(ts2, cls, a.Slice(1), kw);
        });

        (string Name, int Op)[] ops =
        [
            ("add", OpAdd), ("sub", OpSub), ("mul", OpMul), ("truediv", OpTrueDiv), ("floordiv", OpFloorDiv), ("mod", OpMod),
        ];
        foreach (var (name, op) in ops)
        {
            int o = op;
            Bin(rt, t, $"__{name}__", (ts2, x, y) =>
                FloatOperand(ts2, x, out var a) && FloatOperand(ts2, y, out var b) ? ts2.Rt.NewFloat(FloatOp(ts2, a, b, o)) : ts2.Rt.NotImplemented);
            Bin(rt, t, $"__r{name}__", (ts2, x, y) =>
                FloatOperand(ts2, x, out var a) && FloatOperand(ts2, y, out var b) ? ts2.Rt.NewFloat(FloatOp(ts2, b, a, o)) : ts2.Rt.NotImplemented);
        }
        Bin(rt, t, "__divmod__", (ts2, x, y) =>
            FloatOperand(ts2, x, out var a) && FloatOperand(ts2, y, out var b) ? FloatDivmodTuple(ts2, a, b) : ts2.Rt.NotImplemented);
        Bin(rt, t, "__rdivmod__", (ts2, x, y) =>
            FloatOperand(ts2, x, out var a) && FloatOperand(ts2, y, out var b) ? FloatDivmodTuple(ts2, b, a) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__pow__", (ts2, a, kw) =>
        {
            CheckPowArgs(ts2, "__pow__", a, kw);
            if (a.Length > 2 && !ReferenceEquals(a[2], ts2.Rt.None))
                throw ts2.Rt.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            if (!FloatOperand(ts2, a[0], out var x) || !FloatOperand(ts2, a[1], out var y)) return ts2.Rt.NotImplemented;
            return FloatPow(ts2, x, y);
        });
        Def.Method(rt, t, "__rpow__", (ts2, a, kw) =>
        {
            CheckPowArgs(ts2, "__rpow__", a, kw);
            if (a.Length > 2 && !ReferenceEquals(a[2], ts2.Rt.None))
                throw ts2.Rt.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            if (!FloatOperand(ts2, a[0], out var y) || !FloatOperand(ts2, a[1], out var x)) return ts2.Rt.NotImplemented;
            return FloatPow(ts2, x, y);
        });

        Un(rt, t, "__neg__", (ts2, x) => ts2.Rt.NewFloat(-((PyFloat)x).Value));
        Un(rt, t, "__pos__", ExactFloat);
        Un(rt, t, "__abs__", (ts2, x) => ts2.Rt.NewFloat(Math.Abs(((PyFloat)x).Value)));
        Un(rt, t, "__bool__", (ts2, x) => ts2.Rt.NewBool(((PyFloat)x).Value != 0.0));
        Un(rt, t, "__int__", (ts2, x) => DoubleToInt(ts2, ((PyFloat)x).Value));
        Un(rt, t, "__float__", ExactFloat);
        Un(rt, t, "__hash__", (ts2, x) => ts2.Rt.NewInt(Numbers.HashDouble(((PyFloat)x).Value, x)));
        Un(rt, t, "__repr__", (ts2, x) => ts2.Rt.NewStr(FloatRepr.Repr(((PyFloat)x).Value)));

        string[] cmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmpNames.Length; i++)
        {
            var op = (CompareOpArg)i;
            Bin(rt, t, cmpNames[i], (ts2, x, y) => FloatCompare(ts2, ((PyFloat)x).Value, y, op));
        }
    }

    private static PyObject FloatCompare(PyThreadState ts, double x, PyObject other, CompareOpArg op)
    {
        var rt = ts.Rt;
        if (other is PyFloat f)
        {
            double y = f.Value;
            return rt.NewBool(op.Holds(x, y));
        }
        if (other is PyInt i)
        {
            var c = IntMath.CompareIntDouble(i, x);
            if (c == null) return rt.NewBool(op == CompareOpArg.NotEq);
            return rt.NewBool(CompareResult(-c.Value, op));
        }
        return rt.NotImplemented;
    }

    /// <summary>x OP y for floats (+ - * / // %).</summary>
    public static double FloatOp(PyThreadState ts, double x, double y, int op)
    {
        switch (op)
        {
            case OpAdd: return x + y;
            case OpSub: return x - y;
            case OpMul: return x * y;
            case OpTrueDiv:
                if (y == 0) throw FloatZeroDivision(ts.Rt, op);
                return x / y;
            case OpFloorDiv:
                if (y == 0) throw FloatZeroDivision(ts.Rt, op);
                return FloatDivmod(x, y, out _);
            case OpMod:
                if (y == 0) throw FloatZeroDivision(ts.Rt, op);
                return FloatRem(x, y);
        }
        throw new InvalidOperationException("bad float op " + op);
    }

    /// <summary>float OP float's error for a zero divisor (OP is /, // or %): what FloatOp throws
    /// and what the eval loop raises without a throw (Interpreter.NumericFast.cs).</summary>
    internal static PyException FloatZeroDivision(PyRuntime rt, int op) => rt.ZeroDivisionError(op switch
    {
        OpFloorDiv => "float floor division by zero",
        OpMod => "float modulo by zero",
        _ => "float division by zero",
    });

    private static double FloatRem(double vx, double wx)
    {
        double mod = vx % wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) mod += wx;
        }
        else mod = Math.CopySign(0.0, wx);
        return mod;
    }

    /// <summary>float_divmod: the floor quotient, and the remainder in mod.</summary>
    public static double FloatDivmod(double vx, double wx, out double mod)
    {
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return floordiv;
    }

    private static PyObject FloatDivmodTuple(PyThreadState ts, double x, double y)
    {
        if (y == 0) throw ts.Rt.ZeroDivisionError("float divmod()");
        double q = FloatDivmod(x, y, out double m);
        return Ops<TSync>.NewTuple(ts, [ts.Rt.NewFloat(q), ts.Rt.NewFloat(m)]);
    }

    private static bool IsOddInteger(double d) => Math.Abs(d) % 2.0 == 1.0;

    /// <summary>float ** float (float_pow), including the complex result of a negative base.</summary>
    public static PyObject FloatPow(PyThreadState ts, double iv, double iw) => FloatPowOrNull(ts, iv, iw, out var error) ?? throw error!;

    /// <summary>FloatPow returning its error (ZeroDivisionError, OverflowError) instead of throwing
    /// it: null and the error, which the eval loop raises without a throw (Interpreter.NumericFast.cs).</summary>
    internal static PyObject? FloatPowOrNull(PyThreadState ts, double iv, double iw, out PyException? error)
    {
        var rt = ts.Rt;
        error = null;
        if (iw == 0) return rt.NewFloat(1.0);
        if (double.IsNaN(iv)) return rt.NewFloat(iv);
        if (double.IsNaN(iw)) return rt.NewFloat(iv == 1.0 ? 1.0 : iw);
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0) return rt.NewFloat(1.0);
            if ((iw > 0.0) == (iv > 1.0)) return rt.NewFloat(Math.Abs(iw));
            return rt.NewFloat(0.0);
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0.0) return rt.NewFloat(odd ? iv : Math.Abs(iv));
            return rt.NewFloat(odd ? Math.CopySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0)
        {
            bool odd = IsOddInteger(iw);
            if (iw < 0.0)
            {
                error = rt.ZeroDivisionError("0.0 cannot be raised to a negative power");
                return null;
            }
            return rt.NewFloat(odd ? iv : 0.0);
        }
        bool negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw)) return rt.NewComplex(ComplexPow(ts, new System.Numerics.Complex(iv, 0), new System.Numerics.Complex(iw, 0)));
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0) return rt.NewFloat(negate ? -1.0 : 1.0);
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix))
        {
            error = OverflowErrno(rt);
            return null;
        }
        return rt.NewFloat(negate ? -ix : ix);
    }

    // ------------------------------------------------------------------ constructor

    private static PyObject FloatNew(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var rt = ts.Rt;
        if (kw != null && kw.Count > 0) throw rt.TypeError("float() takes no keyword arguments");
        if (args.Length > 1) throw rt.TypeError($"float expected at most 1 argument, got {args.Length}");
        double v = args.Length == 0 ? 0.0 : NumberToDouble(ts, args[0]);
        if (cls == rt.FloatType && args.Length == 1 && args[0].Type == rt.FloatType) return args[0];
        return NewFloatOf(ts, cls, v);
    }

    /// <summary>PyNumber_Float (float(x)) as a double.</summary>
    public static double NumberToDouble(PyThreadState ts, PyObject x)
    {
        var rt = ts.Rt;
        if (x.Type == rt.FloatType) return ((PyFloat)x).Value;
        var m = x.Type.Lookup(rt.Intern("__float__"));
        if (m != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, m, x, []);
            if (r is not PyFloat rf) throw rt.TypeError($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
            return rf.Value;
        }
        if (x.Type.Lookup(rt.Intern("__index__")) != null)
            return IntToDouble(ts, Ops<TSync>.Index(ts, x));
        if (TextToDoubleOrError(ts, x, out double d) is { } e) throw e;
        return d;
    }

    /// <summary>NumberToDouble's last step (x has no __float__ or __index__): x's text parsed,
    /// or the error NumberToDouble throws (null on success).</summary>
    internal static PyException? TextToDoubleOrError(PyThreadState ts, PyObject x, out double d)
    {
        var rt = ts.Rt;
        var text = TextArg(x, out bool isBytes);
        if (text != null)
        {
            string ascii = isBytes ? text : NumberParsing.ToAsciiNumeric(text);
            if (NumberParsing.TryParseFloat(ascii, out d)) return null;
            return rt.ValueError($"could not convert string to float: {Ops<TSync>.ReprValue(ts, x)}");
        }
        d = 0;
        return rt.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }
}
