// Stores into a frame's slot array (locals, cells and the value stack) without .NET's covariant
// array-store check (Objects/RefArray.cs; measured at ~19% of the eval loop's time on richards).
// A frame's slot array is always created as `new PyObject?[n]` (Frame), never as an array of a
// subclass, so the check can never fail. The index is still checked against the length.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>slots[i] = v, bounds-checked, without the covariance check (slots is exactly PyObject?[]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Put(PyObject?[] slots, int i, PyObject? v) => RefArray.Set(slots, i, v);
}
