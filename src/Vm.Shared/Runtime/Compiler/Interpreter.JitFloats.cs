// Baseline compiler: float arithmetic on unboxed doubles (JitEmitter.Floats.cs decides where and
// emits the calls). A BINARY_OP whose float result the next arithmetic of its basic block consumes
// keeps it as a .NET double in an IL local instead of a PyFloat; these are its steps. Each is
// TryFloatValue's step (Interpreter.FloatChains.cs) with one or both operands already a double:
// an unboxed operand is a float the previous step computed, so `x OP b` for an exact float or
// machine int b is what TryFloatValue(float(x), b) computes, and a step it would not take (the
// result would raise or not be a float) is refused here too: compiled code then boxes the operands
// and runs the instruction as before. FloatChains.cs's design note says why a skipped
// intermediate float cannot be observed.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>x OP y of two unboxed floats: (false, _) when TryFloatValue would not take the step.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static (bool Ok, double Value) JitFloatDD(double x, double y, int op) => (FloatStep(x, y, op, out double r), r);

    /// <summary>x OP b, x an unboxed float, b an exact float or machine int.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static (bool Ok, double Value) JitFloatDO(PyRuntime rt, double x, PyObject b, int op)
    {
        if (FloatOperand(rt, b, out double y) && FloatStep(x, y, op, out double r)) return (true, r);
        return (false, 0);
    }

    /// <summary>a OP y, y an unboxed float, a an exact float or machine int.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static (bool Ok, double Value) JitFloatOD(PyRuntime rt, PyObject a, double y, int op)
    {
        if (FloatOperand(rt, a, out double x) && FloatStep(x, y, op, out double r)) return (true, r);
        return (false, 0);
    }

    /// <summary>
    /// JitNumeric for a result that stays unboxed: (null, the double) for TryFloatValue's float, (the
    /// boxed int, 0) for TryIntValue's, (rt.NotImplemented, 0) when neither applies (then JitBinaryOp).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static (PyObject? Boxed, double Value) JitNumericUnboxed(PyRuntime rt, PyObject a, PyObject b, int op)
    {
        if (TryFloatValue(rt, a, b, op, out double d)) return (null, d);
        if (TryIntValue(rt, a, b, op, out long n)) return (rt.NewInt(n), 0);
        return (rt.NotImplemented, 0);
    }

    /// <summary>An operand of a compare beside an unboxed float (TryCompareNumeric's double comparison): an
    /// exact float, or an exact int within +-2**53 (where converting it is exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool JitCompareFloatOperand(PyRuntime rt, PyObject o, out double v)
    {
        if (ReferenceEquals(o.Type, rt.FloatType)) { v = Unsafe.As<PyFloat>(o).Value; return true; }
        if (ReferenceEquals(o.Type, rt.IntType) && !Unsafe.As<PyInt>(o).IsBig) return JitExactDoubleOfLong(Unsafe.As<PyInt>(o).Small, out v);
        v = 0;
        return false;
    }

    /// <summary>An unboxed long as a compare's double, when the conversion is exact (within +-2**53).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool JitExactDoubleOfLong(long n, out double v)
    {
        v = n;
        return IsExactDouble(n);
    }

    /// <summary>The PyFloat of an unboxed result (what the step would have pushed).</summary>
    internal static PyObject JitBoxFloat(double v, PyRuntime rt) => rt.NewFloat(v);
}
