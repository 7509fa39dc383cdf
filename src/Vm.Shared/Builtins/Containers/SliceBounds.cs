// PySlice_Unpack's default rules, in one place: a None start/stop defaults by the step's sign, a None
// step is 1, and a step of long.MinValue becomes -long.MaxValue (so -step cannot overflow). The
// general unpacking (SliceIndices.Unpack, which may call __index__) and the eval loop's slices
// without a slice object (BUILD_SLICE + BINARY_SUBSCR on a list, tuple or str) both use it.
using Vm.Objects;

namespace Vm.Builtins.Containers;

public static class SliceBounds
{
    /// <summary>A None start: the first index the step walks from.</summary>
    public static long DefaultStart(long step) => step < 0 ? long.MaxValue : 0;

    /// <summary>A None stop: past the last index the step walks to.</summary>
    public static long DefaultStop(long step) => step < 0 ? long.MinValue : long.MaxValue;

    /// <summary>A non-zero step as PySlice_Unpack keeps it (-long.MaxValue for long.MinValue).</summary>
    public static long ClampStep(long step) => step < -long.MaxValue ? -long.MaxValue : step;

    /// <summary>
    /// PySlice_Unpack of bounds that need no call: each is None or an exact int (or bool) that fits a
    /// long. False (nothing decided) for anything else (a big int, an int subclass, an object with
    /// __index__) or a zero step: the general path then converts, raises or clamps.
    /// </summary>
    public static bool TryUnpack(PyObject none, PyObject lo, PyObject hi, PyObject? st, out long start, out long stop, out long step)
    {
        start = stop = 0;
        step = 1;
        if (st != null && !ReferenceEquals(st, none))
        {
            if (!TryMachine(st, out step) || step == 0) return false;
            step = ClampStep(step);
        }
        if (ReferenceEquals(lo, none)) start = DefaultStart(step);
        else if (!TryMachine(lo, out start)) return false;
        if (ReferenceEquals(hi, none)) stop = DefaultStop(step);
        else if (!TryMachine(hi, out stop)) return false;
        return true;
    }

    /// <summary>An int (or bool) that fits a long: _PyEval_SliceIndex's value without a call. Only an
    /// immortal one (exact ints and bools are): the caller drops no bound, as no slice object holds them.</summary>
    private static bool TryMachine(PyObject b, out long v)
    {
        if (b is PyInt i && !i.IsBig && i.IsImmortal)
        {
            v = i.Small;
            return true;
        }
        v = 0;
        return false;
    }
}
