// `range` (CPython 3.13 Objects/rangeobject.c): immutable; machine-word fast paths when start,
// stop, step and the length fit in a long (PyRange.Fits), arbitrary precision otherwise.
using System.Numerics;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class ContainerTypes<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallRange(PyThreadState ts, ContainerTypeTable tt)
    {
        var rt = ts.Rt;
        var t = rt.RangeType;
        t.New = (ts2, cls, a, kw) => RangeNew(ts2, a, kw);
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            CheckNewType(ts2, a, ts2.Rt.RangeType, "range");
            return RangeNew(ts2, a.Slice(1), kw);
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var r = Self<PyRange>(ts2, a, "range", "__repr__");
            bool unitStep = r.Step is { IsBig: false, Small: 1 };
            return ts2.Rt.NewStr(unitStep ? $"range({IntStr(r.Start)}, {IntStr(r.Stop)})" : $"range({IntStr(r.Start)}, {IntStr(r.Stop)}, {IntStr(r.Step)})");
        });
        Def.Method(rt, t, "__len__", (ts2, a, kw) =>
        {
            var r = Self<PyRange>(ts2, a, "range", "__len__");
            if (r.Fits) return ts2.Rt.NewInt(r.LLength);
            var len = RangeLength(r);
            if (len > long.MaxValue) throw ts2.Rt.OverflowError("Python int too large to convert to C ssize_t");
            return ts2.Rt.NewInt(len);
        });
        Def.Method(rt, t, "__bool__", (ts2, a, kw) =>
        {
            var r = Self<PyRange>(ts2, a, "range", "__bool__");
            return ts2.Rt.NewBool(r.Fits ? r.LLength != 0 : !RangeLength(r).IsZero);
        });
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) =>
        {
            var r = Self<PyRange>(ts2, a, "range", "__getitem__");
            if (a.Length != 2) throw ts2.Rt.TypeError($"expected 1 argument, got {a.Length - 1}");
            var key = a[1];
            if (HasIndex(ts2, key))
            {
                var i = (key as PyInt ?? Ops<TSync>.Index(ts2, key));
                if (r.Fits && !i.IsBig)
                {
                    long j = i.Small < 0 ? i.Small + r.LLength : i.Small;
                    if (j < 0 || j >= r.LLength) throw ts2.Rt.IndexError("range object index out of range");
                    return ts2.Rt.NewInt(unchecked(r.LStart + j * r.LStep));
                }
                var len = RangeLength(r);
                var bi = i.Big;
                if (bi.Sign < 0) bi += len;
                if (bi.Sign < 0 || bi >= len) throw ts2.Rt.IndexError("range object index out of range");
                return ts2.Rt.NewInt(r.Start.Big + bi * r.Step.Big);
            }
            if (key is PySlice s)
            {
                var (start, stop, step) = SliceIndices<TSync>.LongIndices(ts2, s, RangeLength(r));
                var rs = r.Step.Big;
                return MakeRange(ts2, ts2.Rt.NewInt(r.Start.Big + start * rs), ts2.Rt.NewInt(r.Start.Big + stop * rs), ts2.Rt.NewInt(step * rs));
            }
            throw ts2.Rt.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
        });
        Def.Method(rt, t, "__iter__", (ts2, a, kw) => RangeIter(ts2, tt, Self<PyRange>(ts2, a, "range", "__iter__")));
        Def.Method(rt, t, "__reversed__", (ts2, a, kw) => RangeReversed(ts2, tt, Self<PyRange>(ts2, a, "range", "__reversed__")));
        Def.Method(rt, t, "__contains__", (ts2, a, kw) =>
        {
            var r = Self<PyRange>(ts2, a, "range", "__contains__");
            return ts2.Rt.NewBool(RangeContains(ts2, r, a[1]));
        });
        DefCompare(rt, t, "range", (ts2, a, b, op) =>
        {
            if (b is not PyRange y || (op != CompareOpArg.Eq && op != CompareOpArg.NotEq)) return null;
            bool eq = RangeEquals((PyRange)a, y);
            return ts2.Rt.NewBool(op == CompareOpArg.Eq ? eq : !eq);
        });
        Def.Method(rt, t, "__hash__", (ts2, a, kw) =>
        {
            var r = Self<PyRange>(ts2, a, "range", "__hash__");
            var len = RangeLength(r);
            long h0 = Numbers.HashInt(ts2.Rt.NewInt(len));
            long h1, h2;
            if (len.IsZero)
            {
                h1 = ContainerHashing.NoneHash;
                h2 = ContainerHashing.NoneHash;
            }
            else
            {
                h1 = Numbers.HashInt(r.Start);
                h2 = len.IsOne ? ContainerHashing.NoneHash : Numbers.HashInt(r.Step);
            }
            return ts2.Rt.NewInt(ContainerHashing.TupleHash([h0, h1, h2]));
        });
        Def.Method(rt, t, "count", (ts2, a, kw) =>
        {
            OneArg(ts2, "range.count", a, kw);
            var r = Self<PyRange>(ts2, a, "range", "count");
            if (a[1] is PyInt && (a[1].Type == ts2.Rt.IntType || a[1].Type == ts2.Rt.BoolType))
                return ts2.Rt.NewInt(RangeContainsInt(r, (PyInt)a[1]) ? 1 : 0);
            long n = 0;
            var it = RangeIter(ts2, tt, r);
            while (it.Next(ts2) is { } v)
                if (Ops<TSync>.Eq(ts2, v, a[1])) n++;
            return ts2.Rt.NewInt(n);
        });
        Def.Method(rt, t, "index", (ts2, a, kw) =>
        {
            OneArg(ts2, "range.index", a, kw);
            var r = Self<PyRange>(ts2, a, "range", "index");
            if (a[1] is PyInt pi && (a[1].Type == ts2.Rt.IntType || a[1].Type == ts2.Rt.BoolType))
            {
                if (!RangeContainsInt(r, pi)) throw ts2.Rt.ValueError($"{IntStr(pi)} is not in range");
                return ts2.Rt.NewInt((pi.Big - r.Start.Big) / r.Step.Big);
            }
            long i = 0;
            var it = RangeIter(ts2, tt, r);
            while (it.Next(ts2) is { } v)
            {
                if (Ops<TSync>.Eq(ts2, v, a[1])) return ts2.Rt.NewInt(i);
                i++;
            }
            throw ts2.Rt.ValueError("sequence.index(x): x not in sequence");
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) =>
        {
            var r = Self<PyRange>(ts2, a, "range", "__reduce__");
            return Ops<TSync>.NewTuple(ts2, [r.Type, Ops<TSync>.NewTuple(ts2, [r.Start, r.Stop, r.Step])]);
        });
        Def.Member(rt, t, "start", (ts2, o) => ((PyRange)o).Start);
        Def.Member(rt, t, "stop", (ts2, o) => ((PyRange)o).Stop);
        Def.Member(rt, t, "step", (ts2, o) => ((PyRange)o).Step);
    }

    private static PyRange RangeNew(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, "range", kw);
        if (a.Length == 0) throw rt.TypeError("range expected at least 1 argument, got 0");
        if (a.Length > 3) throw rt.TypeError($"range expected at most 3 arguments, got {a.Length}");
        if (a.Length == 1) return MakeRange(ts, rt.NewInt(0), ExactIndex(ts, a[0]), rt.NewInt(1));
        var start = ExactIndex(ts, a[0]);
        var stop = ExactIndex(ts, a[1]);
        var step = a.Length == 3 ? ExactIndex(ts, a[2]) : rt.NewInt(1);
        if (!step.IsBig && step.Small == 0) throw rt.ValueError("range() arg 3 must not be zero");
        return MakeRange(ts, start, stop, step);
    }

    /// <summary>Decimal text of an int (culture-invariant).</summary>
    internal static string IntStr(PyInt i) =>
        i.IsBig ? i.Big.ToString(System.Globalization.CultureInfo.InvariantCulture) : i.Small.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>PyNumber_Index as an exact (immortal) int.</summary>
    private static PyInt ExactIndex(PyThreadState ts, PyObject o)
    {
        var i = Ops<TSync>.Index(ts, o);
        if (i.Type == ts.Rt.IntType) return i;
        return i.IsBig ? ts.Rt.NewInt(i.Big) : ts.Rt.NewInt(i.Small);
    }

    /// <summary>A range over exact ints (step != 0).</summary>
    internal static PyRange MakeRange(PyThreadState ts, PyInt start, PyInt stop, PyInt step)
    {
        if (!start.IsBig && !stop.IsBig && !step.IsBig)
        {
            // LengthOf in 128-bit arithmetic: exact for machine ints (no BigInteger to allocate).
            Int128 lo = start.Small, hi = stop.Small, st = step.Small;
            Int128 n = st > 0 ? (lo < hi ? (hi - lo - 1) / st + 1 : 0) : (lo > hi ? (lo - hi - 1) / (-st) + 1 : 0);
            bool small = n <= long.MaxValue;
            return new PyRange(ts.Rt.RangeType, start, stop, step, small, small ? (long)n : 0);
        }
        var len = LengthOf(start.Big, stop.Big, step.Big);
        bool fits = !start.IsBig && !stop.IsBig && !step.IsBig && len <= long.MaxValue;
        return new PyRange(ts.Rt.RangeType, start, stop, step, fits, fits ? (long)len : 0);
    }

    private static BigInteger LengthOf(BigInteger lo, BigInteger hi, BigInteger step)
    {
        if (step.Sign > 0)
            return lo < hi ? (hi - lo - 1) / step + 1 : BigInteger.Zero;
        return lo > hi ? (lo - hi - 1) / (-step) + 1 : BigInteger.Zero;
    }

    internal static BigInteger RangeLength(PyRange r) => r.Fits ? r.LLength : LengthOf(r.Start.Big, r.Stop.Big, r.Step.Big);

    private static bool RangeEquals(PyRange a, PyRange b)
    {
        if (ReferenceEquals(a, b)) return true;
        var la = RangeLength(a);
        if (la != RangeLength(b)) return false;
        if (la.IsZero) return true;
        if (a.Start.Big != b.Start.Big) return false;
        if (la.IsOne) return true;
        return a.Step.Big == b.Step.Big;
    }

    private static bool RangeContainsInt(PyRange r, PyInt x)
    {
        if (r.Fits && !x.IsBig)
        {
            long v = x.Small;
            if (r.LStep > 0 ? v < r.LStart || v >= r.LStop : v > r.LStart || v <= r.LStop) return false;
            var diff = (BigInteger)v - r.LStart;
            return (diff % r.LStep).IsZero;
        }
        var b = x.Big;
        var start = r.Start.Big;
        var stop = r.Stop.Big;
        var step = r.Step.Big;
        if (step.Sign > 0 ? b < start || b >= stop : b > start || b <= stop) return false;
        return ((b - start) % step).IsZero;
    }

    private static bool RangeContains(PyThreadState ts, PyRange r, PyObject x)
    {
        if (x is PyInt i && (x.Type == ts.Rt.IntType || x.Type == ts.Rt.BoolType)) return RangeContainsInt(r, i);
        var len = RangeLength(r);
        for (BigInteger k = 0; k < len; k++)
        {
            var v = ts.Rt.NewInt(r.Start.Big + k * r.Step.Big);
            if (Ops<TSync>.Eq(ts, v, x)) return true;
        }
        return false;
    }

    /// <summary>iter(range): range_iterator when everything fits a long, else longrange_iterator.</summary>
    private static PyIterBase RangeIter(PyThreadState ts, ContainerTypeTable tt, PyRange r)
    {
        if (r.Fits)
        {
            long step = r.LStep, stop = r.LStop;
            bool overflow = r.LLength != 0 && (step > 0 ? stop > long.MaxValue - (step - 1) : stop < long.MinValue + (-1 - step));
            if (!overflow) return new RangeIterator(tt.RangeIter, r.LStart, step, r.LLength);
        }
        return new LongRangeIterator(tt.LongRangeIter, r.Start.Big, r.Step.Big, RangeLength(r));
    }

    /// <summary>reversed(range): start+(n-1)*step counting down by step.</summary>
    private static PyIterBase RangeReversed(PyThreadState ts, ContainerTypeTable tt, PyRange r)
    {
        if (r.Fits && r.LStep != long.MinValue)
        {
            long lstart = r.LStart, lstep = r.LStep;
            bool overflow = lstep > 0
                ? unchecked((ulong)lstart - unchecked((ulong)long.MinValue)) < (ulong)lstep
                : unchecked((ulong)long.MaxValue - (ulong)lstart) < unchecked(0UL - (ulong)lstep);
            if (!overflow)
            {
                long len = r.LLength;
                long newStop = lstart - lstep;
                long newStart = unchecked(newStop + len * lstep);
                return new RangeIterator(tt.RangeIter, newStart, -lstep, len);
            }
        }
        var blen = RangeLength(r);
        var bstep = r.Step.Big;
        var bstart = r.Start.Big + (blen - 1) * bstep;
        return new LongRangeIterator(tt.LongRangeIter, bstart, -bstep, blen);
    }
}
