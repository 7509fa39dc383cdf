// The container iterator types (list_iterator, set_iterator, dict_keyiterator, ...): __iter__,
// __next__, __length_hint__ and the pickling helpers CPython gives them.
using System.Numerics;
using Vm.Builtins.Containers;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class ContainerTypes<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallIterators(PyThreadState ts, ContainerTypeTable tt)
    {
        var rt = ts.Rt;
        tt.ListIter = IterType(rt, "list_iterator");
        tt.ListRevIter = IterType(rt, "list_reverseiterator");
        tt.TupleIter = IterType(rt, "tuple_iterator");
        tt.RangeIter = IterType(rt, "range_iterator");
        tt.LongRangeIter = IterType(rt, "longrange_iterator");
        tt.SetIter = IterType(rt, "set_iterator");
        tt.DictKeyIter = IterType(rt, "dict_keyiterator");
        tt.DictValueIter = IterType(rt, "dict_valueiterator");
        tt.DictItemIter = IterType(rt, "dict_itemiterator");
        tt.DictRevKeyIter = IterType(rt, "dict_reversekeyiterator");
        tt.DictRevValueIter = IterType(rt, "dict_reversevalueiterator");
        tt.DictRevItemIter = IterType(rt, "dict_reverseitemiterator");

        // Pickling support (iterators reduce to iter(seq) plus a position).
        Def.Method(rt, tt.ListIter, "__reduce__", (ts2, a, kw) =>
        {
            var it = (ListIterator<TSync>)a[0];
            long i = it.Index;
            return i >= 0
                ? Ops<TSync>.NewTuple(ts2, [Builtin(ts2, "iter"), Ops<TSync>.NewTuple(ts2, [it.List]), ts2.Rt.NewInt(i)])
                : Ops<TSync>.NewTuple(ts2, [Builtin(ts2, "iter"), Ops<TSync>.NewTuple(ts2, [Ops<TSync>.NewList(ts2)])]);
        });
        Def.Method(rt, tt.ListIter, "__setstate__", (ts2, a, kw) =>
        {
            OneArg(ts2, "__setstate__", a, kw);
            var it = (ListIterator<TSync>)a[0];
            long i = Ops<TSync>.IndexToLong(ts2, a[1]);
            if (it.Index >= 0 || i >= 0)
            {
                if (i < -1) i = -1;
                else if (i > it.List.Count) i = it.List.Count;
                it.Index = i;
            }
            return ts2.Rt.None;
        });
        Def.Method(rt, tt.ListRevIter, "__reduce__", (ts2, a, kw) =>
        {
            var it = (ListReverseIterator<TSync>)a[0];
            long i = it.Index;
            return i >= 0
                ? Ops<TSync>.NewTuple(ts2, [Builtin(ts2, "reversed"), Ops<TSync>.NewTuple(ts2, [it.List]), ts2.Rt.NewInt(i)])
                : Ops<TSync>.NewTuple(ts2, [Builtin(ts2, "reversed"), Ops<TSync>.NewTuple(ts2, [Ops<TSync>.NewList(ts2)])]);
        });
        Def.Method(rt, tt.ListRevIter, "__setstate__", (ts2, a, kw) =>
        {
            OneArg(ts2, "__setstate__", a, kw);
            var it = (ListReverseIterator<TSync>)a[0];
            long i = Ops<TSync>.IndexToLong(ts2, a[1]);
            if (i < -1) i = -1;
            else if (i > it.List.Count - 1) i = it.List.Count - 1;
            it.Index = i;
            return ts2.Rt.None;
        });
        Def.Method(rt, tt.TupleIter, "__reduce__", (ts2, a, kw) =>
        {
            var it = (TupleIterator<TSync>)a[0];
            return Ops<TSync>.NewTuple(ts2, [Builtin(ts2, "iter"), Ops<TSync>.NewTuple(ts2, [it.Tuple]), ts2.Rt.NewInt(it.Index)]);
        });
        Def.Method(rt, tt.TupleIter, "__setstate__", (ts2, a, kw) =>
        {
            OneArg(ts2, "__setstate__", a, kw);
            var it = (TupleIterator<TSync>)a[0];
            long i = Ops<TSync>.IndexToLong(ts2, a[1]);
            if (i < 0) i = 0;
            else if (i > it.Tuple.Count) i = it.Tuple.Count;
            it.Index = (int)i;
            return ts2.Rt.None;
        });
        Def.Method(rt, tt.RangeIter, "__reduce__", (ts2, a, kw) =>
        {
            var it = (RangeIterator)a[0];
            long i = it.Index;
            var start = new BigInteger(it.Start) + new BigInteger(i) * it.Step;
            var stop = new BigInteger(it.Start) + new BigInteger(it.Len) * it.Step;
            var r = MakeRange(ts2, ts2.Rt.NewInt(start), ts2.Rt.NewInt(stop), ts2.Rt.NewInt(it.Step));
            return Ops<TSync>.NewTuple(ts2, [Builtin(ts2, "iter"), Ops<TSync>.NewTuple(ts2, [r]), ts2.Rt.None]);
        });
        Def.Method(rt, tt.LongRangeIter, "__reduce__", (ts2, a, kw) =>
        {
            var it = (LongRangeIterator)a[0];
            var start = it.Start + it.Index * it.Step;
            var stop = it.Start + it.Len * it.Step;
            var r = MakeRange(ts2, ts2.Rt.NewInt(start), ts2.Rt.NewInt(stop), ts2.Rt.NewInt(it.Step));
            return Ops<TSync>.NewTuple(ts2, [Builtin(ts2, "iter"), Ops<TSync>.NewTuple(ts2, [r]), ts2.Rt.None]);
        });
        foreach (var t in new[] { tt.RangeIter, tt.LongRangeIter })
            Def.Method(rt, t, "__setstate__", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, tt.SetIter, "__reduce__", (ts2, a, kw) => ReduceToList(ts2, (PyIterBase)a[0]));
        foreach (var t in new[] { tt.DictKeyIter, tt.DictValueIter, tt.DictItemIter, tt.DictRevKeyIter, tt.DictRevValueIter, tt.DictRevItemIter })
            Def.Method(rt, t, "__reduce__", (ts2, a, kw) => ReduceToList(ts2, (PyIterBase)a[0]));
    }

    private static PyType IterType(PyRuntime rt, string name)
    {
        var t = rt.NewBuiltinType(name, null, TypeFlags.None);
        NoNew(rt, t);
        Def.Method(rt, t, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, t, "__next__", (ts2, a, kw) =>
        {
            if (a.Length != 1) throw ts2.Rt.TypeError($"expected 0 arguments, got {a.Length - 1}");
            return ((PyIterBase)a[0]).Next(ts2) ?? throw ts2.Rt.StopIteration();
        });
        Def.Method(rt, t, "__length_hint__", (ts2, a, kw) =>
        {
            if (a[0] is RangeIterator ri) return ts2.Rt.NewInt(ri.Remaining);
            if (a[0] is LongRangeIterator li) return ts2.Rt.NewInt(li.Remaining);
            return ts2.Rt.NewInt(Math.Max(0, ((PyIterBase)a[0]).LengthHint));
        });
        return t;
    }

    /// <summary>The builtins-module function `name` (iter, reversed) for __reduce__.</summary>
    private static PyObject Builtin(PyThreadState ts, string name) =>
        ts.Rt.BuiltinsDict.GetStr(ts.Rt.Intern(name)) ?? throw ts.Rt.AttributeError($"module 'builtins' has no attribute '{name}'");

    /// <summary>iter(list(copy of the remaining items)) for set and dict iterators (CPython copies the iterator state).</summary>
    private static PyObject ReduceToList(PyThreadState ts, PyIterBase it)
    {
        // CPython iterates a copy of the iterator; the remaining items are recomputed here without consuming `it`.
        var items = new List<PyObject>();
        switch (it)
        {
            case SetIterator<TSync> si when si.Set != null:
            {
                var snap = SetOps<TSync>.Snapshot(ts, si.Set);
                var all = SetOps<TSync>.Entries(si.Set, snap);
                int skip = all.Count - it.LengthHint;
                for (int i = Math.Max(0, skip); i < all.Count; i++) items.Add(all[i].Key);
                break;
            }
            default:
            {
                // Dict iterators: rebuild from a fresh iterator state by skipping what was consumed.
                if (it is DictIterator<TSync> di) items.AddRange(RemainingDictItems(ts, di));
                break;
            }
        }
        return Ops<TSync>.NewTuple(ts, [Builtin(ts, "iter"), Ops<TSync>.NewTuple(ts, [Ops<TSync>.NewList(ts, items.ToArray())])]);
    }

    private static List<PyObject> RemainingDictItems(PyThreadState ts, DictIterator<TSync> di)
    {
        var res = new List<PyObject>();
        int n = di.LengthHint;
        if (n == 0) return res;
        var d = di.Dict;
        var entries = DictOps<TSync>.EntriesWithHash(d);
        if (di.Reversed) entries.Reverse();
        for (int i = Math.Max(0, entries.Count - n); i < entries.Count; i++)
        {
            var (k, _, v) = entries[i];
            res.Add(di.Kind switch
            {
                DictIterKind.Keys => k,
                DictIterKind.Values => v,
                _ => Ops<TSync>.NewTuple(ts, [k, v]),
            });
        }
        return res;
    }
}
