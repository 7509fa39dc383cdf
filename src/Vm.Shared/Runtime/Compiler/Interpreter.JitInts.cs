// Baseline compiler: BINARY_OP + and - and COMPARE_OP of two machine ints, inlined into compiled code
// (JitEmitter.Ints.cs emits the calls; these are small enough for the .NET JIT to inline them).
//
// Why a hit equals the step: for two exact ints that are not big the general fast paths compiled
// code calls otherwise (JitNumeric: TryFloatValue, which declines two ints, then TryIntValue /
// IntStep; JitCompareFast: TryCompareNumeric's int-int case) compute the same value with the same
// overflow test and box it with the same NewInt; anything else (a float, a big int, a subclass, an
// overflow) returns null and compiled code takes those general paths, unchanged.
// Nothing is written: ints are immutable and NewInt's small-int table is read-only.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>a + b for two machine ints whose sum is one (IntStep's NumAdd), else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? JitIntAdd(PyRuntime rt, PyObject a, PyObject b)
    {
        if (!ReferenceEquals(a.Type, rt.IntType) || !ReferenceEquals(b.Type, rt.IntType) || Unsafe.As<PyInt>(a).IsBig || Unsafe.As<PyInt>(b).IsBig) return null;
        long x = Unsafe.As<PyInt>(a).Small, y = Unsafe.As<PyInt>(b).Small, r = x + y;
        return ((x ^ r) & (y ^ r)) >= 0 ? rt.NewInt(r) : null;
    }

    /// <summary>a - b for two machine ints whose difference is one (IntStep's NumSub), else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? JitIntSub(PyRuntime rt, PyObject a, PyObject b)
    {
        if (!ReferenceEquals(a.Type, rt.IntType) || !ReferenceEquals(b.Type, rt.IntType) || Unsafe.As<PyInt>(a).IsBig || Unsafe.As<PyInt>(b).IsBig) return null;
        long x = Unsafe.As<PyInt>(a).Small, y = Unsafe.As<PyInt>(b).Small, r = x - y;
        return ((x ^ y) & (x ^ r)) >= 0 ? rt.NewInt(r) : null;
    }

    /// <summary>a OP b (<paramref name="op"/> a CompareOpArg operator, a constant at each call site)
    /// for two machine ints: True or False, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? JitIntCompare(PyRuntime rt, PyObject a, PyObject b, int op)
    {
        if (!ReferenceEquals(a.Type, rt.IntType) || !ReferenceEquals(b.Type, rt.IntType) || Unsafe.As<PyInt>(a).IsBig || Unsafe.As<PyInt>(b).IsBig) return null;
        return ((CompareOpArg)op).Holds(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small) ? rt.True : rt.False;
    }
}
