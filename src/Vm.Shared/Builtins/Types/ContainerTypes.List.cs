// `list` (CPython 3.13 Objects/listobject.c): constructor, sequence protocol, operators,
// comparisons and methods. Mutations go through ListOps (critical section held, fresh arrays
// published for structural changes); reads are lock-free; __eq__/__lt__/key functions always run
// with no lock held.
using System.Text;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class ContainerTypes<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallList(PyThreadState ts, ContainerTypeTable tt)
    {
        var rt = ts.Rt;
        var t = rt.ListType;
        t.New = (ts2, cls, a, kw) => AllocList(ts2, cls);
        // list() / list(x): what list.__new__ then list.__init__ do for the exact type.
        t.FastCall = (ts2, a, kw) =>
        {
            if (kw is not null || a.Length > 1) return null;
            var l = new PyList(ts2.Rt.ListType);
            if (a.Length == 0) return l;
            try
            {
                ListOps<TSync>.ExtendUnshared(ts2, l, a[0]);
            }
            catch (PyException)
            {
                ObjectLifecycle<TSync>.DropBorrowed(ts2, l); // the items it took are released with it
                throw;
            }
            return l;
        };
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            var cls = CheckNewType(ts2, a, ts2.Rt.ListType, "list");
            return AllocList(ts2, cls);
        });
        Def.Method(rt, t, "__init__", (ts2, a, kw) =>
        {
            var l = Self<PyList>(ts2, a, "list", "__init__");
            if ((kw?.Count ?? 0) > 0 && ReferenceEquals(l.Type.Lookup(ts2.Rt.Intern("__new__")), ts2.Rt.ListType.Dict.GetStr(ts2.Rt.Intern("__new__"))))
                throw ts2.Rt.TypeError("list() takes no keyword arguments");
            int npos = a.Length - 1 - (kw?.Count ?? 0);
            if (npos > 1) throw ts2.Rt.TypeError($"list expected at most 1 argument, got {npos}");
            if (l.Count > 0) ListOps<TSync>.Clear(ts2, l);
            if (npos == 1) ListOps<TSync>.Extend(ts2, l, a[1]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr(ListRepr(ts2, Self<PyList>(ts2, a, "list", "__repr__"))));
        Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(Self<PyList>(ts2, a, "list", "__len__").Count));
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) =>
        {
            var l = Self<PyList>(ts2, a, "list", "__getitem__");
            if (a.Length != 2) throw ts2.Rt.TypeError($"expected 1 argument, got {a.Length - 1}");
            var key = a[1];
            if (key is PyInt ki && !ki.IsBig) return ListOps<TSync>.GetIndex(ts2, l, ki.Small);
            if (HasIndex(ts2, key)) return ListOps<TSync>.GetIndex(ts2, l, AsIndex(ts2, key));
            if (key is PySlice s) return ListOps<TSync>.GetSlice(ts2, l, s);
            throw ts2.Rt.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        });
        Def.Method(rt, t, "__setitem__", (ts2, a, kw) =>
        {
            var l = Self<PyList>(ts2, a, "list", "__setitem__");
            if (a.Length != 3) throw ts2.Rt.TypeError($"expected 2 arguments, got {a.Length - 1}");
            ListSetItem(ts2, l, a[1], a[2]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__delitem__", (ts2, a, kw) =>
        {
            var l = Self<PyList>(ts2, a, "list", "__delitem__");
            if (a.Length != 2) throw ts2.Rt.TypeError($"expected 1 argument, got {a.Length - 1}");
            var key = a[1];
            if (HasIndex(ts2, key)) ListOps<TSync>.DelIndex(ts2, l, AsIndex(ts2, key));
            else if (key is PySlice s) ListOps<TSync>.DeleteSlice(ts2, s, l);
            else throw ts2.Rt.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__contains__", (ts2, a, kw) =>
        {
            var l = Self<PyList>(ts2, a, "list", "__contains__");
            return ts2.Rt.NewBool(ListIndexOf(ts2, l, a[1], 0, long.MaxValue) >= 0);
        });
        Def.Method(rt, t, "__iter__", (ts2, a, kw) => new ListIterator<TSync>(ts2, tt.ListIter, Self<PyList>(ts2, a, "list", "__iter__")));
        Def.Method(rt, t, "__reversed__", (ts2, a, kw) =>
        {
            NoArgs(ts2, "list.__reversed__", a, kw);
            return new ListReverseIterator<TSync>(ts2, tt.ListRevIter, Self<PyList>(ts2, a, "list", "__reversed__"));
        });
        Def.Method(rt, t, "__add__", (ts2, a, kw) =>
        {
            var l = Self<PyList>(ts2, a, "list", "__add__");
            var other = a[1];
            if (other is PyList o) return ListConcat(ts2, l, o);
            return TryReflected(ts2, l, other, "__radd__")
                ?? throw ts2.Rt.TypeError($"can only concatenate list (not \"{other.Type.Name}\") to list");
        });
        Def.Method(rt, t, "__iadd__", (ts2, a, kw) =>
        {
            var l = Self<PyList>(ts2, a, "list", "__iadd__");
            ListOps<TSync>.Extend(ts2, l, a[1]);
            return l;
        });
        Def.Method(rt, t, "__mul__", (ts2, a, kw) =>
        {
            var l = Self<PyList>(ts2, a, "list", "__mul__");
            if (!HasIndex(ts2, a[1]) && TryReflected(ts2, l, a[1], "__rmul__") is { } rr) return rr;
            return ListRepeat(ts2, l, RepeatCount(ts2, a[1]));
        });
        Def.Method(rt, t, "__rmul__", (ts2, a, kw) =>
            ListRepeat(ts2, Self<PyList>(ts2, a, "list", "__rmul__"), RepeatCount(ts2, a[1])));
        Def.Method(rt, t, "__imul__", (ts2, a, kw) =>
        {
            var l = Self<PyList>(ts2, a, "list", "__imul__");
            long n = RepeatCount(ts2, a[1]);
            if (n > 1 && l.Count > 0 && n > (int.MaxValue - 64) / l.Count) throw ts2.Rt.MemoryError();
            ListOps<TSync>.InplaceRepeat(ts2, l, n);
            return l;
        });
        DefCompare(rt, t, "list", (ts2, a, b, op) => a is PyList x && b is PyList y ? ListCompare(ts2, x, y, op) : null);
        Def.Value(rt, t.Dict, "__hash__", rt.None);

        Def.Method(rt, t, "append", (ts2, a, kw) =>
        {
            OneArg(ts2, "list.append", a, kw);
            ListOps<TSync>.Append(ts2, Self<PyList>(ts2, a, "list", "append"), a[1]);
            return ts2.Rt.None;
        }).Intrinsic = BuiltinIntrinsic.ListAppend; // the eval loop appends to an exact list inline (Interpreter.BuiltinCalls.cs)
        // Method0/Method1 and the FastN entries: the eval loop's fixed-arity calls (Interpreter.BuiltinCalls.cs).
        Def.Method1(rt, t, "extend", (ts2, s, x) =>
        {
            ListOps<TSync>.Extend(ts2, (PyList)s, x);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "insert", (ts2, a, kw) =>
        {
            PosArgs(ts2, "insert", a, kw, 2, 2);
            return ListInsert(ts2, Self<PyList>(ts2, a, "list", "insert"), a[1], a[2]);
        }).Fast3 = (ts2, s, i, x) => ListInsert(ts2, (PyList)s, i, x);
        var pop = Def.Method(rt, t, "pop", (ts2, a, kw) =>
        {
            PosArgs(ts2, "pop", a, kw, 0, 1);
            return ListPop(ts2, Self<PyList>(ts2, a, "list", "pop"), a.Length > 1 ? a[1] : null);
        });
        pop.Fast1 = (ts2, s) => ListPop(ts2, (PyList)s, null);
        pop.Fast2 = (ts2, s, i) => ListPop(ts2, (PyList)s, i);
        Def.Method1(rt, t, "remove", (ts2, s, x) =>
        {
            var l = (PyList)s;
            while (true)
            {
                long i = ListIndexOf(ts2, l, x, 0, long.MaxValue, out var found);
                // The lock-free scan can miss an item that a concurrent removal shifted left past it;
                // before saying "not in list", look again in a consistent copy (CPython scans with the
                // list's critical section held, so an item present throughout is always found).
                if (i < 0) i = SnapshotIndexOf(ts2, l, x, out found);
                if (i < 0) return ts2.RaisePending(ts2.Rt.ValueError("list.remove(x): x not in list"));
                if (ListOps<TSync>.RemoveIfSame(ts2, l, (int)i, found!)) return ts2.Rt.None;
            }
        });
        Def.Method(rt, t, "index", (ts2, a, kw) =>
        {
            PosArgs(ts2, "index", a, kw, 1, 3);
            var l = Self<PyList>(ts2, a, "list", "index");
            long start = a.Length > 2 ? SliceIndexNotNone(ts2, a[2]) : 0;
            long stop = a.Length > 3 ? SliceIndexNotNone(ts2, a[3]) : long.MaxValue;
            int n = l.Count;
            if (start < 0)
            {
                start += n;
                if (start < 0) start = 0;
            }
            if (stop < 0)
            {
                stop += n;
                if (stop < 0) stop = 0;
            }
            long i = ListIndexOf(ts2, l, a[1], start, stop);
            if (i < 0) return ts2.RaisePending(ts2.Rt.ValueError($"{Repr(ts2, a[1])} is not in list"));
            return ts2.Rt.NewInt(i);
        });
        Def.Method1(rt, t, "count", (ts2, s, x) =>
        {
            var l = (PyList)s;
            long count = 0;
            for (long i = 0; ; i++)
            {
                var v = ListOps<TSync>.GetItemOrNull(ts2, l, i);
                if (v == null) break;
                if (Ops<TSync>.Eq(ts2, v, x)) count++;
            }
            return ts2.Rt.NewInt(count);
        });
        Def.Method0(rt, t, "clear", (ts2, s) =>
        {
            ListOps<TSync>.Clear(ts2, (PyList)s);
            return ts2.Rt.None;
        });
        Def.Method0(rt, t, "copy", (ts2, s) => Ops<TSync>.NewList(ts2, ListOps<TSync>.Snapshot(ts2, (PyList)s)));
        Def.Method0(rt, t, "reverse", (ts2, s) =>
        {
            ListOps<TSync>.Reverse(ts2, (PyList)s);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "sort", (ts2, a, kw) =>
        {
            SortWithArgs(ts2, Self<PyList>(ts2, a, "list", "sort"), a.Slice(1), kw);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__sizeof__", (ts2, a, kw) =>
        {
            NoArgs(ts2, "list.__sizeof__", a, kw);
            return ts2.Rt.NewInt(40 + 8L * Self<PyList>(ts2, a, "list", "__sizeof__")._items.Length);
        });
        DefClassGetItem(rt, t, tt);
    }

    /// <summary>cls checks of T.__new__(cls, ...): "list.__new__(X): X is not a type object (int)".</summary>
    internal static PyType CheckNewType(PyThreadState ts, ReadOnlySpan<PyObject> a, PyType baseType, string name) =>
        Def.CheckNewType(ts, a, baseType, name);

    /// <summary>_PyEval_SliceIndexNotNone (list.index start/stop).</summary>
    private static long SliceIndexNotNone(PyThreadState ts, PyObject v)
    {
        if (!HasIndex(ts, v)) throw ts.Rt.TypeError("slice indices must be integers or have an __index__ method");
        return SliceIndices<TSync>.SliceIndex(ts, v);
    }

    /// <summary>repr(list), recursion-safe.</summary>
    public static string ListRepr(PyThreadState ts, PyList l)
    {
        if (l.Count == 0) return "[]";
        if (!ReprGuard.Enter(ts, l)) return "[...]";
        try
        {
            var sb = new StringBuilder("[");
            for (long i = 0; ; i++)
            {
                var v = ListOps<TSync>.GetItemOrNull(ts, l, i);
                if (v == null) break;
                if (i > 0) sb.Append(", ");
                sb.Append(Repr(ts, v));
            }
            return sb.Append(']').ToString();
        }
        finally
        {
            ReprGuard.Leave(ts, l);
        }
    }

    /// <summary>The first index in [start, stop) whose item == x, or -1 (lock-free scan).</summary>
    internal static long ListIndexOf(PyThreadState ts, PyList l, PyObject x, long start, long stop) =>
        ListIndexOf(ts, l, x, start, stop, out _);

    /// <summary>The index of the first item equal to x in a copy taken under the list's lock (Python
    /// equality runs after unlocking), or -1.</summary>
    private static long SnapshotIndexOf(PyThreadState ts, PyList l, PyObject x, out PyObject? found)
    {
        var items = ListOps<TSync>.Snapshot(ts, l);
        for (int i = 0; i < items.Length; i++)
        {
            if (ReferenceEquals(items[i], x) || Ops<TSync>.Eq(ts, items[i], x))
            {
                found = items[i];
                return i;
            }
        }
        found = null;
        return -1;
    }

    private static long ListIndexOf(PyThreadState ts, PyList l, PyObject x, long start, long stop, out PyObject? found)
    {
        for (long i = start; i < stop; i++)
        {
            var v = ListOps<TSync>.GetItemOrNull(ts, l, i);
            if (v == null) break;
            if (Ops<TSync>.Eq(ts, v, x))
            {
                found = v;
                return i;
            }
        }
        found = null;
        return -1;
    }

    /// <summary>l[key] = value (index or slice).</summary>
    internal static void ListSetItem(PyThreadState ts, PyList l, PyObject key, PyObject value)
    {
        if (key is PyInt ki && !ki.IsBig)
        {
            ListOps<TSync>.SetIndex(ts, l, ki.Small, value);
            return;
        }
        // A slice (fannkuch's `p[:k+1] = p[k::-1]`) before HasIndex's __index__ lookup: slice has none.
        if (key is PySlice s)
        {
            PyObject[] items = SliceSource(ts, l, value);
            SliceIndices<TSync>.Unpack(ts, s, out long start, out long stop, out long step);
            if (step == 1) AssignSimpleSlice(ts, l, start, stop, items);
            else ListOps<TSync>.AssignExtendedSlice(ts, s, l, items);
            return;
        }
        if (HasIndex(ts, key))
        {
            ListOps<TSync>.SetIndex(ts, l, AsIndex(ts, key), value);
            return;
        }
        throw ts.Rt.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
    }

    /// <summary>The items assigned by `l[a:b] = value` (a copy of l's own when value is l).</summary>
    internal static PyObject[] SliceSource(PyThreadState ts, PyList l, PyObject value) =>
        ReferenceEquals(value, l) ? ListOps<TSync>.Snapshot(ts, l) : SequenceFast(ts, value, "must assign iterable to extended slice");

    /// <summary>l[start:stop] = items for PySlice_Unpack's start and stop with step 1 (list.__setitem__, and
    /// BUILD_SLICE + STORE_SUBSCR's fast path, Runtime/Interpreter/Interpreter.ListSlices.cs).</summary>
    internal static void AssignSimpleSlice(PyThreadState ts, PyList l, long start, long stop, PyObject[] items)
    {
        (start, stop) = SimpleSliceBounds(l, start, stop);
        ListOps<TSync>.AssignSlice(ts, l, start, stop, items);
    }

    /// <summary>The clipped bounds of `l[start:stop] = ...` (step 1) for ListOps.AssignSlice.</summary>
    internal static (long Start, long Stop) SimpleSliceBounds(PyList l, long start, long stop)
    {
        SliceIndices<TSync>.AdjustIndices(l.Count, ref start, ref stop, 1);
        return (start, start > stop ? start : stop);
    }

    /// <summary>PySequence_Fast: the items of a list/tuple, or of any iterable (TypeError(msg) if not iterable).</summary>
    internal static PyObject[] SequenceFast(PyThreadState ts, PyObject v, string msg)
    {
        if (v is PyTuple t) return t.Items;
        if (v is PyList l) return ListOps<TSync>.Snapshot(ts, l);
        if (!Ops<TSync>.IsIterable(ts, v)) throw ts.Rt.TypeError(msg);
        return Ops<TSync>.ToArray(ts, v);
    }

    private static PyList ListRepeat(PyThreadState ts, PyList l, long n)
    {
        var items = ListOps<TSync>.Snapshot(ts, l);
        if (n <= 0 || items.Length == 0) return Ops<TSync>.NewList(ts);
        if (n > (int.MaxValue - 64) / items.Length) throw ts.Rt.MemoryError(); // (divided: items.Length * n can overflow a long)
        var r = new PyObject[items.Length * n];
        for (long c = 0; c < n; c++) Array.Copy(items, 0, r, c * items.Length, items.Length);
        return Ops<TSync>.NewList(ts, r);
    }

    /// <summary>l + o for two lists (BinaryOp calls it directly for two exact lists).</summary>
    internal static PyList ListConcat(PyThreadState ts, PyList l, PyList o)
    {
        var x = ListOps<TSync>.Snapshot(ts, l);
        var y = ListOps<TSync>.Snapshot(ts, o);
        var r = new PyObject[x.Length + y.Length];
        x.CopyTo(r, 0);
        y.CopyTo(r, x.Length);
        return Ops<TSync>.NewList(ts, r);
    }

    /// <summary>list_richcompare.</summary>
    internal static PyObject ListCompare(PyThreadState ts, PyList v, PyList w, CompareOpArg op)
    {
        var rt = ts.Rt;
        if (v.Count != w.Count && (op == CompareOpArg.Eq || op == CompareOpArg.NotEq))
            return rt.NewBool(op == CompareOpArg.NotEq);
        long i = 0;
        PyObject? vi = null, wi = null;
        for (; ; i++)
        {
            vi = ListOps<TSync>.GetItemOrNull(ts, v, i);
            wi = ListOps<TSync>.GetItemOrNull(ts, w, i);
            if (vi == null || wi == null) break;
            if (ReferenceEquals(vi, wi)) continue;
            if (!Ops<TSync>.Eq(ts, vi, wi)) break;
        }
        // As CPython: an __eq__ that shrank either list leaves no items to compare at i: the sizes decide.
        if (vi == null || wi == null || i >= v.Count || i >= w.Count) return CompareSizes(rt, v.Count, w.Count, op);
        if (op == CompareOpArg.Eq) return rt.False;
        if (op == CompareOpArg.NotEq) return rt.True;
        return Ops<TSync>.RichCompare(ts, vi, wi, op);
    }

    internal static PyObject CompareSizes(PyRuntime rt, long a, long b, CompareOpArg op) => rt.NewBool(op.Holds(a, b));

    /// <summary>Defines __eq__, __ne__, __lt__, __le__, __gt__, __ge__ from one function (null = NotImplemented).</summary>
    internal static void DefCompare(PyRuntime rt, PyType t, string owner, Func<PyThreadState, PyObject, PyObject, CompareOpArg, PyObject?> cmp)
    {
        foreach (var (name, op) in new[]
        {
            ("__eq__", CompareOpArg.Eq), ("__ne__", CompareOpArg.NotEq), ("__lt__", CompareOpArg.Lt),
            ("__le__", CompareOpArg.LtE), ("__gt__", CompareOpArg.Gt), ("__ge__", CompareOpArg.GtE),
        })
        {
            var o = op;
            var n = name;
            Def.Method(rt, t, name, (ts2, a, kw) =>
            {
                if (a.Length != 2) throw ts2.Rt.TypeError($"expected 1 argument, got {a.Length - 1}");
                if (!a[0].Type.IsSubtypeOf(t))
                    throw ts2.Rt.TypeError($"descriptor '{n}' requires a '{owner}' object but received a '{a[0].Type.Name}'");
                return cmp(ts2, a[0], a[1], o) ?? ts2.Rt.NotImplemented;
            });
        }
    }

    /// <summary>list.sort(key, reverse): CPython's stable timsort; the list is empty while sorting.</summary>
    public static void Sort(PyThreadState ts, PyList l, PyObject? key, bool reverse)
    {
        var items = ListOps<TSync>.BeginDetach(ts, l, out var marker);
        int n = items.Length;
        bool reversed = false;
        bool ok;
        PyObject[]? keys = null;
        try
        {
            if (key != null)
            {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) RefArray.Set(keys, i, Ops<TSync>.Call(ts, key, [items[i]], null)); // (keys is an exact PyObject[]: no covariance check)
            }
            if (reverse && n > 1)
            {
                if (keys != null) Array.Reverse(keys, 0, n);
                Array.Reverse(items, 0, n);
                reversed = true;
            }
            if (keys != null) TimSort<TSync>.Sort(ts, keys, items, n);
            else TimSort<TSync>.Sort(ts, items, null, n);
        }
        finally
        {
            if (reversed) Array.Reverse(items, 0, n);
            ok = ListOps<TSync>.EndDetach(ts, l, marker, items);
            if (keys != null)
                foreach (var k in keys)
                    if (k != null) ObjectLifecycle<TSync>.DropBorrowed(ts, k);
        }
        if (!ok) throw ts.Rt.ValueError("list modified during sort");
    }

    private static readonly string[] s_sortNames = ["key", "reverse"];

    /// <summary>list.sort(*, key=None, reverse=False) of l with the arguments after self (sorted() passes its keywords).</summary>
    internal static void SortWithArgs(PyThreadState ts, PyList l, ReadOnlySpan<PyObject> rest, PyTuple? kw)
    {
        var p = Args.Bind(ts, "sort", rest, kw, s_sortNames, 0, 0, 0);
        var key = p[0] is { } k && !ReferenceEquals(k, ts.Rt.None) ? k : null;
        bool reverse = p[1] != null && Ops<TSync>.IsTrue(ts, p[1]!);
        Sort(ts, l, key, reverse);
    }

    /// <summary>list.insert(i, x) once its arguments are checked.</summary>
    private static PyObject ListInsert(PyThreadState ts, PyList l, PyObject i, PyObject x)
    {
        ListOps<TSync>.Insert(ts, l, Ops<TSync>.IndexToLong(ts, i), x);
        return ts.Rt.None;
    }

    /// <summary>list.pop([i]) once its arguments are checked (null: the error is pending).</summary>
    private static PyObject? ListPop(PyThreadState ts, PyList l, PyObject? i) =>
        ListOps<TSync>.PopAtOrNull(ts, l, i != null ? Ops<TSync>.IndexToLong(ts, i) : -1);
}
