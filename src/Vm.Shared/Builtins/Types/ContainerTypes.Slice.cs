// `slice` (CPython 3.13 Objects/sliceobject.c): start/stop/step, indices(), comparisons as
// (start, stop, step) tuples, and the 3.12+ hash.
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class ContainerTypes<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallSlice(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.SliceType;
        t.New = (ts2, cls, a, kw) => SliceNew(ts2, a, kw);
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            CheckNewType(ts2, a, ts2.Rt.SliceType, "slice");
            return SliceNew(ts2, a.Slice(1), kw);
        });
        Def.Member(rt, t, "start", (ts2, o) => ((PySlice)o).Start);
        Def.Member(rt, t, "stop", (ts2, o) => ((PySlice)o).Stop);
        Def.Member(rt, t, "step", (ts2, o) => ((PySlice)o).Step);
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var s = Self<PySlice>(ts2, a, "slice", "__repr__");
            return ts2.Rt.NewStr($"slice({Repr(ts2, s.Start)}, {Repr(ts2, s.Stop)}, {Repr(ts2, s.Step)})");
        });
        Def.Method(rt, t, "indices", (ts2, a, kw) =>
        {
            OneArg(ts2, "slice.indices", a, kw);
            var s = Self<PySlice>(ts2, a, "slice", "indices");
            var length = Ops<TSync>.Index(ts2, a[1]).Big;
            if (length.Sign < 0) throw ts2.Rt.ValueError("length should not be negative");
            var (start, stop, step) = SliceIndices<TSync>.LongIndices(ts2, s, length);
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(start), ts2.Rt.NewInt(stop), ts2.Rt.NewInt(step)]);
        });
        DefCompare(rt, t, "slice", (ts2, a, b, op) =>
        {
            if (b is not PySlice y) return null;
            var x = (PySlice)a;
            if (ReferenceEquals(x, y) && (op == CompareOpArg.Eq || op == CompareOpArg.NotEq))
                return ts2.Rt.NewBool(op == CompareOpArg.Eq);
            var tx = Ops<TSync>.NewTuple(ts2, [x.Start, x.Stop, x.Step]);
            var ty = Ops<TSync>.NewTuple(ts2, [y.Start, y.Stop, y.Step]);
            return TupleCompare(ts2, tx, ty, op);
        });
        Def.Method(rt, t, "__hash__", (ts2, a, kw) =>
        {
            var s = Self<PySlice>(ts2, a, "slice", "__hash__");
            return ts2.Rt.NewInt(ContainerHashing.SliceHash(HashOf(ts2, s.Start), HashOf(ts2, s.Stop), HashOf(ts2, s.Step)));
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) =>
        {
            var s = Self<PySlice>(ts2, a, "slice", "__reduce__");
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.SliceType, Ops<TSync>.NewTuple(ts2, [s.Start, s.Stop, s.Step])]);
        });
    }

    private static PySlice SliceNew(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, "slice", kw);
        if (a.Length == 0) throw rt.TypeError("slice expected at least 1 argument, got 0");
        if (a.Length > 3) throw rt.TypeError($"slice expected at most 3 arguments, got {a.Length}");
        PySlice s = a.Length == 1
            ? Ops<TSync>.NewSlice(ts, rt.None, a[0], rt.None)
            : Ops<TSync>.NewSlice(ts, a[0], a[1], a.Length == 3 ? a[2] : rt.None);
        return s;
    }
}
