// _collections.defaultdict (CollectionsModule.cs registers the module and deque): a native dict
// subclass with a default factory and __missing__.
using Vm.Builtins;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

/// <summary>An instance of defaultdict (or a subclass): a dict with a default factory.</summary>
public sealed class PyDefaultDict : PyDict, IHasDict, IHasSlots
{
    public PyObject? Factory;
    public PyDict? Dict { get; set; }
    private PyObject?[]? _slots;
    public ref PyObject?[]? SlotStorage => ref _slots;

    public PyDefaultDict(PyType type) : base(type) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        base.CollectChildren(sink);
        if (Factory != null) sink.Add(Factory);
        SlotStorageOps.CollectSlots(_slots, sink);
        if (Dict != null) sink.Add(Dict);
    }
}

public static partial class CollectionsModule<TSync> where TSync : struct, ISyncPolicy
{
    // ------------------------------------------------------------------ defaultdict

    private static PyType DefaultDictType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("defaultdict", rt.DictType, TypeFlags.BaseType);
        ModuleSupport<TSync>.SetModule(rt, t, "collections");
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) => new PyDefaultDict(cls));
        var dictInit = rt.DictType.Dict.GetStr(rt.Intern("__init__"))!;
        Def.Method(rt, t, "__init__", (ts2, a, kw) =>
        {
            var self = Self(ts2, a, "__init__");
            int npos = ModuleSupport<TSync>.NPos(a, kw) - 1;
            PyObject? factory = null;
            int rest = 1;
            if (npos >= 1)
            {
                factory = a[1];
                if (!ReferenceEquals(factory, ts2.Rt.None) && !Ops<TSync>.IsCallable(ts2, factory))
                    throw ts2.Rt.TypeError("first argument must be callable or None");
                rest = 2;
            }
            var old = self.Factory;
            if (factory != null) ObjectLifecycle<TSync>.IncRef(ts2, factory);
            self.Factory = factory == null || ReferenceEquals(factory, ts2.Rt.None) ? null : factory;
            if (old != null) ObjectLifecycle<TSync>.DecRef(ts2, old);
            var args = new PyObject[a.Length - rest + 1];
            args[0] = a[0];
            a.Slice(rest).CopyTo(args.AsSpan(1));
            return Ops<TSync>.Call(ts2, dictInit, args, kw);
        });
        Def.Getter(rt, t, "default_factory", (ts2, o) => ((PyDefaultDict)o).Factory ?? ts2.Rt.None, (ts2, o, v) =>
        {
            var self = (PyDefaultDict)o;
            var old = self.Factory;
            if (v != null && !ReferenceEquals(v, ts2.Rt.None)) ObjectLifecycle<TSync>.IncRef(ts2, v);
            self.Factory = v == null || ReferenceEquals(v, ts2.Rt.None) ? null : v;
            if (old != null) ObjectLifecycle<TSync>.DecRef(ts2, old);
        });
        Def.Method(rt, t, "__missing__", (ts2, a, kw) =>
        {
            var self = Self(ts2, a, "__missing__");
            Args.Count(ts2, "__missing__", a.Length - 1, 1, 1);
            var f = self.Factory;
            if (f == null) throw DictOps<TSync>.KeyError(ts2, a[1]);
            var v = Ops<TSync>.Call(ts2, f, [], null);
            // setdefault semantics: a concurrent insert of the same key wins.
            return DictOps<TSync>.SetDefault(ts2, self, a[1], v);
        });
        NativeFn copy = (ts2, a, kw) =>
        {
            var self = Self(ts2, a, "copy");
            return Ops<TSync>.Call(ts2, a[0].Type, [self.Factory ?? ts2.Rt.None, self], null);
        };
        Def.Method(rt, t, "copy", copy);
        Def.Method(rt, t, "__copy__", copy);
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var self = Self(ts2, a, "__repr__");
            string fr;
            if (self.Factory == null) fr = "None";
            else if (!ReprGuard.Enter(ts2, self.Factory)) fr = "...";
            else
            {
                try { fr = Ops<TSync>.ReprValue(ts2, self.Factory); }
                finally { ReprGuard.Leave(ts2, self.Factory); }
            }
            var dictRepr = Ops<TSync>.CallMethodDescr(ts2, ts2.Rt.DictType.Dict.GetStr(ts2.Rt.Intern("__repr__"))!, self, []);
            return ts2.Rt.NewStr($"{a[0].Type.Name}({fr}, {Ops<TSync>.StrValue(ts2, dictRepr)})");
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) =>
        {
            var self = Self(ts2, a, "__reduce__");
            var args = self.Factory == null ? ts2.Rt.EmptyTuple : Ops<TSync>.NewTuple(ts2, [self.Factory]);
            var items = Ops<TSync>.GetIter(ts2, Ops<TSync>.CallMethod(ts2, self, "items", []));
            return Ops<TSync>.NewTuple(ts2, [a[0].Type, args, ts2.Rt.None, ts2.Rt.None, items]);
        });
        Def.Method(rt, t, "__or__", (ts2, a, kw) =>
        {
            if (a[0] is not PyDefaultDict self || a[1] is not PyDict) return ts2.Rt.NotImplemented;
            var r = Ops<TSync>.Call(ts2, a[0].Type, [self.Factory ?? ts2.Rt.None, self], null);
            Ops<TSync>.CallMethod(ts2, r, "update", [a[1]]);
            return r;
        });
        Def.Method(rt, t, "__ror__", (ts2, a, kw) =>
        {
            if (a[0] is not PyDefaultDict self || a[1] is not PyDict) return ts2.Rt.NotImplemented;
            var r = Ops<TSync>.Call(ts2, a[0].Type, [self.Factory ?? ts2.Rt.None, a[1]], null);
            Ops<TSync>.CallMethod(ts2, r, "update", [self]);
            return r;
        });
        return t;
    }

    private static PyDefaultDict Self(PyThreadState ts, ReadOnlySpan<PyObject> a, string method)
    {
        if (a.Length > 0 && a[0] is PyDefaultDict dd) return dd;
        throw ts.Rt.TypeError($"descriptor '{method}' for 'collections.defaultdict' objects doesn't apply to a '{(a.Length > 0 ? a[0].Type.Name : "nothing")}' object");
    }
}
