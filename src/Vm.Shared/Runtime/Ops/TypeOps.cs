// Types: calling a type (instance creation), creating classes (type(name, bases, dict) and class
// statements with metaclasses), C3 linearisation, and invalidation when a type changes.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class TypeOps<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>cls(*args, **kwargs): type.__call__.</summary>
    public static PyObject CallType(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var rt = ts.Rt;
        // A metaclass overriding __call__.
        if (cls.Type != rt.TypeType)
        {
            var metaCall = cls.Type.Lookup(rt.S.__call__);
            if (metaCall != null && metaCall is not PyBuiltinFunction)
            {
                var full = new PyObject[args.Length + 1];
                full[0] = cls;
                args.CopyTo(full.AsSpan(1));
                return Ops<TSync>.Call(ts, metaCall, full, kwnames);
            }
        }
        return TypeCallDefault(ts, cls, args, kwnames);
    }

    /// <summary>type.__call__(cls, ...) itself: __new__ then __init__.</summary>
    public static PyObject TypeCallDefault(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var rt = ts.Rt;
        if (cls.FastCall is { } fast)
        {
            if (fast(ts, args, kwnames) is { } made) return made;
            if (ts.CurrentException != null) throw Interpreter<TSync>.TakeException(ts);
        }
        if (cls == rt.TypeType && args.Length == 1 && kwnames == null) return args[0].Type;
        if ((cls.Flags & TypeFlags.Abstract) != 0) throw AbstractError(ts, cls);
        PyObject obj;
        PyObject? init = PlainInit(ts, cls);
        if (init != null)
        {
            // object.__new__ with an overridden __init__ (the usual class): object.__new__ would
            // accept the arguments (its excess-argument check passes when __init__ is overridden
            // and __new__ is not) and allocate with the inherited native allocator, so do that
            // here without building its argument list and dispatching to it.
            obj = AllocForInit(ts, cls, args, kwnames);
        }
        else
        {
            var newFn = cls.Lookup(rt.S.__new__);
            if (newFn == null) throw rt.TypeError($"cannot create '{cls.Name}' instances");
            if (newFn is PyMethodWrapper w) newFn = w.Callable;
            // The arguments go to two calls: each is counted across both, as CPython's caller owns
            // them for the whole type.__call__. A floating one (a fresh `A([...])` argument) would
            // otherwise be freed when __new__'s packed *args/**kw die with its frame, before __init__.
            foreach (var a in args) if (!a.IsImmortal) TSync.IncRef(ts, a);
            try
            {
                obj = Ops<TSync>.CallWithSelf(ts, newFn, cls, args, kwnames);
                if (!obj.Type.IsSubtypeOf(cls)) return obj;
                init = obj.Type.Lookup(rt.S.__init__);
                if (init != null) CallInit(ts, init, obj, args, kwnames);
                return obj;
            }
            finally
            {
                foreach (var a in args) if (!a.IsImmortal) TSync.DecRefNoDealloc(ts, a);
            }
        }
        CallInit(ts, init, obj, args, kwnames);
        return obj;
    }

    /// <summary>type.__call__'s __init__ step: releases the new object and raises when __init__ fails or returns non-None.</summary>
    private static void CallInit(PyThreadState ts, PyObject init, PyObject obj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // Functions and method descriptors get the instance; anything else is bound by its own
        // __get__ (a callable object without one is called without the instance).
        PyObject r;
        try
        {
            r = init is PyFunction or PyBuiltinFunction { IsMethodDescriptor: true }
                ? Ops<TSync>.CallWithSelf(ts, init, obj, args, kwnames)
                : Ops<TSync>.Call(ts, Ops<TSync>.BindDescriptor(ts, init, obj, obj.Type), args, kwnames);
        }
        catch (PyException)
        {
            // CPython releases the new object when __init__ fails (its __del__ runs now, or
            // when the traceback holding __init__'s frame goes).
            ObjectLifecycle<TSync>.DropBorrowed(ts, obj);
            throw;
        }
        if (!ReferenceEquals(r, ts.Rt.None))
        {
            var e = InitReturnedError(ts, r);
            ObjectLifecycle<TSync>.DropBorrowed(ts, obj);
            throw e;
        }
    }

    /// <summary>
    /// The Python __init__ that type.__call__(cls, ...) runs after object.__new__ allocates the
    /// instance (AllocForInit), or null when cls needs the general protocol: an own __new__, no
    /// Python __init__, a vector-call constructor or an abstract class. Remembered per type
    /// version (PyType.InitCache.cs); the general path and the eval loop's inline __init__
    /// (Interpreter.InitCalls.cs) both decide by it.
    /// </summary>
    public static PyFunction? PlainInit(PyThreadState ts, PyType cls)
    {
        if (cls.FastCall != null || (cls.Flags & TypeFlags.Abstract) != 0) return null;
        if (cls.CurrentInitPlan is { } plan) return plan.Init;
        return PlainInitSlow(ts, cls);
    }

    private static PyFunction? PlainInitSlow(PyThreadState ts, PyType cls)
    {
        var rt = ts.Rt;
        long tag = cls.VersionTag; // before the lookups: a change after them retires the plan
        var objectDict = rt.ObjectType.Dict;
        PyFunction? init = null;
        if (ReferenceEquals(cls.Lookup(rt.S.__new__), objectDict.GetStr(rt.S.__new__))
            && cls.Lookup(rt.S.__init__) is PyFunction f && !ReferenceEquals(f, objectDict.GetStr(rt.S.__init__)))
            init = f;
        cls.RememberInitPlan(new PyType.InitPlan(tag, init));
        return init;
    }

    /// <summary>object.__new__(cls, *args) for a class PlainInit answered for (allocates; cannot run Python code).</summary>
    public static PyObject AllocForInit(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var alloc = cls.New;
        // object's own allocator (what a plain class inherits) called directly: the same function, without the delegate call.
        if (alloc == null || ReferenceEquals(alloc, ts.Rt.ObjectType.New)) return Vm.Builtins.CoreTypes<TSync>.AllocInstance(ts, cls, args, kwnames);
        return alloc(ts, cls, args, kwnames);
    }

    /// <summary>The error of an __init__ that returned <paramref name="r"/> (not None); drops r.</summary>
    public static PyException InitReturnedError(PyThreadState ts, PyObject r)
    {
        var e = ts.Rt.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        ObjectLifecycle<TSync>.DropBorrowed(ts, r);
        return e;
    }

    private static PyException AbstractError(PyThreadState ts, PyType cls)
    {
        var am = cls.Lookup(ts.Rt.S.__abstractmethods__);
        var names = new List<string>();
        if (am != null)
        {
            foreach (var n in Ops<TSync>.ToArray(ts, am)) names.Add(Ops<TSync>.StrValue(ts, n));
        }
        names.Sort(StringComparer.Ordinal);
        var s = names.Count == 1 ? "" : "s";
        return ts.Rt.TypeError($"Can't instantiate abstract class {cls.Name} without an implementation for abstract method{s} {string.Join(", ", names.Select(n => $"'{n}'"))}");
    }

    /// <summary>C3 linearisation.</summary>
    public static PyType[] ComputeMro(PyThreadState ts, PyType t, PyType[] bases)
    {
        for (int i = 0; i < bases.Length; i++)
            for (int j = 0; j < i; j++)
                if (ReferenceEquals(bases[i], bases[j])) throw ts.Rt.TypeError($"duplicate base class {bases[i].Name}");
        var seqs = new List<List<PyType>>();
        foreach (var b in bases) seqs.Add(new List<PyType>(b.Mro));
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { t };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) break;
            PyType? cand = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = seqs.Any(o => o.IndexOf(head) > 0);
                if (!inTail) { cand = head; break; }
            }
            if (cand == null)
            {
                var heads = string.Join(", ", seqs.Select(s => s[0].Name).Distinct());
                throw ts.Rt.TypeError($"Cannot create a consistent method resolution order (MRO) for bases {heads}");
            }
            result.Add(cand);
            foreach (var s in seqs) if (s[0] == cand) s.RemoveAt(0);
        }
        return result.ToArray();
    }

    /// <summary>`__weakref__`: the object's first live weak reference, or None.</summary>
    private static PyObject WeakrefDescriptor(PyRuntime rt) => rt.LazyObject("__weakref__", r => new PyGetSetDescriptor(r.GetSetDescriptorType, "__weakref__", r.ObjectType, (ts2, o) =>
    {
        if (!ts2.Rt.WeakRefTable.TryGetValue(o, out var list)) return ts2.Rt.None;
        lock (list) return (PyObject?)list.FirstOrDefault(x => !x.Dead) ?? ts2.Rt.None;
    }, null));

    /// <summary>The first base whose instances CPython sizes by their item count (tp_itemsize: int,
    /// bytes, tuple, type and their subclasses), which cannot take __slots__ members; else null.</summary>
    private static PyType? VariableSizeBase(PyRuntime rt, PyType[] bases)
    {
        foreach (var b in bases)
            if (b.IsSubtypeOf(rt.IntType) || b.IsSubtypeOf(rt.BytesType) || b.IsSubtypeOf(rt.TupleType) || b.IsSubtypeOf(rt.TypeType))
                return b;
        return null;
    }

    private static bool SlotsNameWeakref<T>(PyThreadState ts, T slots) where T : PyObject =>
        slots is PyStr w ? w.Value == "__weakref__" : Ops<TSync>.ToArray(ts, slots).Any(x => x is PyStr { Value: "__weakref__" });

    /// <summary>type.__new__(meta, name, bases, ns): creates a heap type.</summary>
    public static PyType NewClass(PyThreadState ts, PyType meta, string name, PyType[] bases, PyDict ns, PyDict? kwargs)
    {
        var rt = ts.Rt;
        if (bases.Length == 0) bases = [rt.ObjectType];
        foreach (var b in bases)
        {
            if ((b.Flags & TypeFlags.BaseType) == 0)
                throw rt.TypeError($"type '{b.Name}' is not an acceptable base type");
        }
        var t = new PyType(meta, name);
        t.Flags = TypeFlags.HeapType | TypeFlags.BaseType;
        t.Bases = bases;
        t.Dict = new PyDict(rt.DictType);
        foreach (var kv in ns.Snapshot()) DictOps<TSync>.SetItem(ts, t.Dict, kv.Key, kv.Value);
        foreach (var kv in ns.Snapshot()) TSync.OnClassAttributeStored(ts, t, kv.Value);
        t.Mro = ComputeMro(ts, t, bases);
        // The solid base decides the instance layout.
        PyType? solid = null;
        foreach (var b in bases)
        {
            var sb = b.SolidBase ?? rt.ObjectType;
            if (solid == null || solid == rt.ObjectType) solid = sb;
            else if (sb != rt.ObjectType && sb != solid && !solid.IsSubtypeOf(sb) && !sb.IsSubtypeOf(solid))
                throw rt.TypeError("multiple bases have instance lay-out conflict");
            else if (sb.IsSubtypeOf(solid)) solid = sb;
        }
        t.SolidBase = solid ?? rt.ObjectType;
        if (t.IsSubtypeOf(rt.ExceptionTypes["BaseException"])) t.Flags |= TypeFlags.Exception;
        t.New = bases[0].New;
        foreach (var b in bases) t.New ??= b.New;

        var qual = ns.GetStr(rt.S.__qualname__);
        if (qual is PyStr qs)
        {
            t.QualName = qs.Value;
            DictOps<TSync>.Delete(ts, t.Dict, rt.S.__qualname__);
        }

        // __slots__
        var slots = ns.GetStr(rt.S.__slots__);
        bool baseHasDict = bases.Any(b => b.HasInstanceDict()) || bases.All(b => b == rt.ObjectType) && slots == null;
        if (slots != null)
        {
            var names = slots is PyStr one ? [one] : Ops<TSync>.ToArray(ts, slots);
            if (names.Length > 0 && VariableSizeBase(rt, bases) is { } vb)
                throw rt.TypeError($"nonempty __slots__ not supported for subtype of '{vb.Name}'");
            var all = new List<string>();
            foreach (var b in bases) if (b.SlotNames != null) foreach (var sn in b.SlotNames) if (!all.Contains(sn)) all.Add(sn);
            bool wantsDict = false, sawWeakref = false;
            foreach (var n in names)
            {
                var sname = ((PyStr)n).Value;
                if (sname == "__dict__") { wantsDict = true; continue; }
                if (sname == "__weakref__")
                {
                    if (sawWeakref || bases.Any(b => b.IsHeapType ? b.Lookup(rt.Intern("__weakref__")) != null : b != rt.ObjectType && Vm.Modules.WeakrefModule<TSync>.NativeWeakrefBase(rt, b)))
                        throw rt.TypeError("__weakref__ slot disallowed: we already got one");
                    sawWeakref = true;
                    continue;
                }
                var mangled = sname.StartsWith("__") && !sname.EndsWith("__") ? "_" + name.TrimStart('_') + sname : sname;
                if (t.Dict.GetStr(rt.Intern(mangled)) != null)
                    throw rt.ValueError($"'{sname}' in __slots__ conflicts with class variable");
                int idx = all.Count;
                all.Add(mangled);
                DictOps<TSync>.SetItem(ts, t.Dict, rt.Intern(mangled), new PySlotDescriptor(rt.MemberDescriptorType, mangled, idx, t));
            }
            t.SlotNames = all.ToArray();
            t.Flags |= TypeFlags.HasSlots;
            if (wantsDict || bases.Any(b => b != rt.ObjectType && b.HasInstanceDict())) t.Flags |= TypeFlags.HasDict;
        }
        else
        {
            t.SlotNames = bases.FirstOrDefault(b => b.SlotNames != null)?.SlotNames;
            t.Flags |= TypeFlags.HasDict;
        }

        // __module__
        if (t.Dict.GetStr(rt.S.__module__) == null && ts.Frame != null)
        {
            var mod = ts.Frame.Globals.GetStr(rt.S.__name__);
            if (mod != null) DictOps<TSync>.SetItem(ts, t.Dict, rt.S.__module__, mod);
        }
        // __doc__ defaults to None; the first class of a hierarchy to give instances a __dict__
        // (and weak references) holds the __dict__ / __weakref__ descriptors, as in CPython.
        if (t.Dict.GetStr(rt.Intern("__doc__")) == null) DictOps<TSync>.SetItem(ts, t.Dict, rt.Intern("__doc__"), rt.None);
        // Defining __eq__ without __hash__ makes instances unhashable.
        if (t.Dict.GetStr(rt.S.Compare[(int)Vm.Bytecode.CompareOpArg.Eq]) != null && t.Dict.GetStr(rt.S.__hash__) == null)
            DictOps<TSync>.SetItem(ts, t.Dict, rt.S.__hash__, rt.None);
        var objectDictDescr = rt.ObjectType.Dict.GetStr(rt.Intern("__dict__"));
        if (!bases.Any(b => b.HasInstanceDict() || (b.Lookup(rt.Intern("__dict__")) is { } bd && bd != objectDictDescr)))
        {
            if (t.HasInstanceDict() && t.Dict.GetStr(rt.Intern("__dict__")) == null && objectDictDescr != null)
                DictOps<TSync>.SetItem(ts, t.Dict, rt.Intern("__dict__"), objectDictDescr);
            if ((slots == null || SlotsNameWeakref(ts, slots)) && t.Dict.GetStr(rt.Intern("__weakref__")) == null)
                DictOps<TSync>.SetItem(ts, t.Dict, rt.Intern("__weakref__"), WeakrefDescriptor(rt));
        }
        else if (slots != null && SlotsNameWeakref(ts, slots) && t.Dict.GetStr(rt.Intern("__weakref__")) == null)
            DictOps<TSync>.SetItem(ts, t.Dict, rt.Intern("__weakref__"), WeakrefDescriptor(rt)); // a base with a __dict__ (an exception) but no weak references
        // __new__ given as a plain function is a static method.
        var newKey = rt.S.__new__;
        if (t.Dict.GetStr(newKey) is PyFunction nf)
        {
            ObjectLifecycle<TSync>.IncRef(ts, nf); // the wrapper's counted reference (before the dict lets go)
            DictOps<TSync>.SetItem(ts, t.Dict, newKey, new PyMethodWrapper(rt.StaticMethodType, nf, false));
        }
        foreach (var special in new[] { "__init_subclass__", "__class_getitem__" })
        {
            var key = rt.Intern(special);
            if (t.Dict.GetStr(key) is PyFunction sf)
            {
                ObjectLifecycle<TSync>.IncRef(ts, sf);
                DictOps<TSync>.SetItem(ts, t.Dict, key, new PyMethodWrapper(rt.ClassMethodType, sf, true));
            }
        }
        UpdateHookFlags(ts, t);

        foreach (var b in bases)
        {
            b.Subclasses ??= new();
            lock (b.Subclasses) b.Subclasses.Add(new WeakReference<PyType>(t));
        }

        // __classcell__
        var cellKey = rt.S.__classcell__;
        if (t.Dict.GetStr(cellKey) is PyCell cell)
        {
            Ops<TSync>.Store(ts, ref cell.Contents, t);
            // Deferred like the (immortal) type it holds: every call of a method using super() or
            // __class__ copies this cell into its frame, and counting it there was an atomic
            // add and subtract on one shared object per call from every thread.
            cell.MakeImmortalShared();
            DictOps<TSync>.Delete(ts, t.Dict, cellKey);
        }

        // __set_name__ on attributes.
        foreach (var kv in t.Dict.Snapshot())
        {
            if (kv.Value.IsPlainValue()) continue;
            var sn = kv.Value.Type.Lookup(rt.S.__set_name__);
            if (sn == null) continue;
            try
            {
                Ops<TSync>.CallMethodDescr(ts, sn, kv.Value, [t, kv.Key]);
            }
            catch (PyException e)
            {
                // CPython 3.12+: the error propagates with a note naming the attribute.
                var note = rt.NewStr($"Error calling __set_name__ on '{kv.Value.Type.Name}' instance {Ops<TSync>.ReprValue(ts, kv.Key)} in '{t.Name}'");
                Ops<TSync>.CallMethod(ts, e.Value, "add_note", [note]);
                throw;
            }
        }

        // __init_subclass__ of the parent.
        var parentMro = t.Mro;
        for (int i = 1; i < parentMro.Length; i++)
        {
            var isc = parentMro[i].Dict.GetStr(rt.S.__init_subclass__);
            if (isc == null) continue;
            var bound = Ops<TSync>.BindDescriptor(ts, isc, null, t);
            if (isc is PyMethodWrapper { IsClassMethod: true } mw) bound = mw.Callable is PyFunction pf ? Ops<TSync>.NewBoundMethod(ts, pf, t) : Ops<TSync>.BindDescriptor(ts, isc, t, t);
            if (kwargs != null && kwargs.Count > 0)
            {
                var pairs = kwargs.Snapshot();
                var vals = pairs.Select(p => p.Value).ToArray();
                var kn = rt.NewTupleImmortalItems(pairs.Select(p => p.Key).ToArray());
                Ops<TSync>.Call(ts, bound, vals, kn);
            }
            else Ops<TSync>.Call(ts, bound, [], null);
            break;
        }
        return t;
    }

    /// <summary>Recomputes the cached "has user hook" flags of a type.</summary>
    public static void UpdateHookFlags(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        PyObject? ga = t.Lookup(rt.S.__getattribute__);
        t.CustomGetAttribute = ga != null && ga is not PyBuiltinFunction;
        t.HasGetAttrHook = t.Lookup(rt.S.__getattr__) != null;
        var sa = t.Lookup(rt.S.__setattr__);
        var da = t.Lookup(rt.S.__delattr__);
        t.CustomSetAttr = (sa != null && sa is not PyBuiltinFunction) || (da != null && da is not PyBuiltinFunction);
        t.HasFinalizer = t.Lookup(rt.S.__del__) != null;
        if (t.HasFinalizer) rt.ExitFinalizationNeeded = true;
    }

    /// <summary>After setattr on a type: bump versions and refresh hook flags of it and its subclasses.</summary>
    public static void OnTypeModified(PyThreadState ts, PyType t, string name)
    {
        t.Version++;
        UpdateHookFlags(ts, t);
        if (t.Subclasses == null) return;
        List<PyType> subs = new();
        lock (t.Subclasses)
        {
            foreach (var w in t.Subclasses) if (w.TryGetTarget(out var s)) subs.Add(s);
        }
        foreach (var s in subs) OnTypeModified(ts, s, name);
    }
}
