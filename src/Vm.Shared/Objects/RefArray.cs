// Stores into PyObject[] without the array-covariance check.
//
// PyObject is not sealed, so every `arr[i] = o` on a PyObject[] makes the runtime check that o's
// class fits the array's element type (a PyStr[] can be seen as a PyObject[]); for any object
// whose class is not exactly the element type that check is a helper call (CastHelpers.StelemRef_Helper:
// 18% of a `sorted(list)` loop, from copying list items). An array this code created itself as
// `new PyObject[n]` (or checked with IsExact) has element type PyObject, so every PyObject fits and
// the check can be skipped. The bounds check stays.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vm.Objects;

public static class RefArray
{
    /// <summary>arr[i] = v for an array whose element type is exactly PyObject (see <see cref="IsExact"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(PyObject?[] arr, int i, PyObject? v)
    {
        if ((uint)i >= (uint)arr.Length) ThrowIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(arr), i) = v;
    }

    /// <summary>
    /// A reference to arr[i] for an array whose element type is exactly PyObject (see <see cref="IsExact"/>),
    /// for Volatile.Read/Write: `ref arr[i]` on a PyObject[] costs a type-check helper call
    /// (CastHelpers.LdelemaRef) because the array might be one of a subclass. The bounds check stays.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref PyObject? ElementRef(PyObject?[] arr, int i)
    {
        if ((uint)i >= (uint)arr.Length) ThrowIndex();
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(arr), i);
    }

    /// <summary>True when the array was created as PyObject[] (not an array of a subclass seen covariantly).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExact(PyObject?[] arr) => arr.GetType() == typeof(PyObject[]);

    /// <summary>The array itself if its element type is exactly PyObject, else a PyObject[] copy.</summary>
    public static PyObject?[] Exact(PyObject?[] arr)
    {
        if (IsExact(arr)) return arr;
        var copy = new PyObject?[arr.Length];
        Array.Copy(arr, copy, arr.Length);
        return copy;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
