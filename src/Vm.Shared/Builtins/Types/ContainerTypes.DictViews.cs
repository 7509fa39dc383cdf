// dict_keys / dict_values / dict_items (CPython 3.13 dictobject.c, "dict views"): live views
// with len, iteration (forward and reversed), membership, repr, and for keys/items the set
// operations and set comparisons. Also `mappingproxy` (the read-only wrapper `.mapping` returns).
using System.Text;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

/// <summary>A read-only proxy of a mapping (`types.MappingProxyType`).</summary>
public sealed class PyMappingProxy : PyObject
{
    public readonly PyObject Mapping;

    public PyMappingProxy(PyType type, PyObject mapping) : base(type)
    {
        Mapping = mapping;
    }

    public override void CollectChildren(List<PyObject> sink) => sink.Add(Mapping);
}

public static partial class ContainerTypes<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallDictViews(PyThreadState ts, ContainerTypeTable tt)
    {
        var rt = ts.Rt;
        var proxyType = MappingProxyType(rt);
        foreach (var (t, kind) in new[] { (rt.DictKeysType, DictViewKind.Keys), (rt.DictValuesType, DictViewKind.Values), (rt.DictItemsType, DictViewKind.Items) })
        {
            var vt = t;
            var k = kind;
            string name = vt.Name;
            NoNew(rt, vt);
            Def.Method(rt, vt, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(View(ts2, a, name).Dict.Count));
            Def.Method(rt, vt, "__iter__", (ts2, a, kw) =>
            {
                var v = View(ts2, a, name);
                var itype = k switch { DictViewKind.Keys => tt.DictKeyIter, DictViewKind.Values => tt.DictValueIter, _ => tt.DictItemIter };
                return new DictIterator<TSync>(ts2, itype, v.Dict, (DictIterKind)k, false);
            });
            Def.Method(rt, vt, "__reversed__", (ts2, a, kw) =>
            {
                var v = View(ts2, a, name);
                var itype = k switch { DictViewKind.Keys => tt.DictRevKeyIter, DictViewKind.Values => tt.DictRevValueIter, _ => tt.DictRevItemIter };
                return new DictIterator<TSync>(ts2, itype, v.Dict, (DictIterKind)k, true);
            });
            Def.Method(rt, vt, "__repr__", (ts2, a, kw) =>
            {
                var v = View(ts2, a, name);
                if (!ReprGuard.Enter(ts2, v)) return ts2.Rt.NewStr("...");
                try
                {
                    var items = ViewItems(ts2, v);
                    var sb = new StringBuilder(v.Type.Name).Append("([");
                    for (int i = 0; i < items.Count; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        sb.Append(Repr(ts2, items[i]));
                    }
                    return ts2.Rt.NewStr(sb.Append("])").ToString());
                }
                finally
                {
                    ReprGuard.Leave(ts2, v);
                }
            });
            Def.Getter(rt, vt, "mapping", (ts2, o) =>
            {
                var p = new PyMappingProxy(proxyType, ((PyDictView)o).Dict);
                ObjectLifecycle<TSync>.IncRef(ts2, ((PyDictView)o).Dict);
                return p;
            });
            if (kind == DictViewKind.Values) continue;

            Def.Method(rt, vt, "__contains__", (ts2, a, kw) => ts2.Rt.NewBool(ViewContains(ts2, View(ts2, a, name), a[1])));
            Def.Value(rt, vt.Dict, "__hash__", rt.None);
            DefCompare(rt, vt, name, (ts2, a, b, op) => ViewCompare(ts2, a, b, op));
            Def.Method(rt, vt, "__sub__", (ts2, a, kw) => ViewSub(ts2, a[0], a[1]));
            Def.Method(rt, vt, "__rsub__", (ts2, a, kw) => ViewSub(ts2, a[1], a[0]));
            Def.Method(rt, vt, "__and__", (ts2, a, kw) => ViewAnd(ts2, a[0], a[1]));
            Def.Method(rt, vt, "__rand__", (ts2, a, kw) => ViewAnd(ts2, a[1], a[0]));
            Def.Method(rt, vt, "__or__", (ts2, a, kw) => ViewOr(ts2, a[0], a[1]));
            Def.Method(rt, vt, "__ror__", (ts2, a, kw) => ViewOr(ts2, a[1], a[0]));
            Def.Method(rt, vt, "__xor__", (ts2, a, kw) => ViewXor(ts2, a[0], a[1]));
            Def.Method(rt, vt, "__rxor__", (ts2, a, kw) => ViewXor(ts2, a[1], a[0]));
            Def.Method(rt, vt, "isdisjoint", (ts2, a, kw) =>
            {
                OneArg(ts2, $"{name}.isdisjoint", a, kw);
                return ts2.Rt.NewBool(ViewIsDisjoint(ts2, View(ts2, a, name), a[1]));
            });
        }
    }

    private static PyDictView View(PyThreadState ts, ReadOnlySpan<PyObject> a, string name) => Self<PyDictView>(ts, a, name, "method");

    /// <summary>The view's current items as a list (keys, values or (key, value) tuples).</summary>
    private static List<PyObject> ViewItems(PyThreadState ts, PyDictView v)
    {
        var res = new List<PyObject>(v.Dict.Count);
        foreach (var (k, _, val) in DictOps<TSync>.EntriesWithHash(v.Dict))
        {
            res.Add(v.Kind switch
            {
                DictViewKind.Keys => k,
                DictViewKind.Values => val,
                _ => Ops<TSync>.NewTuple(ts, [k, val]),
            });
        }
        return res;
    }

    private static bool IsViewSet(PyObject o) => o is PyDictView { Kind: not DictViewKind.Values };

    private static bool ViewContains(PyThreadState ts, PyDictView v, PyObject x)
    {
        if (v.Kind == DictViewKind.Keys) return DictOps<TSync>.GetItemOrNull(ts, v.Dict, x) != null;
        if (x is not PyTuple t || t.Count != 2) return false;
        var found = DictOps<TSync>.GetItemOrNull(ts, v.Dict, t.Items[0]);
        return found != null && Ops<TSync>.Eq(ts, found, t.Items[1]);
    }

    /// <summary>dictviews_to_set: set(dict) for a keys view of an exact dict, else set(iter(o)).</summary>
    private static PySet ViewToSet(PyThreadState ts, PyObject o)
    {
        var s = Ops<TSync>.NewSet(ts);
        PyObject src = o is PyDictView { Kind: DictViewKind.Keys } kv && kv.Dict.Type == ts.Rt.DictType ? kv.Dict : o;
        SetOps<TSync>.UpdateInternal(ts, s, src);
        return s;
    }

    private static PyObject ViewSub(PyThreadState ts, PyObject self, PyObject other)
    {
        var r = ViewToSet(ts, self);
        SetOps<TSync>.DifferenceUpdate(ts, r, other);
        return r;
    }

    private static PyObject ViewOr(PyThreadState ts, PyObject self, PyObject other)
    {
        var r = ViewToSet(ts, self);
        SetOps<TSync>.UpdateInternal(ts, r, other);
        return r;
    }

    private static PyObject ViewXor(PyThreadState ts, PyObject self, PyObject other)
    {
        if (self is PyDictView { Kind: DictViewKind.Items } a && other is PyDictView { Kind: DictViewKind.Items } b)
            return ItemsXor(ts, a.Dict, b.Dict);
        var r = ViewToSet(ts, self);
        SetOps<TSync>.SymmetricDifferenceUpdate(ts, r, other);
        return r;
    }

    /// <summary>dictitems_xor: pairs of d1 not matched in d2 and pairs of d2 not matched in d1.</summary>
    private static PyObject ItemsXor(PyThreadState ts, PyDict d1, PyDict d2)
    {
        var temp = DictOps<TSync>.Copy(ts, d1);
        var result = Ops<TSync>.NewSet(ts);
        foreach (var (key, h, val2) in DictOps<TSync>.EntriesWithHash(d2))
        {
            var val1 = DictOps<TSync>.GetKnownHash(ts, temp, key, h);
            bool toDelete = val1 != null && Ops<TSync>.Eq(ts, val1, val2);
            if (toDelete) DictOps<TSync>.Delete(ts, temp, key);
            else SetOps<TSync>.Add(ts, result, Ops<TSync>.NewTuple(ts, [key, val2]));
        }
        foreach (var (k, _, v) in DictOps<TSync>.EntriesWithHash(temp))
            SetOps<TSync>.Add(ts, result, Ops<TSync>.NewTuple(ts, [k, v]));
        return result;
    }

    /// <summary>_PyDictView_Intersect.</summary>
    private static PyObject ViewAnd(PyThreadState ts, PyObject self, PyObject other)
    {
        if (!IsViewSet(self)) (self, other) = (other, self);
        var sv = (PyDictView)self;
        long lenSelf = sv.Dict.Count;
        if (other is PySet os && other.Type == ts.Rt.SetType && lenSelf <= os.Count)
            return SetOps<TSync>.IntersectionMulti(ts, os, [self]);
        if (IsViewSet(other) && ((PyDictView)other).Dict.Count > lenSelf)
        {
            (self, other) = (other, self);
            sv = (PyDictView)self;
        }
        var result = Ops<TSync>.NewSet(ts);
        var it = Ops<TSync>.GetIter(ts, other);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } key)
                if (!ViewContains(ts, sv, key) || !SetOps<TSync>.Add(ts, result, key)) Ops<TSync>.Drop(ts, key); // (fresh items: items view pairs)
            return result;
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, other);
        }
    }

    private static bool ViewIsDisjoint(PyThreadState ts, PyDictView self, PyObject other)
    {
        if (ReferenceEquals(self, other)) return self.Dict.Count == 0;
        PyObject s = self, o = other;
        if (other is PySet || IsViewSet(other))
        {
            long lenOther = Ops<TSync>.Len(ts, other);
            if (lenOther > self.Dict.Count) (s, o) = (other, self);
        }
        var it = Ops<TSync>.GetIter(ts, o);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } item)
            {
                bool found = Ops<TSync>.Contains(ts, s, item);
                Ops<TSync>.Drop(ts, item);
                if (found) return false;
            }
            return true;
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, o);
        }
    }

    private static bool AllContainedIn(PyThreadState ts, PyObject self, PyObject other)
    {
        var it = Ops<TSync>.GetIter(ts, self);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } item)
            {
                bool found = Ops<TSync>.Contains(ts, other, item);
                Ops<TSync>.Drop(ts, item);
                if (!found) return false;
            }
            return true;
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, self);
        }
    }

    /// <summary>dictview_richcompare: set-like comparison with sets and keys/items views.</summary>
    private static PyObject? ViewCompare(PyThreadState ts, PyObject self, PyObject other, CompareOpArg op)
    {
        if (other is not PySet && !IsViewSet(other)) return null;
        long lenSelf = Ops<TSync>.Len(ts, self);
        long lenOther = Ops<TSync>.Len(ts, other);
        bool ok = false;
        switch (op)
        {
            case CompareOpArg.Eq:
            case CompareOpArg.NotEq:
                if (lenSelf == lenOther) ok = AllContainedIn(ts, self, other);
                if (op == CompareOpArg.NotEq) ok = !ok;
                break;
            case CompareOpArg.Lt:
                if (lenSelf < lenOther) ok = AllContainedIn(ts, self, other);
                break;
            case CompareOpArg.LtE:
                if (lenSelf <= lenOther) ok = AllContainedIn(ts, self, other);
                break;
            case CompareOpArg.Gt:
                if (lenSelf > lenOther) ok = AllContainedIn(ts, other, self);
                break;
            case CompareOpArg.GtE:
                if (lenSelf >= lenOther) ok = AllContainedIn(ts, other, self);
                break;
        }
        return ts.Rt.NewBool(ok);
    }

    /// <summary>`mappingproxy`: read-only access to a mapping (`cls.__dict__`, `dict.keys().mapping`).</summary>
    public static PyType MappingProxyType(PyRuntime rt) => rt.LazyType("mappingproxy", CreateMappingProxy);

    /// <summary>A read-only proxy over <paramref name="mapping"/>, holding a counted reference.</summary>
    public static PyMappingProxy NewMappingProxy(PyThreadState ts, PyObject mapping)
    {
        ObjectLifecycle<TSync>.IncRef(ts, mapping);
        return new PyMappingProxy(MappingProxyType(ts.Rt), mapping);
    }

    private static PyType CreateMappingProxy(PyRuntime rt)
    {
        var t = rt.NewBuiltinType("mappingproxy", null, TypeFlags.None);
        t.New = (ts2, cls, a, kw) =>
        {
            if (a.Length != 1) throw ts2.Rt.TypeError($"mappingproxy() missing required argument 'mapping' (pos 1)");
            var m = a[0];
            if (m is PyList || m is PyTuple || m.Type.Lookup(ts2.Rt.Intern("__getitem__")) == null || m.Type.Lookup(ts2.Rt.Intern("keys")) == null)
                throw ts2.Rt.TypeError($"mappingproxy() argument must be a mapping, not {m.Type.Name}");
            ObjectLifecycle<TSync>.IncRef(ts2, m);
            return new PyMappingProxy(cls, m);
        };
        Def.NewCallsNative(rt, t);
        static PyObject M(PyObject o) => ((PyMappingProxy)o).Mapping;
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) => Ops<TSync>.GetItem(ts2, M(a[0]), a[1]));
        Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(Ops<TSync>.Len(ts2, M(a[0]))));
        Def.Method(rt, t, "__iter__", (ts2, a, kw) => Ops<TSync>.GetIter(ts2, M(a[0])));
        Def.Method(rt, t, "__reversed__", (ts2, a, kw) => Ops<TSync>.CallMethod(ts2, M(a[0]), "__reversed__", []));
        Def.Method(rt, t, "__contains__", (ts2, a, kw) => ts2.Rt.NewBool(Ops<TSync>.Contains(ts2, M(a[0]), a[1])));
        Def.Method(rt, t, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr($"mappingproxy({Repr(ts2, M(a[0]))})"));
        Def.Method(rt, t, "__str__", (ts2, a, kw) => Ops<TSync>.Str(ts2, M(a[0])));
        Def.Method(rt, t, "__eq__", (ts2, a, kw) => Ops<TSync>.RichCompare(ts2, M(a[0]), a[1] is PyMappingProxy p ? p.Mapping : a[1], CompareOpArg.Eq));
        Def.Method(rt, t, "__ne__", (ts2, a, kw) => Ops<TSync>.RichCompare(ts2, M(a[0]), a[1] is PyMappingProxy p ? p.Mapping : a[1], CompareOpArg.NotEq));
        Def.Method(rt, t, "__or__", (ts2, a, kw) =>
            a[0] is PyMappingProxy p ? Ops<TSync>.BinaryOp(ts2, p.Mapping, a[1], BinaryOpArg.Or) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__ror__", (ts2, a, kw) => Ops<TSync>.BinaryOp(ts2, a[1], M(a[0]), BinaryOpArg.Or));
        Def.Method(rt, t, "get", (ts2, a, kw) =>
        {
            PosArgs(ts2, "get", a, kw, 1, 2);
            return Ops<TSync>.CallMethod(ts2, M(a[0]), "get", a.Slice(1));
        });
        foreach (var name in new[] { "keys", "values", "items", "copy" })
        {
            var n = name;
            Def.Method(rt, t, n, (ts2, a, kw) =>
            {
                NoArgs(ts2, $"mappingproxy.{n}", a, kw);
                return Ops<TSync>.CallMethod(ts2, M(a[0]), n, []);
            });
        }
        Def.Value(rt, t.Dict, "__hash__", rt.None);
        return t;
    }
}
