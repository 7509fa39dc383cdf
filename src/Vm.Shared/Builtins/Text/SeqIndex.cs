// Index and slice arithmetic shared by str, bytes and bytearray, as CPython does it
// (PySlice_Unpack + PySlice_AdjustIndices, _PyEval_SliceIndex and ADJUST_INDICES).
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Text;

public static class SeqIndex<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>A slice bound or start/end argument: None is null; big values clamp (_PyEval_SliceIndex).</summary>
    public static long? SliceIndex(PyThreadState ts, PyObject? o)
    {
        if (o == null || ReferenceEquals(o, ts.Rt.None)) return null;
        PyInt i;
        if (o is PyInt pi) i = pi;
        else
        {
            if (o.Type.Lookup(ts.Rt.Intern("__index__")) == null)
                throw ts.Rt.TypeError("slice indices must be integers or None or have an __index__ method");
            i = Ops<TSync>.Index(ts, o);
        }
        if (!i.IsBig) return i.Small;
        return i.Big.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    /// <summary>Unpacks and adjusts a slice for a sequence of the given length; returns the slice length.</summary>
    public static long Adjust(PyThreadState ts, PySlice sl, long length, out long start, out long stop, out long step)
    {
        Unpack(ts, sl, out start, out stop, out step);
        return AdjustIndices(length, ref start, ref stop, step);
    }

    /// <summary>PySlice_Unpack: may run __index__, so call it before taking a lock.</summary>
    public static void Unpack(PyThreadState ts, PySlice sl, out long start, out long stop, out long step) =>
        Vm.Builtins.Containers.SliceIndices<TSync>.Unpack(ts, sl, out start, out stop, out step);

    /// <summary>PySlice_AdjustIndices: pure arithmetic, safe under a lock.</summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / (-step) + 1;
        }
        else if (start < stop) return (stop - start - 1) / step + 1;
        return 0;
    }

    /// <summary>ADJUST_INDICES for the optional start/end arguments of find, count, startswith, ...</summary>
    public static void StartEnd(PyThreadState ts, ReadOnlySpan<PyObject> a, int first, long length, out long start, out long end)
    {
        start = a.Length > first ? SliceIndex(ts, a[first]) ?? 0 : 0;
        end = a.Length > first + 1 ? SliceIndex(ts, a[first + 1]) ?? long.MaxValue : long.MaxValue;
        if (end > length) end = length;
        else if (end < 0)
        {
            end += length;
            if (end < 0) end = 0;
        }
        if (start < 0)
        {
            start += length;
            if (start < 0) start = 0;
        }
    }

    /// <summary>An item index (int or __index__) for seq[i]; IndexError message for big values as CPython.</summary>
    public static long ItemIndex(PyThreadState ts, PyObject key)
    {
        var i = key as PyInt ?? Ops<TSync>.Index(ts, key);
        if (i.IsBig) throw ts.Rt.IndexError("cannot fit 'int' into an index-sized integer");
        return i.Small;
    }

    /// <summary>True if o can be used as an index (int or has __index__).</summary>
    public static bool IsIndex(PyThreadState ts, PyObject o) =>
        o is PyInt || o.Type.Lookup(ts.Rt.Intern("__index__")) != null;

    /// <summary>An argument converted with __index__ to a C ssize_t (OverflowError when too large).</summary>
    public static long AsSsize(PyThreadState ts, PyObject o)
    {
        var i = o as PyInt ?? Ops<TSync>.Index(ts, o);
        if (i.IsBig) throw ts.Rt.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }
}
