// The numeric types int, bool, float and complex (CPython 3.13 semantics and messages), and
// str.__format__ (the format-spec mini-language lives in Builtins/Formatting). The arithmetic
// dunders here are the general path: the eval loop fast-paths exact int/float operands through
// Runtime/Numbers.cs, and user subclasses inherit these methods.
using System.Numerics;
using Vm.Builtins.Formatting;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class NumberTypes<TSync> where TSync : struct, ISyncPolicy
{
    // BinaryOpArg numbering (see Ops.Arithmetic).
    private const int OpAdd = 0, OpAnd = 1, OpFloorDiv = 2, OpLShift = 3, OpMul = 5, OpMod = 6, OpOr = 7,
        OpRShift = 9, OpSub = 10, OpTrueDiv = 11, OpXor = 12;

    public static void Install(PyThreadState ts)
    {
        InstallInt(ts);
        InstallIntMethods(ts);
        InstallBool(ts);
        InstallFloat(ts);
        InstallFloatMethods(ts);
        InstallComplex(ts);
        InstallStrFormat(ts);
        var rt = ts.Rt;
        Def.Value(rt, rt.IntType.Dict, "__doc__", rt.NewStr(IntDoc));
        Def.Value(rt, rt.BoolType.Dict, "__doc__", rt.NewStr(
            "Returns True when the argument is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed."));
        Def.Value(rt, rt.FloatType.Dict, "__doc__", rt.NewStr("Convert a string or number to a floating-point number, if possible."));
        Def.Value(rt, rt.ComplexType.Dict, "__doc__", rt.NewStr(
            "Create a complex number from a string or numbers.\n\nIf a string is given, parse it as a complex number.\nIf a single number is given, convert it to a complex number.\nIf the 'real' or 'imag' arguments are given, create a complex number\nwith the specified real and imaginary components."));
    }

    private const string IntDoc =
        "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\n" +
        "are given.  If x is a number, return x.__int__().  For floating-point\nnumbers, this truncates towards zero.\n\n" +
        "If x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\n" +
        "given base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n" +
        "Base 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";

    // ------------------------------------------------------------------ definition helpers

    /// <summary>A binary dunder: (self, other).</summary>
    private static void Bin(PyRuntime rt, PyType t, string name, Func<PyThreadState, PyObject, PyObject, PyObject> fn)
    {
        Def.Method(rt, t, name, (ts, a, kw) =>
        {
            CheckWrapperArgs(ts, name, a, kw, 1);
            return fn(ts, a[0], a[1]);
        });
    }

    /// <summary>A unary dunder or a no-argument method: (self).</summary>
    private static void Un(PyRuntime rt, PyType t, string name, Func<PyThreadState, PyObject, PyObject> fn, bool wrapper = true)
    {
        Def.Method(rt, t, name, (ts, a, kw) =>
        {
            if (wrapper) CheckWrapperArgs(ts, name, a, kw, 0);
            else
            {
                Args.NoKwargs(ts, $"{t.Name}.{name}", kw);
                if (a.Length != 1) throw ts.Rt.TypeError($"{t.Name}.{name}() takes no arguments ({a.Length - 1} given)");
            }
            return fn(ts, a[0]);
        });
    }

    private static void CheckWrapperArgs(PyThreadState ts, string name, ReadOnlySpan<PyObject> a, PyTuple? kw, int n)
    {
        if (kw != null && kw.Count > 0) throw ts.Rt.TypeError($"wrapper {name}() takes no keyword arguments");
        if (a.Length - 1 != n)
            throw ts.Rt.TypeError($"expected {n} argument{(n == 1 ? "" : "s")}, got {a.Length - 1}");
    }

    /// <summary>Checks the cls argument of T.__new__(cls, ...).</summary>
    private static PyType NewCls(PyThreadState ts, string typeName, PyType baseType, ReadOnlySpan<PyObject> a)
    {
        var rt = ts.Rt;
        if (a.Length == 0) throw rt.TypeError($"{typeName}.__new__(): not enough arguments");
        if (a[0] is not PyType cls) throw rt.TypeError($"{typeName}.__new__(X): X is not a type object ({a[0].Type.Name})");
        if (!cls.IsSubtypeOf(baseType)) throw rt.TypeError($"{typeName}.__new__({cls.Name}): {cls.Name} is not a subtype of {typeName}");
        return cls;
    }

    private static PyException OverflowErrno(PyRuntime rt)
    {
        var args = rt.NewTupleImmortalItems([rt.NewInt(34), rt.NewStr("Numerical result out of range")]);
        return new PyException(rt.NewException(rt.ExceptionTypes["OverflowError"], args));
    }

    // ------------------------------------------------------------------ conversions

    public static BigInteger BigOf(PyInt i) => i.IsBig ? i.BigValue!.Value : new BigInteger(i.Small);

    /// <summary>float(int) with CPython's OverflowError.</summary>
    public static double IntToDouble(PyThreadState ts, PyInt i)
    {
        if (!IntMath.TryToDouble(i, out double d)) throw ts.Rt.OverflowError("int too large to convert to float");
        return d;
    }

    /// <summary>An int or float operand of float arithmetic as a double; false for other types.</summary>
    private static bool FloatOperand(PyThreadState ts, PyObject o, out double d)
    {
        switch (o)
        {
            case PyFloat f: d = f.Value; return true;
            case PyInt i: d = IntToDouble(ts, i); return true;
        }
        d = 0;
        return false;
    }

    /// <summary>An int, float or complex operand of complex arithmetic; false for other types.</summary>
    private static bool ComplexOperand(PyThreadState ts, PyObject o, out Complex c)
    {
        switch (o)
        {
            case PyComplex z: c = z.Value; return true;
            case PyFloat f: c = new Complex(f.Value, 0); return true;
            case PyInt i: c = new Complex(IntToDouble(ts, i), 0); return true;
        }
        c = default;
        return false;
    }

    /// <summary>int(x) for a finite or non-finite double with CPython's errors.</summary>
    public static PyInt DoubleToInt(PyThreadState ts, double d)
    {
        if (double.IsNaN(d)) throw ts.Rt.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw ts.Rt.OverflowError("cannot convert float infinity to integer");
        if (d > -9.2e18 && d < 9.2e18) return ts.Rt.NewInt((long)d);
        return ts.Rt.NewInt(IntMath.TruncToBig(d));
    }

    /// <summary>An instance of cls (int or a subclass) holding value.</summary>
    public static PyInt NewIntOf(PyThreadState ts, PyType cls, BigInteger value)
    {
        if (cls == ts.Rt.IntType) return ts.Rt.NewInt(value);
        return cls.HasInstanceDict() ? PyIntWithDict.CreateWithDict(cls, value) : PyInt.Create(cls, value);
    }

    public static PyFloat NewFloatOf(PyThreadState ts, PyType cls, double value)
    {
        if (cls == ts.Rt.FloatType) return ts.Rt.NewFloat(value);
        return cls.HasInstanceDict() || (cls.Flags & TypeFlags.HasSlots) != 0 ? new PyFloatWithDict(cls, value) : new PyFloat(cls, value);
    }

    public static PyComplex NewComplexOf(PyThreadState ts, PyType cls, Complex value)
    {
        if (cls == ts.Rt.ComplexType) return ts.Rt.NewComplex(value);
        return cls.HasInstanceDict() || (cls.Flags & TypeFlags.HasSlots) != 0 ? new PyComplexWithDict(cls, value) : new PyComplex(cls, value);
    }

    /// <summary>The exact int with self's value (int(self) for subclasses and bool).</summary>
    internal static PyInt ExactInt(PyThreadState ts, PyObject self)
    {
        var i = (PyInt)self;
        if (self.Type == ts.Rt.IntType) return i;
        return i.IsBig ? ts.Rt.NewInt(i.BigValue!.Value) : ts.Rt.NewInt(i.Small);
    }

    private static PyFloat ExactFloat(PyThreadState ts, PyObject self)
    {
        var f = (PyFloat)self;
        return self.Type == ts.Rt.FloatType ? f : ts.Rt.NewFloat(f.Value);
    }

    /// <summary>Text of a str/bytes/bytearray argument of int()/float(); null for other types.</summary>
    private static string? TextArg(PyObject o, out bool isBytes)
    {
        isBytes = false;
        switch (o)
        {
            case PyStr s: return s.Value;
            case PyBytes b: isBytes = true; return Latin1(b.Value);
            case PyByteArray ba: isBytes = true; return Latin1(ba.ToArray());
        }
        return null;
    }

    private static string Latin1(ReadOnlySpan<byte> b)
    {
        var chars = new char[b.Length];
        for (int i = 0; i < b.Length; i++) chars[i] = (char)b[i];
        return new string(chars);
    }

    // ------------------------------------------------------------------ str.__format__

    private static void InstallStrFormat(PyThreadState ts)
    {
        var rt = ts.Rt;
        Def.Method(rt, rt.StrType, "__format__", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "str.__format__", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"str.__format__() takes exactly one argument ({a.Length - 1} given)");
            var self = (PyStr)a[0];
            if (a[1] is not PyStr spec) throw ts2.Rt.TypeError($"__format__() argument must be str, not {ArgTypeName(ts2, a[1])}");
            if (spec.Value.Length == 0)
                return self.Type == ts2.Rt.StrType ? self : Ops<TSync>.Str(ts2, self);
            var r = FormatSpec.FormatStr(ts2.Rt, self.Value, spec.Value, self.Type.Name);
            // Like CPython's writer, an unchanged value is returned as the object itself (even a subclass).
            return ReferenceEquals(r, self.Value) ? self : ts2.Rt.NewStr(r);
        });
    }

    /// <summary>_PyArg_BadArgument's name for an argument's type ("None" for None).</summary>
    private static string ArgTypeName(PyThreadState ts, PyObject o) => ReferenceEquals(o, ts.Rt.None) ? "None" : o.Type.Name;

    /// <summary>The format_spec argument of __format__.</summary>
    private static string SpecArg(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string typeName)
    {
        Args.NoKwargs(ts, $"{typeName}.__format__", kw);
        if (a.Length != 2) throw ts.Rt.TypeError($"{typeName}.__format__() takes exactly one argument ({a.Length - 1} given)");
        if (a[1] is not PyStr spec) throw ts.Rt.TypeError($"__format__() argument must be str, not {ArgTypeName(ts, a[1])}");
        return spec.Value;
    }
}
