// Stores into a frame's slot array (locals, cells and the value stack) without .NET's covariant
// array-store check (Objects/RefArray.cs; measured at ~19% of the eval loop's time on richards).
// A frame's slot array is always created as `new PyObject?[n]` (Frame), never as an array of a
// subclass, so the check can never fail. The index is still checked against the length.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>slots[i] = v, bounds-checked, without the covariance check (slots is exactly PyObject?[]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Put(PyObject?[] slots, int i, PyObject? v) => RefArray.Set(slots, i, v);

    /// <summary>
    /// slots[from..from+n) as a span, bounds-checked, without ReadOnlySpan's constructor: for a
    /// PyObject[] (a shared generic instantiation) that constructor checks the array's exact type
    /// and was a call of its own from Eval, which is past the JIT's inlining budget (Tier1 listing).
    /// The check cannot fail for a frame's slots (see above).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<PyObject> StackArgs(PyObject?[] slots, int from, int n)
    {
        if ((uint)from > (uint)slots.Length || (uint)n > (uint)(slots.Length - from)) ThrowStackRange();
        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyObject?, PyObject>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), from)), n);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowStackRange() => throw new IndexOutOfRangeException();
}
