// `set` and `frozenset` (CPython 3.13 Objects/setobject.c). The algorithms live in SetOps and
// reproduce CPython's table layout, so iteration order and repr match CPython for the same
// operations; frozenset hashes with CPython's frozenset_hash.
using System.Text;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class ContainerTypes<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallSet(PyThreadState ts, ContainerTypeTable tt)
    {
        var rt = ts.Rt;
        var st = rt.SetType;
        var ft = rt.FrozenSetType;

        st.New = (ts2, cls, a, kw) => AllocSet(ts2, cls);
        // set() / set(iterable): what set.__new__ then set.__init__ do for the exact type (TypeFastCalls.cs).
        st.FastCall = (ts2, a, kw) =>
        {
            if (kw is not null || a.Length > 1) return null;
            var s = AllocSet(ts2, ts2.Rt.SetType);
            if (a.Length == 0) return s;
            try
            {
                SetOps<TSync>.UpdateInternal(ts2, s, a[0], fresh: true);
            }
            catch (PyException)
            {
                ObjectLifecycle<TSync>.DropBorrowed(ts2, s);
                throw;
            }
            return s;
        };
        Def.StaticMethod(rt, st, "__new__", (ts2, a, kw) => AllocSet(ts2, CheckNewType(ts2, a, ts2.Rt.SetType, "set")));
        Def.Method(rt, st, "__init__", (ts2, a, kw) =>
        {
            var s = Self<PySet>(ts2, a, "set", "__init__");
            Args.NoKwargs(ts2, "set", kw);
            if (a.Length > 2) throw ts2.Rt.TypeError($"{s.Type.Name} expected at most 1 argument, got {a.Length - 1}");
            if (s._fill > 0) SetOps<TSync>.Clear(ts2, s);
            if (a.Length == 2) SetOps<TSync>.UpdateInternal(ts2, s, a[1]);
            return ts2.Rt.None;
        });
        ft.New = (ts2, cls, a, kw) => FrozenSetNew(ts2, cls, a, kw);
        Def.StaticMethod(rt, ft, "__new__", (ts2, a, kw) =>
        {
            var cls = CheckNewType(ts2, a, ts2.Rt.FrozenSetType, "frozenset");
            return FrozenSetNew(ts2, cls, a.Slice(1), kw);
        });

        foreach (var t in new[] { st, ft })
        {
            bool frozen = t == ft;
            string tn = t.Name;
            Def.Method(rt, t, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr(SetRepr(ts2, Self<PySet>(ts2, a, tn, "__repr__"))));
            Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(Self<PySet>(ts2, a, tn, "__len__").Count));
            Def.Method(rt, t, "__contains__", (ts2, a, kw) =>
            {
                OneArg(ts2, $"{tn}.__contains__", a, kw);
                var s = Self<PySet>(ts2, a, tn, "__contains__");
                return ts2.Rt.NewBool(SetOps<TSync>.LookKey(ts2, s, a[1], SetOps<TSync>.HashKeyAllowSet(ts2, a[1])) >= 0);
            });
            Def.Method(rt, t, "__iter__", (ts2, a, kw) => new SetIterator<TSync>(ts2, tt.SetIter, Self<PySet>(ts2, a, tn, "__iter__")));
            DefCompare(rt, t, tn, (ts2, a, b, op) => a is PySet x && b is PySet y ? SetCompare(ts2, x, y, op) : null);
            Def.Method(rt, t, "__sub__", (ts2, a, kw) => BothSets(a) ? SetOps<TSync>.Difference(ts2, (PySet)a[0], a[1]) : ts2.Rt.NotImplemented);
            Def.Method(rt, t, "__rsub__", (ts2, a, kw) => BothSets(a) ? SetOps<TSync>.Difference(ts2, (PySet)a[1], a[0]) : ts2.Rt.NotImplemented);
            Def.Method(rt, t, "__and__", (ts2, a, kw) => BothSets(a) ? SetOps<TSync>.Intersection(ts2, (PySet)a[0], a[1]) : ts2.Rt.NotImplemented);
            Def.Method(rt, t, "__rand__", (ts2, a, kw) => BothSets(a) ? SetOps<TSync>.Intersection(ts2, (PySet)a[1], a[0]) : ts2.Rt.NotImplemented);
            Def.Method(rt, t, "__or__", (ts2, a, kw) => BothSets(a) ? SetOr(ts2, (PySet)a[0], (PySet)a[1]) : ts2.Rt.NotImplemented);
            Def.Method(rt, t, "__ror__", (ts2, a, kw) => BothSets(a) ? SetOr(ts2, (PySet)a[1], (PySet)a[0]) : ts2.Rt.NotImplemented);
            Def.Method(rt, t, "__xor__", (ts2, a, kw) => BothSets(a) ? SetOps<TSync>.SymmetricDifference(ts2, (PySet)a[0], a[1]) : ts2.Rt.NotImplemented);
            Def.Method(rt, t, "__rxor__", (ts2, a, kw) => BothSets(a) ? SetOps<TSync>.SymmetricDifference(ts2, (PySet)a[1], a[0]) : ts2.Rt.NotImplemented);

            Def.Method(rt, t, "copy", (ts2, a, kw) =>
            {
                NoArgs(ts2, $"{tn}.copy", a, kw);
                var s = Self<PySet>(ts2, a, tn, "copy");
                if (frozen && s.Type == ts2.Rt.FrozenSetType) return s;
                return SetOps<TSync>.Copy(ts2, s);
            });
            Def.Method(rt, t, "union", (ts2, a, kw) =>
            {
                Args.NoKwargs(ts2, $"{tn}.union", kw);
                var s = Self<PySet>(ts2, a, tn, "union");
                var r = SetOps<TSync>.Copy(ts2, s);
                foreach (var o in a.Slice(1))
                    if (!ReferenceEquals(o, s)) SetOps<TSync>.UpdateInternal(ts2, r, o);
                return r;
            });
            Def.Method(rt, t, "intersection", (ts2, a, kw) =>
            {
                Args.NoKwargs(ts2, $"{tn}.intersection", kw);
                return SetOps<TSync>.IntersectionMulti(ts2, Self<PySet>(ts2, a, tn, "intersection"), a.Slice(1));
            });
            Def.Method(rt, t, "difference", (ts2, a, kw) =>
            {
                Args.NoKwargs(ts2, $"{tn}.difference", kw);
                return SetOps<TSync>.DifferenceMulti(ts2, Self<PySet>(ts2, a, tn, "difference"), a.Slice(1));
            });
            Def.Method(rt, t, "symmetric_difference", (ts2, a, kw) =>
            {
                OneArg(ts2, $"{tn}.symmetric_difference", a, kw);
                return SetOps<TSync>.SymmetricDifference(ts2, Self<PySet>(ts2, a, tn, "symmetric_difference"), a[1]);
            });
            Def.Method(rt, t, "issubset", (ts2, a, kw) =>
            {
                OneArg(ts2, $"{tn}.issubset", a, kw);
                return ts2.Rt.NewBool(SetOps<TSync>.IsSubset(ts2, Self<PySet>(ts2, a, tn, "issubset"), a[1]));
            });
            Def.Method(rt, t, "issuperset", (ts2, a, kw) =>
            {
                OneArg(ts2, $"{tn}.issuperset", a, kw);
                return ts2.Rt.NewBool(SetOps<TSync>.IsSuperset(ts2, Self<PySet>(ts2, a, tn, "issuperset"), a[1]));
            });
            Def.Method(rt, t, "isdisjoint", (ts2, a, kw) =>
            {
                OneArg(ts2, $"{tn}.isdisjoint", a, kw);
                return ts2.Rt.NewBool(SetOps<TSync>.IsDisjoint(ts2, Self<PySet>(ts2, a, tn, "isdisjoint"), a[1]));
            });
            Def.Method(rt, t, "__reduce__", (ts2, a, kw) =>
            {
                var s = Self<PySet>(ts2, a, tn, "__reduce__");
                var keys = Ops<TSync>.NewList(ts2, SetOps<TSync>.Entries(s, SetOps<TSync>.Snapshot(ts2, s)).Select(e => e.Key).ToArray());
                var state = Vm.Modules.PickleSupport<TSync>.StateOf(ts2, s);
                return Ops<TSync>.NewTuple(ts2, [s.Type, Ops<TSync>.NewTuple(ts2, [keys]), state]);
            });
            Def.Method(rt, t, "__sizeof__", (ts2, a, kw) =>
            {
                var s = Self<PySet>(ts2, a, tn, "__sizeof__");
                return ts2.Rt.NewInt(200 + (s.Table.Length > 8 ? 16L * s.Table.Length : 0));
            });
            DefClassGetItem(rt, t, tt);
        }

        Def.Value(rt, st.Dict, "__hash__", rt.None);
        Def.Method(rt, ft, "__hash__", (ts2, a, kw) => ts2.Rt.NewInt(ContainerHashing.FrozenSetHash(Self<PySet>(ts2, a, "frozenset", "__hash__"))));

        // Mutating methods: set only.
        // Method0/Method1: the eval loop's fixed-arity calls (Interpreter.BuiltinCalls.cs).
        Def.Method1(rt, st, "add", (ts2, s, x) =>
        {
            SetOps<TSync>.Add(ts2, (PySet)s, x);
            return ts2.Rt.None;
        });
        Def.Method1(rt, st, "discard", (ts2, s, x) =>
        {
            SetOps<TSync>.DiscardAllowSet(ts2, (PySet)s, x);
            return ts2.Rt.None;
        });
        Def.Method1(rt, st, "remove", (ts2, s, x) => SetOps<TSync>.Remove(ts2, (PySet)s, x));
        Def.Method0(rt, st, "pop", (ts2, s) =>
            SetOps<TSync>.Pop(ts2, (PySet)s) ?? throw ts2.Rt.Error("KeyError", "pop from an empty set"));
        Def.Method(rt, st, "clear", (ts2, a, kw) =>
        {
            NoArgs(ts2, "set.clear", a, kw);
            SetOps<TSync>.Clear(ts2, Self<PySet>(ts2, a, "set", "clear"));
            return ts2.Rt.None;
        });
        Def.Method(rt, st, "update", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "set.update", kw);
            var s = Self<PySet>(ts2, a, "set", "update");
            foreach (var o in a.Slice(1)) SetOps<TSync>.UpdateInternal(ts2, s, o);
            return ts2.Rt.None;
        });
        Def.Method(rt, st, "intersection_update", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "set.intersection_update", kw);
            SetOps<TSync>.IntersectionUpdate(ts2, Self<PySet>(ts2, a, "set", "intersection_update"), a.Slice(1));
            return ts2.Rt.None;
        });
        Def.Method(rt, st, "difference_update", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "set.difference_update", kw);
            var s = Self<PySet>(ts2, a, "set", "difference_update");
            foreach (var o in a.Slice(1)) SetOps<TSync>.DifferenceUpdate(ts2, s, o);
            return ts2.Rt.None;
        });
        Def.Method(rt, st, "symmetric_difference_update", (ts2, a, kw) =>
        {
            OneArg(ts2, "set.symmetric_difference_update", a, kw);
            SetOps<TSync>.SymmetricDifferenceUpdate(ts2, Self<PySet>(ts2, a, "set", "symmetric_difference_update"), a[1]);
            return ts2.Rt.None;
        });
        Def.Method(rt, st, "__ior__", (ts2, a, kw) =>
        {
            var s = Self<PySet>(ts2, a, "set", "__ior__");
            if (a[1] is not PySet) return ts2.Rt.NotImplemented;
            SetOps<TSync>.UpdateInternal(ts2, s, a[1]);
            return s;
        });
        Def.Method(rt, st, "__iand__", (ts2, a, kw) =>
        {
            var s = Self<PySet>(ts2, a, "set", "__iand__");
            if (a[1] is not PySet) return ts2.Rt.NotImplemented;
            SetOps<TSync>.IntersectionUpdate(ts2, s, [a[1]]);
            return s;
        });
        Def.Method(rt, st, "__isub__", (ts2, a, kw) =>
        {
            var s = Self<PySet>(ts2, a, "set", "__isub__");
            if (a[1] is not PySet) return ts2.Rt.NotImplemented;
            SetOps<TSync>.DifferenceUpdate(ts2, s, a[1]);
            return s;
        });
        Def.Method(rt, st, "__ixor__", (ts2, a, kw) =>
        {
            var s = Self<PySet>(ts2, a, "set", "__ixor__");
            if (a[1] is not PySet) return ts2.Rt.NotImplemented;
            SetOps<TSync>.SymmetricDifferenceUpdate(ts2, s, a[1]);
            return s;
        });
    }

    private static bool BothSets(ReadOnlySpan<PyObject> a) => a.Length == 2 && a[0] is PySet && a[1] is PySet;

    /// <summary>set_or: a copy of a updated with b.</summary>
    private static PySet SetOr(PyThreadState ts, PySet a, PySet b)
    {
        var r = SetOps<TSync>.Copy(ts, a);
        if (!ReferenceEquals(a, b)) SetOps<TSync>.UpdateInternal(ts, r, b);
        return r;
    }

    private static PySet FrozenSetNew(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        if ((kw?.Count ?? 0) > 0 && (cls == rt.FrozenSetType || ReferenceEquals(cls.Lookup(rt.Intern("__init__")), rt.ObjectType.Dict.GetStr(rt.Intern("__init__")))))
            throw rt.TypeError("frozenset() takes no keyword arguments");
        int npos = a.Length - (kw?.Count ?? 0);
        if (npos > 1) throw rt.TypeError($"{cls.Name} expected at most 1 argument, got {npos}");
        var iterable = npos == 1 ? a[0] : null;
        if (cls == rt.FrozenSetType && iterable is PySet fs && iterable.Type == rt.FrozenSetType) return fs;
        var s = AllocSet(ts, cls);
        if (iterable == null) return s;
        try
        {
            SetOps<TSync>.UpdateInternal(ts, s, iterable, fresh: true);
        }
        catch (PyException)
        {
            ObjectLifecycle<TSync>.DropBorrowed(ts, s); // the items it took go with it
            throw;
        }
        return s;
    }

    /// <summary>repr(set): "{1, 2}", "set()", "frozenset({1})", "MySet({1})"; recursion prints "set(...)".</summary>
    public static string SetRepr(PyThreadState ts, PySet s)
    {
        string tn = s.Type.Name;
        if (!ReprGuard.Enter(ts, s)) return $"{tn}(...)";
        try
        {
            var keys = SetOps<TSync>.Entries(s, SetOps<TSync>.Snapshot(ts, s));
            if (keys.Count == 0) return $"{tn}()";
            var sb = new StringBuilder();
            bool exact = s.Type == ts.Rt.SetType;
            if (!exact) sb.Append(tn).Append('(');
            sb.Append('{');
            for (int i = 0; i < keys.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Repr(ts, keys[i].Key));
            }
            sb.Append('}');
            if (!exact) sb.Append(')');
            return sb.ToString();
        }
        finally
        {
            ReprGuard.Leave(ts, s);
        }
    }

    /// <summary>set_richcompare: subset/superset semantics.</summary>
    private static PyObject SetCompare(PyThreadState ts, PySet v, PySet w, CompareOpArg op)
    {
        var rt = ts.Rt;
        switch (op)
        {
            case CompareOpArg.Eq:
                if (v.Count != w.Count) return rt.False;
                return rt.NewBool(SetOps<TSync>.IsSubset(ts, v, w));
            case CompareOpArg.NotEq:
                if (v.Count != w.Count) return rt.True;
                return rt.NewBool(!SetOps<TSync>.IsSubset(ts, v, w));
            case CompareOpArg.LtE:
                return rt.NewBool(SetOps<TSync>.IsSubset(ts, v, w));
            case CompareOpArg.GtE:
                return rt.NewBool(SetOps<TSync>.IsSuperset(ts, v, w));
            case CompareOpArg.Lt:
                if (v.Count >= w.Count) return rt.False;
                return rt.NewBool(SetOps<TSync>.IsSubset(ts, v, w));
            default:
                if (v.Count <= w.Count) return rt.False;
                return rt.NewBool(SetOps<TSync>.IsSuperset(ts, v, w));
        }
    }
}
