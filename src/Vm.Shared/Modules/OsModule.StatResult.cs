// os.stat_result: a struct sequence of the ten classic fields (mode, ino, dev, nlink, uid, gid, size and
// the three times as whole seconds), with the float and nanosecond times as attributes only, as CPython
// has it: len() is 10, unpacking gives ten values, st_mtime is the float.
using Vm.Builtins;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class OsModule<TSync>
{
    /// <summary>A stat_result: <see cref="PyTuple.Items"/> are the ten sequence fields; <see cref="Times"/> the
    /// attribute-only st_atime/st_mtime/st_ctime (float) and st_atime_ns/st_mtime_ns/st_ctime_ns.</summary>
    private sealed class StatResultTuple(PyType type, PyObject[] items, PyObject[] times) : PyTuple(type, items)
    {
        public readonly PyObject[] Times = times;

        public override void CollectChildren(List<PyObject> sink)
        {
            base.CollectChildren(sink);
            sink.AddRange(Times);
        }
    }

    private static readonly string[] s_statFields =
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];
    private static readonly string[] s_statTimes = ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns"];

    private static PyObject NewStatResult(PyThreadState ts, PyObject[] items, PyObject[] times) =>
        new StatResultTuple(StatType(ts), items, times);

    private static PyType StatType(PyThreadState ts) => s_statType.GetValue(ts.Rt, rt =>
    {
        var t = rt.NewBuiltinType("stat_result", rt.TupleType, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, t, "os");
        Def.Value(rt, t.Dict, "n_sequence_fields", rt.NewInt(10));
        Def.Value(rt, t.Dict, "n_fields", rt.NewInt(10 + s_statTimes.Length));
        Def.Value(rt, t.Dict, "n_unnamed_fields", rt.NewInt(3));
        for (int i = 0; i < 7; i++)
        {
            int idx = i;
            Def.Getter(rt, t, s_statFields[i], (ts2, o) => ((PyTuple)o).Items[idx]);
        }
        for (int i = 0; i < s_statTimes.Length; i++)
        {
            int idx = i;
            Def.Getter(rt, t, s_statTimes[i], (ts2, o) => o is StatResultTuple r ? r.Times[idx] : idx < 3 ? ((PyTuple)o).Items[7 + idx] : ts2.Rt.None);
        }
        t.New = (ts2, cls, a, kw) => StatResultFromSequence(ts2, cls, a, kw);
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw ts2.Rt.TypeError("stat_result.__new__(X): X is not a type object");
            return StatResultFromSequence(ts2, cls, a[1..], kw);
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var items = ((PyTuple)a[0]).Items;
            var parts = s_statFields.Select((f, i) => $"{f}={Ops<TSync>.ReprValue(ts2, items[i])}");
            return ts2.Rt.NewStr($"os.stat_result({string.Join(", ", parts)})");
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) =>
        {
            var r = (PyTuple)a[0];
            var all = r is StatResultTuple st ? [.. r.Items, .. st.Times] : r.Items;
            return Ops<TSync>.NewTuple(ts2, [r.Type, Ops<TSync>.NewTuple(ts2, [Ops<TSync>.NewTuple(ts2, all)])]);
        });
        return t;
    });

    /// <summary>os.stat_result(sequence): 10 to 16 items; the times beyond the tenth are the attribute-only ones.</summary>
    private static PyObject StatResultFromSequence(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var b = Args.Bind(ts, "stat_result", a, kw, ["sequence", "dict"], 1);
        var items = Ops<TSync>.ToArray(ts, b[0]!);
        int max = 10 + s_statTimes.Length;
        if (items.Length < 10)
            throw ts.Rt.TypeError($"os.stat_result() takes an at least 10-sequence ({items.Length}-sequence given)");
        if (items.Length > max)
            throw ts.Rt.TypeError($"os.stat_result() takes an at most {max}-sequence ({items.Length}-sequence given)");
        foreach (var o in items)
            if (!o.IsImmortal) TSync.IncRef(ts, o);
        var times = new PyObject[s_statTimes.Length];
        for (int i = 0; i < times.Length; i++)
        {
            var given = 10 + i < items.Length ? items[10 + i] : null;
            // Without them the float times are the whole seconds and the nanosecond times None, as CPython's.
            times[i] = given != null && given != ts.Rt.None ? given : i < 3 ? items[7 + i] : ts.Rt.None;
        }
        return new StatResultTuple(cls, items[..10], times);
    }
}
