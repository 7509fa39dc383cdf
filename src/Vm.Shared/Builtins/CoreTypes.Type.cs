using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class CoreTypes<TSync>
{
    private static void InstallType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.TypeType;
        t.New = (ts2, cls, args, kw) => TypeNew(ts2, cls, args, kw);
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType meta) throw ts2.Rt.TypeError("type.__new__(X): X is not a type object");
            return TypeNew(ts2, meta, a.Slice(1), kw);
        });
        Def.Method(rt, t, "__init__", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, t, "__call__", (ts2, a, kw) => TypeOps<TSync>.TypeCallDefault(ts2, (PyType)a[0], a.Slice(1), kw));
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var tp = (PyType)a[0];
            var mod = tp.Dict.GetStr(ts2.Rt.Intern("__module__")) as PyStr;
            if (mod != null && mod.Value != "builtins") return ts2.Rt.NewStr($"<class '{mod.Value}.{tp.QualName}'>");
            return ts2.Rt.NewStr($"<class '{tp.Name}'>");
        });
        Def.Getter(rt, t, "__name__", (ts2, o) => ts2.Rt.NewStr(((PyType)o).Name), (ts2, o, v) =>
        {
            if (v is not PyStr s) throw ts2.Rt.TypeError($"can only assign string to {((PyType)o).Name}.__name__, not '{v?.Type.Name}'");
            ((PyType)o).Name = s.Value;
        });
        Def.Getter(rt, t, "__qualname__", (ts2, o) => ts2.Rt.NewStr(((PyType)o).QualName), (ts2, o, v) =>
        {
            if (v is not PyStr s) throw ts2.Rt.TypeError($"can only assign string to {((PyType)o).Name}.__qualname__, not '{v?.Type.Name}'");
            ((PyType)o).QualName = s.Value;
        });
        Def.Getter(rt, t, "__module__", (ts2, o) =>
        {
            var tp = (PyType)o;
            // `type`'s own dict holds this descriptor under the name: a builtin type's module is then "builtins"
            var v = tp.Dict.GetStr(ts2.Rt.Intern("__module__"));
            return v == null || (v is PyGetSetDescriptor && !tp.IsHeapType) ? ts2.Rt.NewStr("builtins") : v;
        }, (ts2, o, v) => DictOps<TSync>.SetItem(ts2, ((PyType)o).Dict, ts2.Rt.Intern("__module__"), v ?? ts2.Rt.None));
        // PEP 695: a class's own type parameters (set by `class C[T]`'s body), () for any other class
        Def.Getter(rt, t, "__type_params__", (ts2, o) =>
            ((PyType)o).Dict.GetStr(ts2.Rt.Intern("__type_params__")) ?? ts2.Rt.EmptyTuple,
            (ts2, o, v) =>
            {
                var tp = (PyType)o;
                if (!tp.IsHeapType) throw ts2.Rt.TypeError($"cannot set '__type_params__' attribute of immutable type '{tp.Name}'");
                DictOps<TSync>.SetItem(ts2, tp.Dict, ts2.Rt.Intern("__type_params__"), v ?? ts2.Rt.EmptyTuple);
            });
        Def.Getter(rt, t, "__mro__", (ts2, o) => Ops<TSync>.NewTuple(ts2, ((PyType)o).Mro.Cast<PyObject>().ToArray()));
        Def.Getter(rt, t, "__bases__", (ts2, o) => Ops<TSync>.NewTuple(ts2, ((PyType)o).Bases.Cast<PyObject>().ToArray()), SetBases);
        Def.Getter(rt, t, "__base__", (ts2, o) => ((PyType)o).Bases.Length > 0 ? ((PyType)o).Bases[0] : ts2.Rt.None);
        Def.Getter(rt, t, "__dict__", (ts2, o) => ContainerTypes<TSync>.NewMappingProxy(ts2, ((PyType)o).Dict));
        Def.Getter(rt, t, "__doc__", (ts2, o) => ((PyType)o).Dict.GetStr(ts2.Rt.Intern("__doc__"))
            ?? (BuiltinDocs.For(ts2.Rt, (PyType)o) is { } d ? ts2.Rt.NewStr(d) : ts2.Rt.None));
        Def.Getter(rt, t, "__abstractmethods__", (ts2, o) =>
            ((PyType)o).Dict.GetStr(ts2.Rt.Intern("__abstractmethods__")) ?? throw ts2.Rt.AttributeError("__abstractmethods__"),
            (ts2, o, v) =>
            {
                var tp = (PyType)o;
                if (v == null) { DictOps<TSync>.Delete(ts2, tp.Dict, ts2.Rt.Intern("__abstractmethods__")); tp.Flags &= ~TypeFlags.Abstract; return; }
                DictOps<TSync>.SetItem(ts2, tp.Dict, ts2.Rt.Intern("__abstractmethods__"), v);
                if (Ops<TSync>.IsTrue(ts2, v)) tp.Flags |= TypeFlags.Abstract; else tp.Flags &= ~TypeFlags.Abstract;
            });
        Def.Method(rt, t, "mro", (ts2, a, kw) => Ops<TSync>.NewList(ts2, ((PyType)a[0]).Mro.Cast<PyObject>().ToArray()));
        Def.Method(rt, t, "__subclasses__", (ts2, a, kw) =>
        {
            var tp = (PyType)a[0];
            var res = new List<PyObject>();
            if (tp.Subclasses != null)
                lock (tp.Subclasses) foreach (var w in tp.Subclasses) if (w.TryGetTarget(out var s)) res.Add(s);
            return Ops<TSync>.NewList(ts2, res.ToArray());
        });
        Def.Method(rt, t, "__instancecheck__", (ts2, a, kw) => ts2.Rt.NewBool(a[1].Type.IsSubtypeOf((PyType)a[0])));
        Def.Method(rt, t, "__subclasscheck__", (ts2, a, kw) =>
        {
            if (a[1] is not PyType sub) throw ts2.Rt.TypeError("issubclass() arg 1 must be a class");
            return ts2.Rt.NewBool(sub.IsSubtypeOf((PyType)a[0]));
        });
        Def.ClassMethod(rt, t, "__prepare__", (ts2, a, kw) => Ops<TSync>.NewDict(ts2));
        Def.Method(rt, t, "__or__", (ts2, a, kw) => UnionTypes<TSync>.Or(ts2, a[0], a[1]));
        Def.Method(rt, t, "__ror__", (ts2, a, kw) => UnionTypes<TSync>.Or(ts2, a[1], a[0]));
    }

    /// <summary>`cls.__bases__ = (...)`: new bases, MROs recomputed down the hierarchy, caches invalidated.</summary>
    private static void SetBases(PyThreadState ts, PyObject o, PyObject? v)
    {
        var rt = ts.Rt;
        var tp = (PyType)o;
        if (!tp.IsHeapType) throw rt.TypeError($"cannot set '__bases__' attribute of immutable type '{tp.Name}'");
        if (v is not PyTuple tup) throw rt.TypeError($"can only assign tuple to {tp.Name}.__bases__, not {v?.Type.Name ?? "NULL"}");
        if (tup.Count == 0) throw rt.TypeError($"can only assign non-empty tuple to {tp.Name}.__bases__, not ()");
        var nb = new PyType[tup.Count];
        for (int i = 0; i < nb.Length; i++)
        {
            nb[i] = tup.Items[i] as PyType ?? throw rt.TypeError($"{tp.Name}.__bases__ must be tuple of classes, not '{tup.Items[i].Type.Name}'");
            if (nb[i].IsSubtypeOf(tp)) throw rt.TypeError("a __bases__ item causes an inheritance cycle");
        }
        var newMro = TypeOps<TSync>.ComputeMro(ts, tp, nb);
        foreach (var b in tp.Bases)
            if (b.Subclasses != null) lock (b.Subclasses) b.Subclasses.RemoveAll(w => !w.TryGetTarget(out var s) || s == tp);
        tp.Bases = nb;
        tp.Mro = newMro;
        foreach (var b in nb)
        {
            b.Subclasses ??= new();
            lock (b.Subclasses) b.Subclasses.Add(new WeakReference<PyType>(tp));
        }
        RecomputeSubclassMros(ts, tp);
        TypeOps<TSync>.OnTypeModified(ts, tp, "__bases__");
    }

    private static void RecomputeSubclassMros(PyThreadState ts, PyType t)
    {
        if (t.Subclasses == null) return;
        List<PyType> subs = new();
        lock (t.Subclasses) foreach (var w in t.Subclasses) if (w.TryGetTarget(out var s)) subs.Add(s);
        foreach (var s in subs)
        {
            s.Mro = TypeOps<TSync>.ComputeMro(ts, s, s.Bases);
            RecomputeSubclassMros(ts, s);
        }
    }

    /// <summary>type(name, bases, dict) / metaclass __new__.</summary>
    public static PyObject TypeNew(PyThreadState ts, PyType meta, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var rt = ts.Rt;
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos == 1 && nkw == 0 && meta == rt.TypeType) return args[0].Type;
        if (npos != 3) throw rt.TypeError("type() takes 1 or 3 arguments");
        if (args[0] is not PyStr name) throw rt.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple bases) throw rt.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict ns) throw rt.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
        // The most derived metaclass wins.
        var winner = meta;
        foreach (var b in bases.Items)
        {
            if (winner.IsSubtypeOf(b.Type)) continue;
            if (b.Type.IsSubtypeOf(winner)) { winner = b.Type; continue; }
            throw rt.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        var baseTypes = new PyType[bases.Count];
        for (int i = 0; i < bases.Count; i++)
            baseTypes[i] = bases.Items[i] as PyType ?? throw rt.TypeError("bases must be types");
        PyDict? kwargs = null;
        if (nkw > 0)
        {
            kwargs = Ops<TSync>.NewDict(ts);
            for (int i = 0; i < nkw; i++) DictOps<TSync>.SetItem(ts, kwargs, kw!.Items[i], args[npos + i]);
        }
        return TypeOps<TSync>.NewClass(ts, winner, name.Value, baseTypes, ns, kwargs);
    }

    /// <summary>PEP 560: a base that is not a class but has __mro_entries__ (such as typing's
    /// Box[int]) is replaced by what that method returns. Returns origBases itself when none was.</summary>
    private static PyObject[] ResolveMroEntries(PyThreadState ts, PyObject[] origBases)
    {
        List<PyObject>? resolved = null;
        PyTuple? origTuple = null;
        for (int i = 0; i < origBases.Length; i++)
        {
            var b = origBases[i];
            var entries = b is PyType ? null : Ops<TSync>.TryGetAttr(ts, b, ts.Rt.Intern("__mro_entries__"));
            if (entries == null)
            {
                resolved?.Add(b);
                continue;
            }
            origTuple ??= Ops<TSync>.NewTuple(ts, origBases);
            var r = Ops<TSync>.Call(ts, entries, [origTuple], null);
            if (r is not PyTuple t) throw ts.Rt.TypeError("__mro_entries__ must return a tuple");
            resolved ??= new List<PyObject>(origBases[..i]);
            for (int j = 0; j < t.Count; j++) resolved.Add(t.Items[j]);
        }
        return resolved?.ToArray() ?? origBases;
    }

    /// <summary>builtins.__build_class__(func, name, *bases, metaclass=..., **kwds).</summary>
    public static PyObject BuildClass(PyThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var rt = ts.Rt;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2) throw rt.TypeError("__build_class__: not enough arguments");
        var func = args[0] as PyFunction ?? throw rt.TypeError("__build_class__: func must be a function");
        var name = args[1] as PyStr ?? throw rt.TypeError("__build_class__: name is not a string");
        var origBases = args.Slice(2, npos - 2).ToArray();
        var bases = ResolveMroEntries(ts, origBases);
        PyObject? meta = null;
        var kwNames = new List<PyObject>();
        var kwVals = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            var k = (PyStr)kwnames!.Items[i];
            if (k.Value == "metaclass") meta = args[npos + i];
            else { kwNames.Add(k); kwVals.Add(args[npos + i]); }
        }
        if (meta == null) meta = bases.Length > 0 ? bases[0].Type : rt.TypeType;
        if (meta is PyType mt)
        {
            foreach (var b in bases)
            {
                var bt = b.Type;
                if (mt.IsSubtypeOf(bt)) continue;
                if (bt.IsSubtypeOf(mt)) { mt = bt; continue; }
                throw rt.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
            meta = mt;
        }
        var basesTuple = Ops<TSync>.NewTuple(ts, bases);
        var kwTuple = kwNames.Count > 0 ? rt.NewTupleImmortalItems(kwNames.ToArray()) : null;
        PyObject ns;
        var prepare = Ops<TSync>.TryGetAttr(ts, meta, rt.Intern("__prepare__"));
        if (prepare != null)
        {
            var pargs = new List<PyObject> { name, basesTuple };
            pargs.AddRange(kwVals);
            ns = Ops<TSync>.Call(ts, prepare, pargs.ToArray(), kwTuple);
        }
        else ns = Ops<TSync>.NewDict(ts);
        // Run the class body with ns as its locals.
        var frame = new Frame(func.Code, func, func.Globals, func.Builtins, ns);
        var closure = func.Closure;
        int nloc = func.Code.NLocals;
        int ncellvars = func.Code.NCells - func.Code.NFree;
        for (int i = 0; i < ncellvars; i++) frame.Slots[nloc + i] = new PyCell(rt.CellType, null);
        for (int i = 0; i < func.Code.NFree; i++) frame.Slots[nloc + ncellvars + i] = closure!.Items[i];
        frame.FreeVarsBorrowed = true; // uncounted: the class body function holds them
        var cell = Interpreter<TSync>.Run(ts, frame);
        if (cell == null) throw Interpreter<TSync>.TakeException(ts);
        if (!ReferenceEquals(bases, origBases))
            Ops<TSync>.SetItem(ts, ns, rt.Intern("__orig_bases__"), Ops<TSync>.NewTuple(ts, origBases));
        var margs = new List<PyObject> { name, basesTuple, ns };
        margs.AddRange(kwVals);
        var cls = Ops<TSync>.Call(ts, meta, margs.ToArray(), kwTuple);
        if (cell is PyCell c && cls is PyType ct && c.Contents == null) Ops<TSync>.Store(ts, ref c.Contents, ct);
        // The namespace was copied into the class: it goes now (with its references to the class
        // attributes), unless the metaclass kept it somewhere counted.
        ObjectLifecycle<TSync>.DropBorrowed(ts, ns);
        return cls;
    }
}
