// Methods of `object` and `type`, the instance allocator, and the function-like types
// (function, method, builtin_function_or_method, property, staticmethod, classmethod, super,
// generator, module, cell, code, NoneType, NotImplementedType, ellipsis).
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class CoreTypes<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts)
    {
        var rt = ts.Rt;
        InstallObject(ts);
        InstallType(ts);
        ExceptionsSetup<TSync>.InstallMethods(ts);
        InstallFunctionTypes(ts);
        InstallSingletons(ts);
    }

    /// <summary>Allocates an instance of cls whose layout comes from its solid base.</summary>
    public static PyObject AllocInstance(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var rt = ts.Rt;
        var solid = cls.SolidBase ?? rt.ObjectType;
        if (solid != rt.ObjectType && solid.New != null && solid != cls) return solid.New(ts, cls, args, kw);
        var inst = new PyInstance(cls);
        if (cls.SlotNames != null && cls.SlotNames.Length > 0) inst.Slots = new PyObject?[cls.SlotNames.Length];
        return inst;
    }

    private static void InstallObject(PyThreadState ts)
    {
        var rt = ts.Rt;
        var o = rt.ObjectType;
        o.New = AllocInstance;
        Def.StaticMethod(rt, o, "__new__", (ts2, a, kw) =>
        {
            if (a.Length == 0) throw ts2.Rt.TypeError("object.__new__(): not enough arguments");
            if (a[0] is not PyType cls) throw ts2.Rt.TypeError($"object.__new__(X): X is not a type object ({a[0].Type.Name})");
            if (a.Length > 1 || (kw?.Count ?? 0) > 0)
            {
                // Excess arguments are an error unless __init__ is overridden (and __new__ is not).
                bool initOverridden = !ReferenceEquals(cls.Lookup(ts2.Rt.S.__init__), ts2.Rt.ObjectType.Dict.GetStr(ts2.Rt.S.__init__));
                bool newOverridden = !ReferenceEquals(cls.Lookup(ts2.Rt.S.__new__), ts2.Rt.ObjectType.Dict.GetStr(ts2.Rt.S.__new__));
                if (newOverridden || !initOverridden)
                    throw ts2.Rt.TypeError($"{cls.Name}() takes no arguments");
            }
            if ((cls.Flags & TypeFlags.Abstract) != 0) throw ts2.Rt.TypeError($"Can't instantiate abstract class {cls.Name}");
            var n = cls.New ?? AllocInstance;
            return n(ts2, cls, a.Slice(1), kw);
        });
        Def.Method(rt, o, "__init__", (ts2, a, kw) =>
        {
            if (a.Length > 1 || (kw?.Count ?? 0) > 0)
            {
                var cls = a[0].Type;
                bool initOverridden = !ReferenceEquals(cls.Lookup(ts2.Rt.S.__init__), ts2.Rt.ObjectType.Dict.GetStr(ts2.Rt.S.__init__));
                bool newOverridden = !ReferenceEquals(cls.Lookup(ts2.Rt.S.__new__), ts2.Rt.ObjectType.Dict.GetStr(ts2.Rt.S.__new__));
                if (initOverridden) throw ts2.Rt.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
                if (!newOverridden) throw ts2.Rt.TypeError($"{cls.Name}.__init__() takes exactly one argument (the instance to initialize)");
            }
            return ts2.Rt.None;
        });
        Def.Method(rt, o, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr(Ops<TSync>.DefaultRepr(ts2, a[0])));
        Def.Method(rt, o, "__str__", (ts2, a, kw) => Ops<TSync>.Repr(ts2, a[0]));
        Def.Method(rt, o, "__format__", (ts2, a, kw) =>
        {
            var spec = a[1] as PyStr ?? throw ts2.Rt.TypeError("format spec must be a str");
            if (spec.Value.Length > 0)
                throw ts2.Rt.TypeError($"unsupported format string passed to {a[0].Type.Name}.__format__");
            return Ops<TSync>.Str(ts2, a[0]);
        });
        Def.Method(rt, o, "__eq__", (ts2, a, kw) => ReferenceEquals(a[0], a[1]) ? ts2.Rt.True : ts2.Rt.NotImplemented);
        Def.Method(rt, o, "__ne__", (ts2, a, kw) =>
        {
            var eq = a[0].Type.Lookup(ts2.Rt.Intern("__eq__"));
            if (eq == null) return ts2.Rt.NotImplemented;
            var r = Ops<TSync>.CallMethodDescr(ts2, eq, a[0], [a[1]]);
            if (ReferenceEquals(r, ts2.Rt.NotImplemented)) return r;
            return Ops<TSync>.IsTrue(ts2, r) ? ts2.Rt.False : ts2.Rt.True;
        });
        foreach (var cmp in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            Def.Method(rt, o, cmp, (ts2, a, kw) => ts2.Rt.NotImplemented);
        Def.Method(rt, o, "__hash__", (ts2, a, kw) => ts2.Rt.NewInt((long)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]) >> 0));
        Def.Method(rt, o, "__getattribute__", (ts2, a, kw) =>
        {
            if (a[1] is not PyStr name) throw ts2.Rt.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            var r = a[0] is PyType t ? Ops<TSync>.TypeGetAttr(ts2, t, name) : Ops<TSync>.GenericGetAttr(ts2, a[0], name);
            return r ?? throw Ops<TSync>.AttributeErrorFor(ts2, a[0], name);
        });
        Def.Method(rt, o, "__setattr__", (ts2, a, kw) =>
        {
            if (a[1] is not PyStr name) throw ts2.Rt.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            Ops<TSync>.GenericSetAttr(ts2, a[0], name, a[2]);
            return ts2.Rt.None;
        });
        Def.Method(rt, o, "__delattr__", (ts2, a, kw) =>
        {
            if (a[1] is not PyStr name) throw ts2.Rt.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            Ops<TSync>.GenericSetAttr(ts2, a[0], name, null);
            return ts2.Rt.None;
        });
        Def.ClassMethod(rt, o, "__init_subclass__", (ts2, a, kw) =>
        {
            if ((kw?.Count ?? 0) > 0 || a.Length > 1)
                throw ts2.Rt.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no keyword arguments");
            return ts2.Rt.None;
        });
        Def.ClassMethod(rt, o, "__subclasshook__", (ts2, a, kw) => ts2.Rt.NotImplemented);
        Def.Method(rt, o, "__dir__", (ts2, a, kw) => Ops<TSync>.NewList(ts2, DirOf(ts2, a[0]).ToArray()));
        Def.Method(rt, o, "__sizeof__", (ts2, a, kw) => ts2.Rt.NewInt(16));
        Def.Method(rt, o, "__reduce_ex__", (ts2, a, kw) => throw ts2.Rt.TypeError($"cannot pickle '{a[0].Type.Name}' object"));
        Def.Getter(rt, o, "__class__", (ts2, x) => x.Type, (ts2, x, v) =>
        {
            if (v is not PyType nt) throw ts2.Rt.TypeError($"__class__ must be set to a class, not '{v?.Type.Name}' object");
            if (!nt.IsHeapType || !x.Type.IsHeapType)
                throw ts2.Rt.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            if (!SameInstanceLayout(ts2.Rt, x.Type, nt))
                throw ts2.Rt.TypeError($"__class__ assignment: '{nt.Name}' object layout differs from '{x.Type.Name}'");
            if (x.GetType() == typeof(PyInstance)) InstanceDictOps<TSync>.SetClass(ts2, (PyInstance)x, nt);
            else x.Type = nt;
        });
        Def.Getter(rt, o, "__dict__", (ts2, x) =>
        {
            if (x.GetType() == typeof(PyInstance))
                return InstanceDictOps<TSync>.GetOrCreateDict(ts2, (PyInstance)x)
                    ?? throw ts2.Rt.AttributeError($"'{x.Type.Name}' object has no attribute '__dict__'");
            if (x is IHasDict hd)
            {
                if (hd.Dict == null && (x is PyInstance || x.Type.IsHeapType) && !x.Type.HasInstanceDict()) // a __slots__ class without __dict__
                    throw ts2.Rt.AttributeError($"'{x.Type.Name}' object has no attribute '__dict__'");
                return Ops<TSync>.GetOrCreateDict(ts2, x, hd);
            }
            throw ts2.Rt.AttributeError($"'{x.Type.Name}' object has no attribute '__dict__'");
        }, (ts2, x, v) =>
        {
            if (x.GetType() == typeof(PyInstance) && v is PyDict nd)
                InstanceDictOps<TSync>.SetDict(ts2, (PyInstance)x, nd);
            else if (x is IHasDict hd && v is PyDict d)
                Ops<TSync>.ReplaceDict(ts2, x, hd, d);
            else throw ts2.Rt.TypeError(v is PyDict ? "__dict__ must be set to a dictionary" : $"__dict__ must be set to a dictionary, not a '{v!.Type.Name}'");
        });
        Def.Value(rt, o.Dict, "__doc__", rt.NewStr("The base class of the class hierarchy."));
    }

    /// <summary>dir(o): instance dict keys plus attributes of the type's MRO, sorted.</summary>
    public static List<PyObject> DirOf(PyThreadState ts, PyObject o)
    {
        var names = new HashSet<string>();
        if (o is PyInstance inst && inst.GetType() == typeof(PyInstance))
            InstanceDictOps<TSync>.AddOwnNames(inst, names); // dir() reads the values without materialising
        else if (o is IHasDict { Dict: { } d }) foreach (var kv in d.Snapshot()) if (kv.Key is PyStr s) names.Add(s.Value);
        var objectType = ts.Rt.ObjectType;
        foreach (var m in o is PyType t ? t.Mro : o.Type.Mro)
            foreach (var kv in m.Dict.Snapshot())
                // object's own __dict__ descriptor serves the builtin types that carry a dict; CPython's
                // object has none, so dir(object) and a __slots__ class do not list it.
                if (kv.Key is PyStr s && !(ReferenceEquals(m, objectType) && s.Value == "__dict__")) names.Add(s.Value);
        var list = names.ToList();
        list.Sort(StringComparer.Ordinal);
        return list.Select(n => (PyObject)ts.Rt.NewStr(n)).ToList();
    }

    /// <summary>
    /// CPython's compatible_for_assignment (typeobject.c) in this object model: an instance's
    /// layout is its builtin solid base (its .NET class and native state), its slot array
    /// (SlotNames by position: a slot descriptor of either class reads the same element), and
    /// whether it carries a __dict__ and weak references. Readers of an object whose __class__ is
    /// being assigned may see either type: with the same layout, each type's descriptors read
    /// the object correctly (an exact instance's inline values are materialised before the new
    /// type is published, InstanceDictOps.SetClass).
    /// </summary>
    private static bool SameInstanceLayout(PyRuntime rt, PyType a, PyType b)
    {
        if ((a.SolidBase ?? rt.ObjectType) != (b.SolidBase ?? rt.ObjectType)) return false;
        if (a.HasInstanceDict() != b.HasInstanceDict()) return false;
        var weakref = rt.Intern("__weakref__");
        if ((a.Lookup(weakref) != null) != (b.Lookup(weakref) != null)) return false;
        return (a.SlotNames ?? []).AsSpan().SequenceEqual(b.SlotNames ?? []);
    }
}
