// types.UnionType: what `int | str` and `int | None` return (PEP 604). Its __args__ are
// flattened and deduplicated, None is stored as NoneType, a one-member union collapses to that
// member, and isinstance/issubclass accept it (but refuse one holding a parameterized generic).
using Vm.Builtins.Containers;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

/// <summary>A `X | Y` union of types: its flattened, deduplicated members.</summary>
public sealed class PyUnion : PyObject
{
    public readonly PyTuple Args;

    public PyUnion(PyType type, PyTuple args) : base(type) => Args = args;

    public override void CollectChildren(List<PyObject> sink) => sink.Add(Args);
}

public static class UnionTypes<TSync> where TSync : struct, ISyncPolicy
{
    public static PyType Type(PyRuntime rt) => rt.LazyType("types.UnionType", Create);

    /// <summary>`a | b` for types, None, generic aliases and unions; NotImplemented otherwise.</summary>
    public static PyObject Or(PyThreadState ts, PyObject a, PyObject b)
    {
        var rt = ts.Rt;
        if (!IsUnionable(ts, a) || !IsUnionable(ts, b)) return rt.NotImplemented;
        var members = new List<PyObject>();
        AddMembers(ts, members, a);
        AddMembers(ts, members, b);
        if (members.Count == 1) return members[0];
        var args = Ops<TSync>.NewTuple(ts, members.ToArray());
        ObjectLifecycle<TSync>.IncRef(ts, args);
        return new PyUnion(Type(rt), args);
    }

    /// <summary>isinstance/issubclass against a union: any member matches.</summary>
    public static IEnumerable<PyObject> MembersForCheck(PyThreadState ts, PyUnion u, string fname)
    {
        foreach (var m in u.Args.Items)
            if (m is PyGenericAlias) throw ts.Rt.TypeError($"{fname}() argument 2 cannot be a parameterized generic");
        return u.Args.Items;
    }

    private static bool IsUnionable(PyThreadState ts, PyObject o) =>
        ReferenceEquals(o, ts.Rt.None) || o is PyType or PyGenericAlias or PyUnion;

    private static void AddMembers(PyThreadState ts, List<PyObject> members, PyObject o)
    {
        if (o is PyUnion u)
        {
            foreach (var m in u.Args.Items) AddOne(ts, members, m);
            return;
        }
        AddOne(ts, members, ReferenceEquals(o, ts.Rt.None) ? ts.Rt.NoneType : o);
    }

    private static void AddOne(PyThreadState ts, List<PyObject> members, PyObject o)
    {
        foreach (var m in members)
            if (ReferenceEquals(m, o) || (m.Type == o.Type && o is not PyType && Ops<TSync>.Eq(ts, m, o))) return;
        members.Add(o);
    }

    private static PyType Create(PyRuntime rt)
    {
        var t = rt.NewBuiltinType("UnionType", null, TypeFlags.None);
        Def.Value(rt, t.Dict, "__module__", rt.NewStr("types"));
        Def.Getter(rt, t, "__args__", (ts2, o) => ((PyUnion)o).Args);
        Def.Getter(rt, t, "__parameters__", (ts2, o) => ts2.Rt.EmptyTuple);
        Def.Method(rt, t, "__or__", (ts2, a, kw) => Or(ts2, a[0], a[1]));
        Def.Method(rt, t, "__ror__", (ts2, a, kw) => Or(ts2, a[1], a[0]));
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var parts = ((PyUnion)a[0]).Args.Items.Select(m =>
                ReferenceEquals(m, ts2.Rt.NoneType) ? "None" : ContainerTypes<TSync>.AliasItemRepr(ts2, m));
            return ts2.Rt.NewStr(string.Join(" | ", parts));
        });
        Def.Method(rt, t, "__eq__", (ts2, a, kw) =>
        {
            if (a[1] is not PyUnion other) return ts2.Rt.NotImplemented;
            var mine = ((PyUnion)a[0]).Args.Items;
            return ts2.Rt.NewBool(mine.Length == other.Args.Items.Length
                && mine.All(m => other.Args.Items.Any(x => ReferenceEquals(x, m) || Ops<TSync>.Eq(ts2, x, m))));
        });
        Def.Method(rt, t, "__hash__", (ts2, a, kw) =>
        {
            long h = 0x345678;
            foreach (var m in ((PyUnion)a[0]).Args.Items) h ^= Ops<TSync>.Hash(ts2, m); // order-independent, like frozenset
            return ts2.Rt.NewInt(h == -1 ? -2 : h);
        });
        Def.Method(rt, t, "__instancecheck__", (ts2, a, kw) =>
        {
            var o = a[1];
            return ts2.Rt.NewBool(MembersForCheck(ts2, (PyUnion)a[0], "isinstance").Any(m => CoreBuiltins<TSync>.IsInstance(ts2, o, m)));
        });
        Def.Method(rt, t, "__subclasscheck__", (ts2, a, kw) =>
        {
            var sub = a[1];
            return ts2.Rt.NewBool(MembersForCheck(ts2, (PyUnion)a[0], "issubclass").Any(m => CoreBuiltins<TSync>.IsSubclass(ts2, sub, m)));
        });
        return t;
    }
}
