using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

// The Python-visible side of two descriptors the runtime makes for builtin types, as CPython 3.13's
// descrobject.c shows them: getset_descriptor (PyGetSetDescriptor: int.real, type.__name__, ...) and
// classmethod_descriptor (a builtin class method in its type's dict: dict.fromkeys, int.from_bytes).
// Attribute access does not go through these methods (Ops.BindDescriptor and GenericSetAttr handle the
// .NET classes directly); they are what `d.__get__(o)`, `repr(d)` and `d.__name__` reach, with the
// same results.
public static partial class CoreTypes<TSync>
{
    private static void InstallBuiltinDescriptors(PyThreadState ts)
    {
        var rt = ts.Rt;
        var g = rt.GetSetDescriptorType;
        // __set__ and __delete__ get their argument checks from Def.Method (slot wrappers).
        Def.Method(rt, g, "__get__", (ts2, a, kw) =>
        {
            var gs = (PyGetSetDescriptor)a[0];
            return DescriptorGetTarget(ts2, a, kw) is { } obj ? gs.Getter(ts2, GetSetTarget(ts2, gs, obj)) : gs;
        });
        Def.Method(rt, g, "__set__", (ts2, a, kw) =>
        {
            GetSetStore(ts2, (PyGetSetDescriptor)a[0], a[1], a[2]);
            return ts2.Rt.None;
        });
        Def.Method(rt, g, "__delete__", (ts2, a, kw) =>
        {
            GetSetStore(ts2, (PyGetSetDescriptor)a[0], a[1], null);
            return ts2.Rt.None;
        });
        Def.Method(rt, g, "__repr__", (ts2, a, kw) =>
        {
            var gs = (PyGetSetDescriptor)a[0];
            return ts2.Rt.NewStr($"<{(gs.ReadOnlyMember ? "member" : "attribute")} '{gs.Name}' of '{gs.OwnerType.Name}' objects>");
        });
        Def.Getter(rt, g, "__objclass__", (ts2, o) => ((PyGetSetDescriptor)o).OwnerType);
        Def.Getter(rt, g, "__name__", (ts2, o) => ts2.Rt.NewStr(((PyGetSetDescriptor)o).Name));
        Def.Getter(rt, g, "__qualname__", (ts2, o) => ts2.Rt.NewStr(((PyGetSetDescriptor)o).OwnerType.Name + "." + ((PyGetSetDescriptor)o).Name));

        var c = rt.ClassMethodDescriptorType;
        Def.Method(rt, c, "__get__", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "__get__", kw);
            Args.Count(ts2, "", a.Length - 1, 1, 2);
            var w = (PyMethodWrapper)a[0];
            var none = ts2.Rt.None;
            bool noType = a.Length < 3 || ReferenceEquals(a[2], none);
            if (noType && ReferenceEquals(a[1], none)) throw ts2.Rt.TypeError("__get__(None, None) is invalid");
            var tp = ClassMethodTarget(ts2, w, noType ? a[1].Type : a[2]);
            return Ops<TSync>.BindMethodWrapper(ts2, w, tp);
        });
        Def.Method(rt, c, "__call__", (ts2, a, kw) =>
        {
            var w = (PyMethodWrapper)a[0];
            if (a.Length < 2) throw ts2.Rt.TypeError($"descriptor '{ClassMethodName(w)}' of '{ClassMethodOwner(w).Name}' object needs an argument");
            ClassMethodTarget(ts2, w, a[1]);
            return Ops<TSync>.Call(ts2, w.Callable, a.Slice(1), kw);
        });
        Def.Method(rt, c, "__repr__", (ts2, a, kw) =>
        {
            var w = (PyMethodWrapper)a[0];
            return ts2.Rt.NewStr($"<method '{ClassMethodName(w)}' of '{ClassMethodOwner(w).Name}' objects>");
        });
        Def.Getter(rt, c, "__objclass__", (ts2, o) => ClassMethodOwner((PyMethodWrapper)o));
        Def.Getter(rt, c, "__name__", (ts2, o) => ts2.Rt.NewStr(ClassMethodName((PyMethodWrapper)o)));
        Def.Getter(rt, c, "__qualname__", (ts2, o) => ts2.Rt.NewStr(ClassMethodOwner((PyMethodWrapper)o).Name + "." + ClassMethodName((PyMethodWrapper)o)));
        Def.Getter(rt, c, "__doc__", (ts2, o) => ((PyBuiltinFunction)((PyMethodWrapper)o).Callable).Doc is { } d ? ts2.Rt.NewStr(d) : ts2.Rt.None);
    }

    private static PyType ClassMethodOwner(PyMethodWrapper w) => ((PyBuiltinFunction)w.Callable).StaticOwner!;

    private static string ClassMethodName(PyMethodWrapper w) => ((PyBuiltinFunction)w.Callable).Name;

    /// <summary>The class a classmethod_descriptor binds to or is called with, checked as CPython's classmethod_get.</summary>
    private static PyType ClassMethodTarget(PyThreadState ts, PyMethodWrapper w, PyObject type)
    {
        var owner = ClassMethodOwner(w);
        if (type is not PyType tp)
            throw ts.Rt.TypeError($"descriptor '{ClassMethodName(w)}' for type '{owner.Name}' needs a type, not a '{type.Type.Name}' as arg 2");
        if (!tp.IsSubtypeOf(owner))
            throw ts.Rt.TypeError($"descriptor '{ClassMethodName(w)}' requires a subtype of '{owner.Name}' but received '{tp.Name}'");
        return tp;
    }

    /// <summary>
    /// The object descr.__get__(obj, type=None) reads from, after CPython's argument checks: null when
    /// obj is None and a type is given (the descriptor itself is the result).
    /// </summary>
    internal static PyObject? DescriptorGetTarget(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKwargs(ts, "__get__", kw);
        Args.Count(ts, "", a.Length - 1, 1, 2);
        var none = ts.Rt.None;
        if (!ReferenceEquals(a[1], none)) return a[1];
        if (a.Length < 3 || ReferenceEquals(a[2], none)) throw ts.Rt.TypeError("__get__(None, None) is invalid");
        return null;
    }

    /// <summary>obj when the getset descriptor applies to it, else CPython's descr_check TypeError.</summary>
    private static PyObject GetSetTarget(PyThreadState ts, PyGetSetDescriptor gs, PyObject obj) =>
        obj.Type.IsSubtypeOf(gs.OwnerType) ? obj
            : throw ts.Rt.TypeError($"descriptor '{gs.Name}' for '{gs.OwnerType.Name}' objects doesn't apply to a '{obj.Type.Name}' object");

    /// <summary>getset_descriptor.__set__ / __delete__ (value null): what assigning the attribute does.</summary>
    private static void GetSetStore(PyThreadState ts, PyGetSetDescriptor gs, PyObject obj, PyObject? value)
    {
        obj = GetSetTarget(ts, gs, obj);
        if (gs.Setter == null)
            throw ts.Rt.AttributeError(gs.ReadOnlyMember ? "readonly attribute" : $"attribute '{gs.Name}' of '{gs.OwnerType.Name}' objects is not writable");
        gs.Setter(ts, obj, value);
    }
}
