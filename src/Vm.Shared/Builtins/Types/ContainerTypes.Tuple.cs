// `tuple` (CPython 3.13 Objects/tupleobject.c): immutable, so every read is lock-free.
using System.Text;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class ContainerTypes<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>tup[start:stop:step] from PySlice_Unpack's values (step != 0): tuple.__getitem__ with a
    /// slice, and BUILD_SLICE + BINARY_SUBSCR without the slice object (Interpreter.SeqSlices.cs).</summary>
    internal static PyTuple TupleSlice(PyThreadState ts, PyTuple tup, long start, long stop, long step)
    {
        var items = tup.Items;
        long len = SliceIndices<TSync>.AdjustIndices(items.Length, ref start, ref stop, step);
        if (len <= 0) return ts.Rt.EmptyTuple;
        if (step == 1 && len == items.Length && tup.Type == ts.Rt.TupleType) return tup;
        var r = new PyObject[len];
        if (step == 1) Array.Copy(items, start, r, 0, len);
        else
        {
            long cur = start;
            for (long i = 0; i < len; i++, cur += step) RefArray.Set(r, (int)i, items[cur]); // r is new PyObject[]: no covariance check
        }
        return Ops<TSync>.NewTuple(ts, r);
    }

    private static void InstallTuple(PyThreadState ts, ContainerTypeTable tt)
    {
        var rt = ts.Rt;
        var t = rt.TupleType;
        t.New = (ts2, cls, a, kw) => TupleNew(ts2, cls, a, kw);
        // tuple(x): tuple.__new__ does everything and tuple.__init__ is object's (it accepts the
        // argument because __new__ is overridden), so the call is __new__ alone.
        t.FastCall = (ts2, a, kw) => kw is null ? TupleNew(ts2, ts2.Rt.TupleType, a, null) : null;
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            var cls = CheckNewType(ts2, a, ts2.Rt.TupleType, "tuple");
            return TupleNew(ts2, cls, a.Slice(1), kw);
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr(TupleRepr(ts2, Self<PyTuple>(ts2, a, "tuple", "__repr__"))));
        Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(Self<PyTuple>(ts2, a, "tuple", "__len__").Count));
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) =>
        {
            var tup = Self<PyTuple>(ts2, a, "tuple", "__getitem__");
            if (a.Length != 2) throw ts2.Rt.TypeError($"expected 1 argument, got {a.Length - 1}");
            var key = a[1];
            var items = tup.Items;
            if (HasIndex(ts2, key))
            {
                long i = key is PyInt ki && !ki.IsBig ? ki.Small : AsIndex(ts2, key);
                if (i < 0) i += items.Length;
                if ((ulong)i >= (ulong)items.Length) throw ts2.Rt.IndexError("tuple index out of range");
                return items[i];
            }
            if (key is PySlice s)
            {
                SliceIndices<TSync>.Unpack(ts2, s, out long start, out long stop, out long step);
                return TupleSlice(ts2, tup, start, stop, step);
            }
            throw ts2.Rt.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
        });
        Def.Method(rt, t, "__contains__", (ts2, a, kw) =>
        {
            var tup = Self<PyTuple>(ts2, a, "tuple", "__contains__");
            foreach (var x in tup.Items)
                if (Ops<TSync>.Eq(ts2, x, a[1])) return ts2.Rt.True;
            return ts2.Rt.False;
        });
        Def.Method(rt, t, "__iter__", (ts2, a, kw) => new TupleIterator<TSync>(ts2, tt.TupleIter, Self<PyTuple>(ts2, a, "tuple", "__iter__")));
        Def.Method(rt, t, "__hash__", (ts2, a, kw) => ts2.Rt.NewInt(TupleHash(ts2, Self<PyTuple>(ts2, a, "tuple", "__hash__"))));
        DefCompare(rt, t, "tuple", (ts2, a, b, op) => a is PyTuple x && b is PyTuple y ? TupleCompare(ts2, x, y, op) : null);
        Def.Method(rt, t, "__add__", (ts2, a, kw) =>
        {
            var tup = Self<PyTuple>(ts2, a, "tuple", "__add__");
            var other = a[1];
            if (other is PyTuple o) return TupleConcat(ts2, tup, o);
            return TryReflected(ts2, tup, other, "__radd__")
                ?? throw ts2.Rt.TypeError($"can only concatenate tuple (not \"{other.Type.Name}\") to tuple");
        });
        Def.Method(rt, t, "__mul__", (ts2, a, kw) =>
        {
            var tup = Self<PyTuple>(ts2, a, "tuple", "__mul__");
            if (!HasIndex(ts2, a[1]) && TryReflected(ts2, tup, a[1], "__rmul__") is { } rr) return rr;
            return TupleRepeat(ts2, tup, RepeatCount(ts2, a[1]));
        });
        Def.Method(rt, t, "__rmul__", (ts2, a, kw) =>
            TupleRepeat(ts2, Self<PyTuple>(ts2, a, "tuple", "__rmul__"), RepeatCount(ts2, a[1])));
        Def.Method(rt, t, "count", (ts2, a, kw) =>
        {
            OneArg(ts2, "tuple.count", a, kw);
            long n = 0;
            foreach (var x in Self<PyTuple>(ts2, a, "tuple", "count").Items)
                if (Ops<TSync>.Eq(ts2, x, a[1])) n++;
            return ts2.Rt.NewInt(n);
        });
        Def.Method(rt, t, "index", (ts2, a, kw) =>
        {
            PosArgs(ts2, "index", a, kw, 1, 3);
            var items = Self<PyTuple>(ts2, a, "tuple", "index").Items;
            long start = a.Length > 2 ? SliceIndexNotNone(ts2, a[2]) : 0;
            long stop = a.Length > 3 ? SliceIndexNotNone(ts2, a[3]) : long.MaxValue;
            if (start < 0)
            {
                start += items.Length;
                if (start < 0) start = 0;
            }
            if (stop < 0)
            {
                stop += items.Length;
            }
            else if (stop > items.Length)
            {
                stop = items.Length;
            }
            for (long i = start; i < stop; i++)
                if (Ops<TSync>.Eq(ts2, items[i], a[1])) return ts2.Rt.NewInt(i);
            return ts2.RaisePending(ts2.Rt.ValueError("tuple.index(x): x not in tuple"));
        });
        Def.Method(rt, t, "__getnewargs__", (ts2, a, kw) =>
        {
            NoArgs(ts2, "tuple.__getnewargs__", a, kw);
            var tup = Self<PyTuple>(ts2, a, "tuple", "__getnewargs__");
            return Ops<TSync>.NewTuple(ts2, [Ops<TSync>.NewTuple(ts2, tup.Items)]);
        });
        DefClassGetItem(rt, t, tt);
    }

    private static PyTuple TupleNew(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if ((kw?.Count ?? 0) > 0 && (cls == ts.Rt.TupleType || ReferenceEquals(cls.Lookup(ts.Rt.Intern("__init__")), ts.Rt.ObjectType.Dict.GetStr(ts.Rt.Intern("__init__")))))
            throw ts.Rt.TypeError("tuple() takes no keyword arguments");
        int npos = a.Length - (kw?.Count ?? 0);
        if (npos > 1) throw ts.Rt.TypeError($"tuple expected at most 1 argument, got {npos}");
        if (npos == 0) return cls == ts.Rt.TupleType ? ts.Rt.EmptyTuple : NewTupleOfType(ts, cls, []);
        var src = a[0];
        if (cls == ts.Rt.TupleType && src is PyTuple st && src.Type == ts.Rt.TupleType) return st;
        // A tuple's items array is never written after construction, so the new tuple shares it
        // (namedtuple's `tuple.__new__(cls, (a, b))`: no 40-byte copy per instance); each tuple
        // still counts its own references to the items.
        var items = Ops<TSync>.ToArray(ts, src); // a tuple (or a subclass iterating as one): its own array
        if (items.Length == 0 && cls == ts.Rt.TupleType) return ts.Rt.EmptyTuple;
        return NewTupleOfType(ts, cls, items);
    }

    /// <summary>repr(tuple), recursion-safe.</summary>
    public static string TupleRepr(PyThreadState ts, PyTuple t)
    {
        var items = t.Items;
        if (items.Length == 0) return "()";
        if (!ReprGuard.Enter(ts, t)) return "(...)";
        try
        {
            var sb = new StringBuilder("(");
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Repr(ts, items[i]));
            }
            if (items.Length == 1) sb.Append(',');
            return sb.Append(')').ToString();
        }
        finally
        {
            ReprGuard.Leave(ts, t);
        }
    }

    /// <summary>CPython's tuplehash (xxHash lanes over the item hashes).</summary>
    public static long TupleHash(PyThreadState ts, PyTuple t)
    {
        var items = t.Items;
        Span<long> hashes = items.Length <= 16 ? stackalloc long[items.Length] : new long[items.Length];
        for (int i = 0; i < items.Length; i++) hashes[i] = HashOf(ts, items[i]);
        return ContainerHashing.TupleHash(hashes);
    }

    /// <summary>hash(o), with None's constant CPython 3.12+ hash.</summary>
    internal static long HashOf(PyThreadState ts, PyObject o) =>
        ReferenceEquals(o, ts.Rt.None) ? ContainerHashing.NoneHash : Ops<TSync>.Hash(ts, o);

    /// <summary>t + o for two tuples (BinaryOp calls it directly for two exact tuples).</summary>
    internal static PyTuple TupleConcat(PyThreadState ts, PyTuple t, PyTuple o)
    {
        if (o.Count == 0 && t.Type == ts.Rt.TupleType) return t;
        if (t.Count == 0 && o.Type == ts.Rt.TupleType) return o;
        var r = new PyObject[t.Count + o.Count];
        t.Items.CopyTo(r, 0);
        o.Items.CopyTo(r, t.Count);
        return Ops<TSync>.NewTuple(ts, r);
    }

    internal static PyObject TupleCompare(PyThreadState ts, PyTuple v, PyTuple w, CompareOpArg op)
    {
        var a = v.Items;
        var b = w.Items;
        int i = 0;
        for (; i < a.Length && i < b.Length; i++)
        {
            if (ReferenceEquals(a[i], b[i])) continue;
            if (!Ops<TSync>.Eq(ts, a[i], b[i])) break;
        }
        if (i >= a.Length || i >= b.Length) return CompareSizes(ts.Rt, a.Length, b.Length, op);
        if (op == CompareOpArg.Eq) return ts.Rt.False;
        if (op == CompareOpArg.NotEq) return ts.Rt.True;
        return Ops<TSync>.RichCompare(ts, a[i], b[i], op);
    }

    private static PyTuple TupleRepeat(PyThreadState ts, PyTuple t, long n)
    {
        if (n == 1 && t.Type == ts.Rt.TupleType) return t;
        if (n <= 0 || t.Count == 0) return ts.Rt.EmptyTuple;
        if (n > (int.MaxValue - 64) / t.Count) throw ts.Rt.MemoryError(); // (divided: t.Count * n can overflow a long)
        var r = new PyObject[t.Count * n];
        for (long c = 0; c < n; c++) Array.Copy(t.Items, 0, r, c * t.Count, t.Count);
        return Ops<TSync>.NewTuple(ts, r);
    }
}
