// Baseline compiler: a one-argument call of a math builtin on an unboxed number (JitEmitter.MathCalls.cs
// decides where and emits the calls). These are the steps; each answers what the builtin's own body
// returns for that argument, or declines (0) and compiled code then boxes the argument and makes the
// general call, so the builtin itself raises what it raises.
//
// Why each step equals the call:
// - The callee is tested here, on the object the call would call (taken from the stack each time the
//   instruction runs: a rebound `math.sqrt` or `math` is seen at once; nothing is cached).
// - FloatFn (MathModule's F1: sqrt, exp, sin, fabs, ...): F1's body converts a float to its value and
//   an exact int that is not big to (double)Small (ModuleSupport.ToDouble), computes FloatFn(x) and
//   raises exactly when the result is a NaN from a non-NaN x or an infinity from a finite x; the step
//   declines those cases (PyBuiltinFunction.FloatFn's contract, as the interpreter's float chains use it).
// - IntRoundFn (math.floor, ceil, trunc): for an exact float, DoubleToInt(IntRoundFn(x)), a machine
//   int when |v| < 9.2e18 (the step declines NaN, infinities and larger values: a ValueError,
//   OverflowError or big int the builtin makes); for an int the int itself. The step takes an int only
//   when it is already unboxed (an intermediate no code can hold, so its identity is not observable);
//   a boxed int argument goes to the general call, which returns that very object.
// - IsAbs (builtins.abs): of an exact float its absolute value as a float; of an unboxed machine int
//   other than long.MinValue its absolute value (NewInt's int when boxed, as abs makes it).
// - Anything else (a bool, a subclass, a big int, keywords, another callee) declines.
// - Nothing is released: the callee is an immortal builtin (made without self), exact floats and ints
//   are immortal, and the NULL of CALL_METHOD is the immortal marker.
// - Threads: FloatFn, IntRoundFn and IsAbs are set once while the module or builtins are made, before
//   the function object is published, and never written again: both backends read them unsynchronised.
// - The call's eval-breaker check is skipped on this path, as the interpreter's float chain skips
//   it (Interpreter.FloatChains.cs): the next backward jump or call handles a pending request.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>What a math step computed: nothing (decline), a float in r, or a machine int in n.</summary>
    internal const int JitMathDeclined = 0, JitMathFloat = 1, JitMathInt = 2;

    /// <summary>f(x) for x a float (an unboxed double, or an exact float's value).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int JitMathOfDouble(PyObject? f, double x, out double r, out long n)
    {
        n = 0;
        r = 0;
        if (f is not PyBuiltinFunction bf) return JitMathDeclined;
        if (bf.FloatFn is { } fn) return F1Value(fn, x, out r) ? JitMathFloat : JitMathDeclined;
        if (bf.IntRoundFn is { } g)
        {
            double v = g(x);
            if (!(Math.Abs(v) < 9.2e18)) return JitMathDeclined; // NaN, an infinity or a big int
            n = (long)v;
            return JitMathInt;
        }
        if (bf.IsAbs)
        {
            r = Math.Abs(x);
            return JitMathFloat;
        }
        return JitMathDeclined;
    }

    /// <summary>f(x) for x an unboxed machine int.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int JitMathOfLong(PyObject? f, long x, out double r, out long n)
    {
        n = 0;
        r = 0;
        if (f is not PyBuiltinFunction bf) return JitMathDeclined;
        if (bf.FloatFn is { } fn) return F1Value(fn, x, out r) ? JitMathFloat : JitMathDeclined;
        if (bf.IntRoundFn != null)
        {
            n = x;
            return JitMathInt;
        }
        if (bf.IsAbs && x != long.MinValue)
        {
            n = Math.Abs(x);
            return JitMathInt;
        }
        return JitMathDeclined;
    }

    /// <summary>f(o) for o a boxed argument: an exact float, or (for FloatFn) an exact int that is not big.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int JitMathOfObject(PyRuntime rt, PyObject? f, PyObject? o, out double r, out long n)
    {
        if (o != null && f is PyBuiltinFunction bf)
        {
            if (ReferenceEquals(o.Type, rt.FloatType)) return JitMathOfDouble(bf, Unsafe.As<PyFloat>(o).Value, out r, out n);
            if (bf.FloatFn is { } fn && ReferenceEquals(o.Type, rt.IntType) && !Unsafe.As<PyInt>(o).IsBig)
            {
                n = 0;
                return F1Value(fn, Unsafe.As<PyInt>(o).Small, out r) ? JitMathFloat : JitMathDeclined;
            }
        }
        r = 0;
        n = 0;
        return JitMathDeclined;
    }

    /// <summary>FloatFn(x) when F1 would return it (not a NaN from a non-NaN x, not an infinity from a finite x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool F1Value(Func<double, double> fn, double x, out double r)
    {
        r = fn(x);
        return double.IsNaN(r) ? double.IsNaN(x) : !double.IsInfinity(r) || !double.IsFinite(x);
    }
}
