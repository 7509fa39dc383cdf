// The container types: list, tuple, dict (+ views), set, frozenset, range, slice and their
// iterators, with CPython 3.13's semantics and error messages. One partial file per type.
//
// Free threading: every mutation goes through ListOps/DictOps/SetOps, which hold the object's
// critical section and never run Python code (__eq__ excepted where CPython does the same, see
// SetOps) or decref released values while holding it. Reads are lock-free.
//
// The iterator types have no field on the runtime; they live in a ContainerTypeTable created by
// Install and captured by the closures that create iterators (so nothing is static).
using Vm.Builtins.Containers;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

/// <summary>The per-runtime iterator and helper types of the container builtins.</summary>
public sealed class ContainerTypeTable
{
    public PyType ListIter = null!, ListRevIter = null!, TupleIter = null!, RangeIter = null!, LongRangeIter = null!,
        SetIter = null!, DictKeyIter = null!, DictValueIter = null!, DictItemIter = null!, DictRevKeyIter = null!,
        DictRevValueIter = null!, DictRevItemIter = null!, GenericAlias = null!;
}

public static partial class ContainerTypes<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts)
    {
        var tt = new ContainerTypeTable();
        InstallIterators(ts, tt);
        InstallGenericAlias(ts, tt);
        InstallList(ts, tt);
        InstallTuple(ts, tt);
        InstallDict(ts, tt);
        InstallDictViews(ts, tt);
        InstallSet(ts, tt);
        InstallRange(ts, tt);
        InstallSlice(ts);
    }

    // ------------------------------------------------------------------ shared helpers

    /// <summary>The `self` of a method descriptor call, checked against the owning type.</summary>
    internal static T Self<T>(PyThreadState ts, ReadOnlySpan<PyObject> a, string owner, string method) where T : PyObject
    {
        if (a.Length > 0 && a[0] is T t) return t;
        if (a.Length == 0) throw ts.Rt.TypeError($"unbound method {owner}.{method}() needs an argument");
        throw ts.Rt.TypeError($"descriptor '{method}' for '{owner}' objects doesn't apply to a '{a[0].Type.Name}' object");
    }

    /// <summary>METH_NOARGS check: "list.copy() takes no arguments (1 given)".</summary>
    internal static void NoArgs(PyThreadState ts, string qualName, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKwargs(ts, qualName, kw);
        if (a.Length != 1) throw ts.Rt.TypeError($"{qualName}() takes no arguments ({a.Length - 1} given)");
    }

    /// <summary>METH_O check: "list.append() takes exactly one argument (0 given)".</summary>
    internal static void OneArg(PyThreadState ts, string qualName, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKwargs(ts, qualName, kw);
        if (a.Length != 2) throw ts.Rt.TypeError($"{qualName}() takes exactly one argument ({a.Length - 1} given)");
    }

    /// <summary>Positional-only arguments of a clinic method: "pop expected at most 1 argument, got 2".</summary>
    internal static void PosArgs(PyThreadState ts, string name, ReadOnlySpan<PyObject> a, PyTuple? kw, int min, int max)
    {
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, min, max);
    }

    /// <summary>repr(o) as a .NET string.</summary>
    internal static string Repr(PyThreadState ts, PyObject o) => Ops<TSync>.ReprValue(ts, o);

    /// <summary>Whether o supports __index__ (PyIndex_Check).</summary>
    internal static bool HasIndex(PyThreadState ts, PyObject o) =>
        o is PyInt || o.Type.Lookup(ts.Rt.Intern("__index__")) != null;

    /// <summary>PyNumber_AsSsize_t(o, IndexError): an index value, IndexError when it does not fit.</summary>
    internal static long AsIndex(PyThreadState ts, PyObject o)
    {
        var i = o as PyInt ?? Ops<TSync>.Index(ts, o);
        if (i.IsBig) throw ts.Rt.IndexError($"cannot fit '{o.Type.Name}' into an index-sized integer");
        return i.Small;
    }

    /// <summary>The repeat count of seq * n: an index (clamped), or a TypeError naming n's type.</summary>
    internal static long RepeatCount(PyThreadState ts, PyObject n)
    {
        if (!HasIndex(ts, n)) throw ts.Rt.TypeError($"can't multiply sequence by non-int of type '{n.Type.Name}'");
        var i = n as PyInt ?? Ops<TSync>.Index(ts, n);
        if (i.IsBig) throw ts.Rt.OverflowError($"cannot fit '{n.Type.Name}' into an index-sized integer");
        return i.Small;
    }

    /// <summary>
    /// CPython tries the right operand's reflected slot before a sequence's concat/repeat; the
    /// type dicts have only __add__/__mul__, so a sequence dunder asks the other operand itself.
    /// </summary>
    internal static PyObject? TryReflected(PyThreadState ts, PyObject self, PyObject other, string rname)
    {
        if (other.Type == self.Type) return null;
        var rm = other.Type.Lookup(ts.Rt.Intern(rname));
        if (rm == null) return null;
        // Builtin sequences implement * and + as sequence slots, which CPython does not try here.
        if (rm is PyBuiltinFunction && other is PyStr or PyBytes or PyByteArray or PyList or PyTuple) return null;
        if (ReferenceEquals(rm, self.Type.Lookup(ts.Rt.Intern(rname)))) return null;
        var r = Ops<TSync>.CallMethodDescr(ts, rm, other, [self]);
        return ReferenceEquals(r, ts.Rt.NotImplemented) ? null : r;
    }

    private static bool Flag(PyType t, TypeFlags f) => (t.Flags & f) != 0;

    /// <summary>Types that Python code cannot instantiate (iterators, views): "cannot create 'x' instances".</summary>
    internal static void NoNew(PyRuntime rt, PyType t)
    {
        var name = t.Name;
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) => throw ts2.Rt.TypeError($"cannot create '{name}' instances"));
    }

    /// <summary>A new list of type cls (a user subclass gets an instance dict or __slots__ storage).</summary>
    internal static PyList AllocList(PyThreadState ts, PyType cls) =>
        cls == ts.Rt.ListType ? new PyList(cls) : Flag(cls, TypeFlags.HasDict | TypeFlags.HasSlots) ? new PyListEx(cls) : new PyList(cls);

    internal static PyDict AllocDict(PyThreadState ts, PyType cls) =>
        cls == ts.Rt.DictType ? new PyDict(cls) : Flag(cls, TypeFlags.HasDict | TypeFlags.HasSlots) ? new PyDictEx(cls) : new PyDict(cls);

    internal static PySet AllocSet(PyThreadState ts, PyType cls) =>
        cls == ts.Rt.SetType || cls == ts.Rt.FrozenSetType ? new PySet(cls, ts.Rt.SetDummy)
        : Flag(cls, TypeFlags.HasDict | TypeFlags.HasSlots) ? new PySetEx(cls, ts.Rt.SetDummy) : new PySet(cls, ts.Rt.SetDummy);

    /// <summary>A tuple of type cls owning counted references to items.</summary>
    internal static PyTuple NewTupleOfType(PyThreadState ts, PyType cls, PyObject[] items)
    {
        if (cls == ts.Rt.TupleType) return Ops<TSync>.NewTuple(ts, items);
        foreach (var o in items) ObjectLifecycle<TSync>.IncRef(ts, o);
        return Flag(cls, TypeFlags.HasDict) ? new PyTupleEx(cls, items) : new PyTuple(cls, items);
    }

    /// <summary>cls(...).__class_getitem__ for list/dict/tuple/set/frozenset/...: a GenericAlias.</summary>
    private static void DefClassGetItem(PyRuntime rt, PyType t, ContainerTypeTable tt)
    {
        Def.ClassMethod(rt, t, "__class_getitem__", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "__class_getitem__", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"__class_getitem__() takes exactly one argument ({a.Length - 1} given)");
            var args = a[1] is PyTuple at && a[1].Type == ts2.Rt.TupleType ? at : Ops<TSync>.NewTuple(ts2, [a[1]]);
            var ga = new PyGenericAlias(tt.GenericAlias, a[0], args);
            ObjectLifecycle<TSync>.IncRef(ts2, a[0]);
            ObjectLifecycle<TSync>.IncRef(ts2, args);
            return ga;
        });
    }

    private static void InstallGenericAlias(PyThreadState ts, ContainerTypeTable tt)
    {
        var rt = ts.Rt;
        var t = tt.GenericAlias = rt.NewBuiltinType("GenericAlias", null, TypeFlags.None);
        Def.Value(rt, t.Dict, "__module__", rt.NewStr("types"));
        t.New = (ts2, cls, a, kw) =>
        {
            if (kw != null && kw.Count > 0) throw ts2.Rt.TypeError("GenericAlias() takes no keyword arguments");
            if (a.Length != 2) throw ts2.Rt.TypeError($"GenericAlias expected 2 arguments, got {a.Length}");
            var args = a[1] is PyTuple at && a[1].Type == ts2.Rt.TupleType ? at : Ops<TSync>.NewTuple(ts2, [a[1]]);
            ObjectLifecycle<TSync>.IncRef(ts2, a[0]);
            ObjectLifecycle<TSync>.IncRef(ts2, args);
            return new PyGenericAlias(tt.GenericAlias, a[0], args);
        };
        Def.NewCallsNative(rt, t);
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var g = (PyGenericAlias)a[0];
            var parts = new List<string>();
            foreach (var x in g.Args.Items) parts.Add(AliasItemRepr(ts2, x));
            if (g.Args.Count == 0) parts.Add("()");
            return ts2.Rt.NewStr($"{AliasItemRepr(ts2, g.Origin)}[{string.Join(", ", parts)}]");
        });
        Def.Method(rt, t, "__call__", (ts2, a, kw) =>
        {
            var g = (PyGenericAlias)a[0];
            return Ops<TSync>.Call(ts2, g.Origin, a.Slice(1), kw);
        });
        Def.Method(rt, t, "__eq__", (ts2, a, kw) =>
        {
            if (a[1] is not PyGenericAlias o) return ts2.Rt.NotImplemented;
            var g = (PyGenericAlias)a[0];
            return ts2.Rt.NewBool(Ops<TSync>.Eq(ts2, g.Origin, o.Origin) && Ops<TSync>.Eq(ts2, g.Args, o.Args));
        });
        Def.Method(rt, t, "__hash__", (ts2, a, kw) =>
        {
            var g = (PyGenericAlias)a[0];
            return ts2.Rt.NewInt(Ops<TSync>.Hash(ts2, g.Origin) ^ Ops<TSync>.Hash(ts2, g.Args));
        });
        Def.Getter(rt, t, "__origin__", (ts2, o) => ((PyGenericAlias)o).Origin);
        Def.Getter(rt, t, "__args__", (ts2, o) => ((PyGenericAlias)o).Args);
        Def.Getter(rt, t, "__parameters__", (ts2, o) => ts2.Rt.EmptyTuple);
        // PEP 560: `class A(list[int])` subclasses list (and records list[int] in __orig_bases__).
        Def.Method(rt, t, "__mro_entries__", (ts2, a, kw) =>
        {
            if (a.Length != 2) throw ts2.Rt.TypeError($"__mro_entries__() takes exactly one argument ({a.Length - 1} given)");
            return Ops<TSync>.NewTuple(ts2, [((PyGenericAlias)a[0]).Origin]);
        });
        Def.Method(rt, t, "__or__", (ts2, a, kw) => UnionTypes<TSync>.Or(ts2, a[0], a[1]));
        Def.Method(rt, t, "__ror__", (ts2, a, kw) => UnionTypes<TSync>.Or(ts2, a[1], a[0]));
        Def.Method(rt, t, "__instancecheck__", (ts2, a, kw) => throw ts2.Rt.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        Def.Method(rt, t, "__subclasscheck__", (ts2, a, kw) => throw ts2.Rt.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
    }

    public static string AliasItemRepr(PyThreadState ts, PyObject o)
    {
        if (ReferenceEquals(o, ts.Rt.Ellipsis)) return "...";
        if (o is PyType t)
        {
            var mod = t.Dict.GetStr(ts.Rt.Intern("__module__")) as PyStr;
            return mod == null || mod.Value == "builtins" ? t.QualName : $"{mod.Value}.{t.QualName}";
        }
        return Repr(ts, o);
    }
}
