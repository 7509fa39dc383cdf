// `dict` (CPython 3.13 Objects/dictobject.c): insertion-ordered. Writers go through DictOps
// (critical section held; hashes computed before locking; old values released after unlocking);
// readers (get, __contains__, iteration, repr) are lock-free.
using System.Text;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class ContainerTypes<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallDict(PyThreadState ts, ContainerTypeTable tt)
    {
        var rt = ts.Rt;
        var t = rt.DictType;
        t.New = (ts2, cls, a, kw) => AllocDict(ts2, cls);
        // dict(...): what dict.__new__ then dict.__init__ do for the exact type (TypeFastCalls.cs).
        t.FastCall = (ts2, a, kw) =>
        {
            var d = new PyDict(ts2.Rt.DictType);
            if (a.Length == 0) return d;
            try
            {
                DictUpdateCommon(ts2, d, a, kw, "dict");
            }
            catch (PyException)
            {
                ObjectLifecycle<TSync>.DropBorrowed(ts2, d); // as type.__call__ drops an instance whose __init__ failed
                throw;
            }
            return d;
        };
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) => AllocDict(ts2, CheckNewType(ts2, a, ts2.Rt.DictType, "dict")));
        Def.Method(rt, t, "__init__", (ts2, a, kw) =>
        {
            var d = Self<PyDict>(ts2, a, "dict", "__init__");
            DictUpdateCommon(ts2, d, a.Slice(1), kw, "dict");
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr(DictRepr(ts2, Self<PyDict>(ts2, a, "dict", "__repr__"))));
        Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(Self<PyDict>(ts2, a, "dict", "__len__").Count));
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) =>
        {
            var d = Self<PyDict>(ts2, a, "dict", "__getitem__");
            if (a.Length != 2) throw ts2.Rt.TypeError($"expected 1 argument, got {a.Length - 1}");
            return DictOps<TSync>.GetItem(ts2, d, a[1]);
        });
        Def.Method(rt, t, "__setitem__", (ts2, a, kw) =>
        {
            var d = Self<PyDict>(ts2, a, "dict", "__setitem__");
            if (a.Length != 3) throw ts2.Rt.TypeError($"expected 2 arguments, got {a.Length - 1}");
            DictOps<TSync>.SetItem(ts2, d, a[1], a[2]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__delitem__", (ts2, a, kw) =>
        {
            var d = Self<PyDict>(ts2, a, "dict", "__delitem__");
            if (a.Length != 2) throw ts2.Rt.TypeError($"expected 1 argument, got {a.Length - 1}");
            if (!DictOps<TSync>.Delete(ts2, d, a[1])) throw DictOps<TSync>.KeyError(ts2, a[1]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__contains__", (ts2, a, kw) =>
        {
            OneArg(ts2, "dict.__contains__", a, kw);
            return ts2.Rt.NewBool(DictOps<TSync>.GetItemOrNull(ts2, Self<PyDict>(ts2, a, "dict", "__contains__"), a[1]) != null);
        });
        Def.Method(rt, t, "__iter__", (ts2, a, kw) =>
            new DictIterator<TSync>(ts2, tt.DictKeyIter, Self<PyDict>(ts2, a, "dict", "__iter__"), DictIterKind.Keys, false));
        Def.Method(rt, t, "__reversed__", (ts2, a, kw) =>
        {
            NoArgs(ts2, "dict.__reversed__", a, kw);
            return new DictIterator<TSync>(ts2, tt.DictRevKeyIter, Self<PyDict>(ts2, a, "dict", "__reversed__"), DictIterKind.Keys, true);
        });
        DefCompare(rt, t, "dict", (ts2, a, b, op) =>
        {
            if (a is not PyDict x || b is not PyDict y) return null;
            if (op == CompareOpArg.Eq) return ts2.Rt.NewBool(DictOps<TSync>.Equal(ts2, x, y));
            if (op == CompareOpArg.NotEq) return ts2.Rt.NewBool(!DictOps<TSync>.Equal(ts2, x, y));
            return null;
        });
        Def.Value(rt, t.Dict, "__hash__", rt.None);
        Def.Method(rt, t, "__or__", (ts2, a, kw) =>
        {
            if (a[0] is not PyDict x || a[1] is not PyDict) return ts2.Rt.NotImplemented;
            var r = DictOps<TSync>.Copy(ts2, x);
            DictOps<TSync>.UpdateArg(ts2, r, a[1]);
            return r;
        });
        Def.Method(rt, t, "__ror__", (ts2, a, kw) =>
        {
            if (a[0] is not PyDict || a[1] is not PyDict y) return ts2.Rt.NotImplemented;
            var r = DictOps<TSync>.Copy(ts2, y);
            DictOps<TSync>.UpdateArg(ts2, r, a[0]);
            return r;
        });
        Def.Method(rt, t, "__ior__", (ts2, a, kw) =>
        {
            var d = Self<PyDict>(ts2, a, "dict", "__ior__");
            DictOps<TSync>.UpdateArg(ts2, d, a[1]);
            return d;
        });

        Def.Method0(rt, t, "keys", (ts2, s) => NewView(ts2, ts2.Rt.DictKeysType, (PyDict)s, DictViewKind.Keys)); // Fast1: Interpreter.BuiltinCalls.cs
        Def.Method0(rt, t, "values", (ts2, s) => NewView(ts2, ts2.Rt.DictValuesType, (PyDict)s, DictViewKind.Values)); // Fast1: Interpreter.BuiltinCalls.cs
        Def.Method0(rt, t, "items", (ts2, s) => NewView(ts2, ts2.Rt.DictItemsType, (PyDict)s, DictViewKind.Items)); // Fast1: Interpreter.BuiltinCalls.cs
        Def.Method(rt, t, "get", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "dict.get", kw);
            Args.Count(ts2, "get", a.Length - 1, 1, 2);
            var d = Self<PyDict>(ts2, a, "dict", "get");
            return DictOps<TSync>.GetItemOrNull(ts2, d, a[1]) ?? (a.Length > 2 ? a[2] : ts2.Rt.None);
        }).Intrinsic = BuiltinIntrinsic.DictGet; // the eval loop looks up an exact dict inline (Interpreter.BuiltinCalls.cs)
        var setdefault = Def.Method(rt, t, "setdefault", (ts2, a, kw) =>
        {
            PosArgs(ts2, "setdefault", a, kw, 1, 2);
            var d = Self<PyDict>(ts2, a, "dict", "setdefault");
            return DictOps<TSync>.SetDefault(ts2, d, a[1], a.Length > 2 ? a[2] : ts2.Rt.None);
        });
        setdefault.Fast2 = (ts2, s, k) => DictOps<TSync>.SetDefault(ts2, (PyDict)s, k, ts2.Rt.None);
        setdefault.Fast3 = (ts2, s, k, v) => DictOps<TSync>.SetDefault(ts2, (PyDict)s, k, v);
        var pop = Def.Method(rt, t, "pop", (ts2, a, kw) =>
        {
            PosArgs(ts2, "pop", a, kw, 1, 2);
            return DictPop(ts2, Self<PyDict>(ts2, a, "dict", "pop"), a[1], a.Length > 2 ? a[2] : null);
        });
        pop.Fast2 = (ts2, s, k) => DictPop(ts2, (PyDict)s, k, null);
        pop.Fast3 = (ts2, s, k, dflt) => DictPop(ts2, (PyDict)s, k, dflt);
        Def.Method(rt, t, "popitem", (ts2, a, kw) =>
        {
            NoArgs(ts2, "dict.popitem", a, kw);
            var (k, v) = DictOps<TSync>.PopItem(ts2, Self<PyDict>(ts2, a, "dict", "popitem"));
            return Ops<TSync>.NewTuple(ts2, [k, v]);
        });
        Def.Method(rt, t, "update", (ts2, a, kw) =>
        {
            var d = Self<PyDict>(ts2, a, "dict", "update");
            DictUpdateCommon(ts2, d, a.Slice(1), kw, "update");
            return ts2.Rt.None;
        });
        Def.Method0(rt, t, "clear", (ts2, s) =>
        {
            DictOps<TSync>.Clear(ts2, (PyDict)s);
            return ts2.Rt.None;
        });
        Def.Method0(rt, t, "copy", (ts2, s) => DictOps<TSync>.Copy(ts2, (PyDict)s));
        Def.ClassMethod(rt, t, "fromkeys", (ts2, a, kw) =>
        {
            PosArgs(ts2, "fromkeys", a, kw, 1, 2);
            return FromKeys(ts2, a[0], a[1], a.Length > 2 ? a[2] : ts2.Rt.None);
        });
        Def.Method(rt, t, "__sizeof__", (ts2, a, kw) =>
        {
            NoArgs(ts2, "dict.__sizeof__", a, kw);
            // CPython's table size (DictTable.LogicalSize), not what this dict allocated for it
            var t = Self<PyDict>(ts2, a, "dict", "__sizeof__").Table;
            return ts2.Rt.NewInt(48 + 8L * t.LogicalSize + 24L * t.Usable);
        });
        DefClassGetItem(rt, t, tt);
    }

    /// <summary>dict_update_common: at most one positional argument (mapping or pairs), then the keywords.</summary>
    private static void DictUpdateCommon(PyThreadState ts, PyDict d, ReadOnlySpan<PyObject> args, PyTuple? kw, string fname)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) throw ts.Rt.TypeError($"{fname} expected at most 1 argument, got {npos}");
        if (npos == 1)
        {
            // The argument is held while its keys(), __getitem__ and iteration run: a fresh mapping
            // (`d.update(M())`) was freed by the bound method that HasAttr made and dropped.
            Holds<TSync>.Hold(ts, args[0]);
            try
            {
                DictOps<TSync>.UpdateArg(ts, d, args[0]);
            }
            finally
            {
                Holds<TSync>.GiveBack(ts, args[0]);
            }
        }
        for (int i = 0; i < nkw; i++) DictOps<TSync>.SetItem(ts, d, kw!.Items[i], args[npos + i]);
    }

    /// <summary>dict.fromkeys(iterable, value): cls() filled through __setitem__ unless it is an exact dict.</summary>
    private static PyObject FromKeys(PyThreadState ts, PyObject cls, PyObject iterable, PyObject value)
    {
        var d = Ops<TSync>.Call(ts, cls, [], null);
        try
        {
            return FillFromKeys(ts, d, iterable, value);
        }
        catch (PyException)
        {
            ObjectLifecycle<TSync>.DropBorrowed(ts, d); // the keys it took go with it
            throw;
        }
    }

    private static PyObject FillFromKeys(PyThreadState ts, PyObject d, PyObject iterable, PyObject value)
    {
        if (d is PyDict pd && d.Type == ts.Rt.DictType)
        {
            if (iterable is PyDict src && iterable.Type == ts.Rt.DictType)
            {
                foreach (var (k, h, _) in DictOps<TSync>.EntriesWithHash(src)) DictOps<TSync>.SetItem(ts, pd, k, h, value);
                return d;
            }
            if (iterable is PySet ss)
            {
                foreach (var (k, h) in SetOps<TSync>.Entries(ss, SetOps<TSync>.Snapshot(ts, ss))) DictOps<TSync>.SetItem(ts, pd, k, h, value);
                return d;
            }
            var it0 = Ops<TSync>.GetIter(ts, iterable);
            try
            {
                while (Ops<TSync>.Next(ts, it0) is { } k) DictOps<TSync>.SetItem(ts, pd, k, value);
                return d;
            }
            finally
            {
                Ops<TSync>.DropIterator(ts, it0, iterable);
            }
        }
        var it = Ops<TSync>.GetIter(ts, iterable);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } k) Ops<TSync>.SetItem(ts, d, k, value);
            return d;
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, iterable);
        }
    }

    /// <summary>repr(dict), recursion-safe.</summary>
    public static string DictRepr(PyThreadState ts, PyDict d)
    {
        if (d.Count == 0) return "{}";
        if (!ReprGuard.Enter(ts, d)) return "{...}";
        try
        {
            var sb = new StringBuilder("{");
            bool first = true;
            TSync.EnsureSharedOnRead(ts, d); // reads d's table lock-free (Runtime/Pools/DictTablePool.cs)
            var t = d.Table;
            for (int pos = 0; ; pos++)
            {
                // Re-read the table each step: a __repr__ may mutate the dict.
                t = d.Table;
                pos = d.NextEntry(ref t, pos, out var k, out var v);
                if (pos < 0) break;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Repr(ts, k)).Append(": ").Append(Repr(ts, v));
            }
            return sb.Append('}').ToString();
        }
        finally
        {
            ReprGuard.Leave(ts, d);
        }
    }

    private static PyDictView NewView(PyThreadState ts, PyType type, PyDict d, DictViewKind kind)
    {
        var v = new PyDictView(type, d, kind);
        ObjectLifecycle<TSync>.IncRef(ts, d);
        return v;
    }

    /// <summary>dict.pop(k[, default]) once its arguments are checked (null: the KeyError is pending).</summary>
    private static PyObject? DictPop(PyThreadState ts, PyDict d, PyObject k, PyObject? dflt)
    {
        if (d.Count == 0 && dflt != null) return dflt; // CPython: an empty dict never hashes the key
        var v = DictOps<TSync>.Pop(ts, d, k);
        if (v != null) return v;
        if (dflt != null) return dflt;
        return ts.RaisePending(DictOps<TSync>.KeyError(ts, k));
    }
}
