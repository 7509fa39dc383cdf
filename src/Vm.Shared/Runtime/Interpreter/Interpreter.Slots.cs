// Stores into a frame's slot array (locals, cells and the value stack) without .NET's covariant
// array-store check.
//
// `PyObject` is not sealed, so every `slots[i] = v` of a PyInt, PyStr, ... into a `PyObject?[]`
// goes through the runtime's StelemRef helper, which walks v's class hierarchy to prove the array
// could hold it: measured at ~19% of the eval loop's time on richards (dotnet-trace). A frame's
// slot array is always created as `new PyObject?[n]` (Frame), never as an array of a subclass, so
// the check can never fail; writing through the array's data reference skips it. The index is still
// checked against the length, so a wrong stack depth fails as before instead of corrupting memory.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>slots[i] = v, bounds-checked, without the covariance check (slots is exactly PyObject?[]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Put(PyObject?[] slots, int i, PyObject? v)
    {
        if ((uint)i >= (uint)slots.Length) ThrowSlotIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), i) = v;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowSlotIndex() => throw new IndexOutOfRangeException("frame slot index out of range");
}
