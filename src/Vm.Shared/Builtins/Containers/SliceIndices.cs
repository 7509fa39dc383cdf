// PySlice_Unpack, PySlice_AdjustIndices and _PySlice_GetLongIndices with CPython's clamping and
// error messages.
using System.Numerics;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Containers;

public static class SliceIndices<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>_PyEval_SliceIndex: an int (or __index__) clamped to the long range; None is handled by the caller.</summary>
    public static long SliceIndex(PyThreadState ts, PyObject v)
    {
        if (v is PyInt i) return Clamp(i);
        if (v.Type.Lookup(ts.Rt.Intern("__index__")) == null)
            throw ts.Rt.TypeError("slice indices must be integers or None or have an __index__ method");
        return Clamp(Ops<TSync>.Index(ts, v));
    }

    private static long Clamp(PyInt i)
    {
        if (!i.IsBig) return i.Small;
        return i.Big.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    /// <summary>PySlice_Unpack: start/stop/step with None defaults (step is never 0 or long.MinValue).</summary>
    public static void Unpack(PyThreadState ts, PySlice s, out long start, out long stop, out long step)
    {
        var none = ts.Rt.None;
        if (ReferenceEquals(s.Step, none)) step = 1;
        else
        {
            step = SliceIndex(ts, s.Step);
            if (step == 0) throw ts.Rt.ValueError("slice step cannot be zero");
            step = SliceBounds.ClampStep(step);
        }
        start = ReferenceEquals(s.Start, none) ? SliceBounds.DefaultStart(step) : SliceIndex(ts, s.Start);
        stop = ReferenceEquals(s.Stop, none) ? SliceBounds.DefaultStop(step) : SliceIndex(ts, s.Stop);
    }

    /// <summary>PySlice_AdjustIndices: clips to [0, length] and returns the slice length.</summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length)
        {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length)
        {
            stop = step < 0 ? length - 1 : length;
        }
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / (-step) + 1;
        }
        else if (start < stop)
        {
            return (stop - start - 1) / step + 1;
        }
        return 0;
    }

    /// <summary>Unpack + AdjustIndices for a sequence of the given length.</summary>
    public static long Indices(PyThreadState ts, PySlice s, long length, out long start, out long stop, out long step)
    {
        Unpack(ts, s, out start, out stop, out step);
        return AdjustIndices(length, ref start, ref stop, step);
    }

    private static BigInteger BigIndex(PyThreadState ts, PyObject v)
    {
        if (v is PyInt i) return i.Big;
        if (v.Type.Lookup(ts.Rt.Intern("__index__")) == null)
            throw ts.Rt.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops<TSync>.Index(ts, v).Big;
    }

    /// <summary>_PySlice_GetLongIndices: slice.indices(length) with arbitrary precision.</summary>
    public static (BigInteger Start, BigInteger Stop, BigInteger Step) LongIndices(PyThreadState ts, PySlice s, BigInteger length)
    {
        var none = ts.Rt.None;
        BigInteger step;
        if (ReferenceEquals(s.Step, none)) step = BigInteger.One;
        else
        {
            step = BigIndex(ts, s.Step);
            if (step.IsZero) throw ts.Rt.ValueError("slice step cannot be zero");
        }
        bool neg = step.Sign < 0;
        BigInteger lower = neg ? BigInteger.MinusOne : BigInteger.Zero;
        BigInteger upper = neg ? length + lower : length;
        BigInteger start, stop;
        if (ReferenceEquals(s.Start, none)) start = neg ? upper : lower;
        else
        {
            start = BigIndex(ts, s.Start);
            if (start.Sign < 0)
            {
                start += length;
                if (start < lower) start = lower;
            }
            else if (start > upper) start = upper;
        }
        if (ReferenceEquals(s.Stop, none)) stop = neg ? lower : upper;
        else
        {
            stop = BigIndex(ts, s.Stop);
            if (stop.Sign < 0)
            {
                stop += length;
                if (stop < lower) stop = lower;
            }
            else if (stop > upper) stop = upper;
        }
        return (start, stop, step);
    }
}
