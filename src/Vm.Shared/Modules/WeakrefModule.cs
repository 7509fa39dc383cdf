// The _weakref module: weakref.ref (the runtime's WeakRefType, registry in Runtime/Finalization.cs),
// getweakrefcount/getweakrefs. Callbacks fire when the referent's count reaches zero. Proxies,
// WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize are in Lib/weakref.py.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class WeakrefModule<TSync> where TSync : struct, ISyncPolicy
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyRuntime, object> s_installed = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyWeakRef, object> s_hashes = new();

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "_weakref", out var d);
        InstallRefType(ts);
        Def.Value(rt, d, "ref", rt.WeakRefType);
        Def.Value(rt, d, "ReferenceType", rt.WeakRefType);
        Def.Function(rt, d, "getweakrefcount", (ts2, a, kw) =>
        {
            Args.Count(ts2, "getweakrefcount", a.Length, 1, 1);
            return ts2.Rt.NewInt(WeakRefs<TSync>.Count(ts2, a[0]));
        }, "_weakref");
        Def.Function(rt, d, "getweakrefs", (ts2, a, kw) =>
        {
            Args.Count(ts2, "getweakrefs", a.Length, 1, 1);
            if (!ts2.Rt.WeakRefTable.TryGetValue(a[0], out var list)) return Ops<TSync>.NewList(ts2);
            PyObject[] refs;
            lock (list) refs = list.Where(r => !r.Dead).Cast<PyObject>().ToArray();
            return Ops<TSync>.NewList(ts2, refs);
        }, "_weakref");
        Def.Function(rt, d, "_check_weakrefable", (ts2, a, kw) =>
        {
            CheckWeakrefable(ts2, a[0]);
            return ts2.Rt.None;
        }, "_weakref");
        Def.Function(rt, d, "_remove_dead_weakref", (ts2, a, kw) =>
        {
            if (a[0] is PyDict dct)
            {
                var v = DictOps<TSync>.GetItemOrNull(ts2, dct, a[1]);
                if (v is PyWeakRef wr && wr.Get() == null) DictOps<TSync>.Delete(ts2, dct, a[1]);
            }
            return ts2.Rt.None;
        }, "_weakref");
        return m;
    }

    /// <summary>
    /// The builtin base of heap type t (the first non-heap class of its MRO) gives its instances
    /// weak references itself (CPython: a nonzero tp_weaklistoffset): set, frozenset and the
    /// native types of extension modules (deque, the io classes, array, partial).
    /// </summary>
    public static bool NativeWeakrefBase(PyRuntime rt, PyType t)
    {
        foreach (var b in t.Mro)
        {
            if (b.IsHeapType) continue;
            if (b == rt.SetType || b == rt.FrozenSetType) return true;
            return b != rt.ObjectType && b.Dict.GetStr(rt.Intern("__module__")) is PyStr { Value: not "builtins" };
        }
        return false;
    }

    /// <summary>CPython allows weak references to objects whose type has a __weakref__ slot.</summary>
    public static void CheckWeakrefable(PyThreadState ts, PyObject o)
    {
        var rt = ts.Rt;
        bool ok = o switch
        {
            PyInstance or PyType or PyFunction or PyModule or PyMethod or PyGenerator or PyBaseException or PyCode => true,
            PySet => true,
            PyIterBase => true,
            PyBuiltinFunction => true,
            PyProperty or PyMethodWrapper => false,
            PyNative<object> => false,
            _ => false,
        };
        if (!ok)
        {
            // Instances of user subclasses of builtins (list, dict, int, ...) carry a __dict__ and may be referenced.
            if (o.Type.IsHeapType) ok = true;
            else if (o.GetType().IsGenericType && o.GetType().GetGenericTypeDefinition() is { } g
                     && (g == typeof(PyNative<>) || g == typeof(PyNativeEx<>) || g == typeof(PyNativeHolder<>))) ok = true;
            else if (o is PyWeakRef) ok = true;
        }
        if (ReferenceEquals(o, rt.None) || o is PyBool) ok = false;
        // A class with __slots__ and no '__weakref__' slot gives its instances none, unless its
        // builtin base has weak references of its own (set, frozenset, deque, the io types).
        if (o.Type.IsHeapType && (o.Type.Flags & TypeFlags.HasSlots) != 0 && o.Type.Lookup(rt.Intern("__weakref__")) == null
            && !NativeWeakrefBase(rt, o.Type)) ok = false;
        if (!ok) throw rt.TypeError($"cannot create weak reference to '{o.Type.Name}' object");
    }

    private static void InstallRefType(PyThreadState ts)
    {
        var rt = ts.Rt;
        lock (s_installed)
        {
            if (s_installed.TryGetValue(rt, out _)) return;
            s_installed.Add(rt, new object());
        }
        var t = rt.WeakRefType;
        t.Name = "ReferenceType";
        Def.Value(rt, t.Dict, "__module__", rt.NewStr("weakref"));
        NativeNew create = (ts2, cls, a, kw) =>
        {
            int npos = ModuleSupport<TSync>.NPos(a, kw);
            if (npos < 1 || npos > 2) throw ts2.Rt.TypeError($"__new__ expected at most 2 arguments, got {npos}");
            var target = a[0];
            PyObject? cb = npos > 1 && !ReferenceEquals(a[1], ts2.Rt.None) ? a[1] : null;
            CheckWeakrefable(ts2, target);
            if (cb == null && cls == ts2.Rt.WeakRefType && ts2.Rt.WeakRefTable.TryGetValue(target, out var list))
            {
                // A plain ref without callback is shared (weakref.ref(o) is weakref.ref(o)).
                lock (list)
                {
                    foreach (var r in list)
                        if (!r.Dead && r.Callback == null && r.Type == ts2.Rt.WeakRefType) return r;
                }
            }
            if (cb != null) ObjectLifecycle<TSync>.IncRef(ts2, cb);
            return WeakRefs<TSync>.Create(ts2, cls, target, cb);
        };
        ModuleSupport<TSync>.Ctor(rt, t, create);
        Def.Method(rt, t, "__init__", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, t, "__call__", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "weakref", kw);
            if (a.Length != 1) throw ts2.Rt.TypeError($"weakref() takes no arguments ({a.Length - 1} given)");
            return ((PyWeakRef)a[0]).Get() ?? ts2.Rt.None;
        });
        Def.Getter(rt, t, "__callback__", (ts2, o) => ((PyWeakRef)o).Callback ?? ts2.Rt.None);
        Def.Method(rt, t, "__hash__", (ts2, a, kw) =>
        {
            var r = (PyWeakRef)a[0];
            if (s_hashes.TryGetValue(r, out var cached)) return ts2.Rt.NewInt((long)cached);
            var target = r.Get() ?? throw ts2.Rt.TypeError("weak object has gone away");
            long h = Ops<TSync>.Hash(ts2, target);
            s_hashes.AddOrUpdate(r, h);
            return ts2.Rt.NewInt(h);
        });
        Def.Method(rt, t, "__eq__", (ts2, a, kw) =>
        {
            if (a[0] is not PyWeakRef x || a[1] is not PyWeakRef y) return ts2.Rt.NotImplemented;
            var tx = x.Get();
            var ty = y.Get();
            if (tx == null || ty == null) return ts2.Rt.NewBool(ReferenceEquals(x, y));
            return Ops<TSync>.RichCompare(ts2, tx, ty, Vm.Bytecode.CompareOpArg.Eq);
        });
        Def.Method(rt, t, "__ne__", (ts2, a, kw) =>
        {
            if (a[0] is not PyWeakRef x || a[1] is not PyWeakRef y) return ts2.Rt.NotImplemented;
            var tx = x.Get();
            var ty = y.Get();
            if (tx == null || ty == null) return ts2.Rt.NewBool(!ReferenceEquals(x, y));
            return Ops<TSync>.RichCompare(ts2, tx, ty, Vm.Bytecode.CompareOpArg.NotEq);
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var r = (PyWeakRef)a[0];
            var target = r.Get();
            if (target == null) return ts2.Rt.NewStr($"<weakref at 0x{ts2.Rt.IdOf(r):x}; dead>");
            var name = Ops<TSync>.TryGetAttr(ts2, target, ts2.Rt.Intern("__name__")) is PyStr ns ? $" ({ns.Value})" : "";
            return ts2.Rt.NewStr($"<weakref at 0x{ts2.Rt.IdOf(r):x}; to '{target.Type.Name}' at 0x{ts2.Rt.IdOf(target):x}{name}>");
        });
        if (rt.ListType.Dict.GetStr(rt.Intern("__class_getitem__")) is { } cgi) Def.Value(rt, t.Dict, "__class_getitem__", cgi);
    }
}
