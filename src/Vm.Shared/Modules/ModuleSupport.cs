// Small helpers shared by the native stdlib modules: module creation, argument conversion with
// CPython's messages (PyFloat_AsDouble, PyNumber_Index), and instance layouts for user
// subclasses of native module types.
using System.Numerics;
using Vm.Builtins;
using Vm.Builtins.Formatting;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

/// <summary>A native object with .NET state and an instance __dict__ (user subclasses, or types whose instances take attributes).</summary>
public sealed class PyNativeEx<T> : PyNative<T>, IHasDict, IHasSlots where T : class
{
    public PyDict? Dict { get; set; }
    private PyObject?[]? _slots;
    public ref PyObject?[]? SlotStorage => ref _slots;

    public PyNativeEx(PyType type, T state) : base(type, state) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        base.CollectChildren(sink);
        SlotStorageOps.CollectSlots(_slots, sink);
        if (Dict != null) sink.Add(Dict);
        if (State is IHasChildren hc) hc.CollectChildren(sink);
    }
}

/// <summary>Native state that holds counted references (released when the owner is deallocated).</summary>
public interface IHasChildren
{
    void CollectChildren(List<PyObject> sink);
}

/// <summary>A native object whose state holds counted references.</summary>
public sealed class PyNativeHolder<T> : PyNative<T> where T : class
{
    public PyNativeHolder(PyType type, T state) : base(type, state) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        if (State is IHasChildren hc) hc.CollectChildren(sink);
    }
}

public static class ModuleSupport<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>A new module object and its dict.</summary>
    public static PyModule NewModule(PyRuntime rt, string name, out PyDict d)
    {
        d = rt.NewModuleDict(name, null);
        return new PyModule(rt.ModuleType, name, d);
    }

    /// <summary>A module's exception class (binascii.Error, ...): a Python class with `__module__` set.</summary>
    public static PyType NewExceptionType(PyThreadState ts, string module, string name, PyType baseType)
    {
        var ns = Ops<TSync>.NewDict(ts);
        DictOps<TSync>.SetItem(ts, ns, ts.Rt.Intern("__module__"), ts.Rt.NewStr(module));
        return TypeOps<TSync>.NewClass(ts, ts.Rt.TypeType, name, [baseType], ns, null);
    }

    /// <summary>Allocates a native object: the plain layout for the exact type, one with a __dict__ for subclasses.</summary>
    public static PyNative<T> Alloc<T>(PyType cls, PyType exact, T state) where T : class =>
        cls == exact ? new PyNativeHolder<T>(cls, state) : new PyNativeEx<T>(cls, state);

    /// <summary>The native state of self (args[0]) with CPython's descriptor error.</summary>
    public static T Self<T>(PyThreadState ts, ReadOnlySpan<PyObject> a, string typeName, string method) where T : class
    {
        if (a.Length > 0 && a[0] is PyNative<T> n) return n.State;
        var got = a.Length > 0 ? a[0].Type.Name : "nothing";
        throw ts.Rt.TypeError($"descriptor '{method}' for '{typeName}' objects doesn't apply to a '{got}' object");
    }

    /// <summary>PyFloat_AsDouble: float, int, __float__, __index__; else "must be real number, not X".</summary>
    public static double ToDouble(PyThreadState ts, PyObject v)
    {
        var rt = ts.Rt;
        switch (v)
        {
            case PyFloat f: return f.Value;
            case PyInt i:
                if (!i.IsBig) return i.Small;
                if (!IntMath.TryToDouble(i, out double d)) throw rt.OverflowError("int too large to convert to float");
                return d;
        }
        var m = v.Type.Lookup(rt.Intern("__float__"));
        if (m != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, m, v, []);
            if (r is PyFloat rf) return rf.Value;
            throw rt.TypeError($"{v.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (v.Type.Lookup(rt.Intern("__index__")) != null) return ToDouble(ts, Ops<TSync>.Index(ts, v));
        throw rt.TypeError($"must be real number, not {v.Type.Name}");
    }

    /// <summary>PyNumber_Index as a BigInteger.</summary>
    public static BigInteger ToBig(PyThreadState ts, PyObject v)
    {
        if (v is PyInt i) return i.Big;
        return Ops<TSync>.Index(ts, v).Big;
    }

    /// <summary>PyNumber_Index as a long (OverflowError when it does not fit).</summary>
    public static long ToLong(PyThreadState ts, PyObject v)
    {
        var i = v as PyInt ?? Ops<TSync>.Index(ts, v);
        if (i.IsBig) throw ts.Rt.OverflowError("Python int too large to convert to C long");
        return i.Small;
    }

    /// <summary>An index as a Py_ssize_t (OverflowError: "cannot fit 'int' into an index-sized integer").</summary>
    public static long ToSsize(PyThreadState ts, PyObject v)
    {
        var i = v as PyInt ?? Ops<TSync>.Index(ts, v);
        if (i.IsBig) throw ts.Rt.Error("OverflowError", $"cannot fit '{v.Type.Name}' into an index-sized integer");
        return i.Small;
    }

    public static PyObject Int(PyRuntime rt, BigInteger v) => rt.NewInt(v);

    /// <summary>The keyword argument `name` if given (kwnames are the last entries of args).</summary>
    public static PyObject? Kw(ReadOnlySpan<PyObject> a, PyTuple? kwnames, string name)
    {
        if (kwnames == null) return null;
        int n = kwnames.Count;
        for (int i = 0; i < n; i++)
            if (((PyStr)kwnames.Items[i]).Value == name) return a[a.Length - n + i];
        return null;
    }

    /// <summary>Number of positional arguments.</summary>
    public static int NPos(ReadOnlySpan<PyObject> a, PyTuple? kwnames) => a.Length - (kwnames?.Count ?? 0);

    /// <summary>Defines a type's constructor (tp_new) and __new__ from one allocator.</summary>
    public static void Ctor(PyRuntime rt, PyType t, NativeNew create)
    {
        t.New = create;
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw ts2.Rt.TypeError($"{t.Name}.__new__(X): X is not a type object");
            if (!cls.IsSubtypeOf(t)) throw ts2.Rt.TypeError($"{t.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {t.Name}");
            return create(ts2, cls, a.Slice(1), kw);
        });
    }

    /// <summary>Sets __module__ on a native type so repr shows module.Name.</summary>
    public static void SetModule(PyRuntime rt, PyType t, string module) => Def.Value(rt, t.Dict, "__module__", rt.NewStr(module));

    /// <summary>Python's repr of a float.</summary>
    public static string FloatRepr(double d) => Vm.Builtins.Formatting.FloatRepr.Repr(d);
}
