// _thread._local: an object whose attributes (its __dict__) differ per thread.
//
// Design note (concurrency). Each OS thread running Python code of a runtime has one LocalSlot
// ([ThreadStatic], created on first use, tagged with its runtime). A local object maps slots to
// that thread's attribute dict in a ConcurrentDictionary: the owning thread's read of its dict is a
// lock-free lookup that writes nothing shared (the pure-Python version looked its storage up through
// current_thread() and several shared functions every access, and did not scale at two threads).
// The dict is reached through IHasDict.Dict, so every attribute path (generic getattr/setattr,
// the interpreter's caches, vars(), __dict__) sees the calling thread's dict with no special case.
// A thread seeing the object for the first time gets a fresh dict and, for a subclass, __init__
// runs again with the constructor's arguments (as in CPython). When a thread started by _thread
// exits, its dicts are removed and released. That release and the local's own deallocation may
// race (the exiting thread holds the local only weakly): both run under the local's monitor, and
// a release after the local was claimed for deallocation (Dead flag) leaves the dict to it, so
// each dict is released exactly once. Only exits and deallocation take the monitor, never reads.
// Counted storage: the object holds a counted reference to each per-thread dict and to the
// constructor arguments; CollectChildren reports them, so deallocation releases them.
using System.Collections.Concurrent;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

/// <summary>One OS thread's identity for thread-local objects (one per thread and runtime).</summary>
public sealed class LocalSlot
{
    public readonly PyRuntime Rt;
    public readonly PyThreadState Ts;
    public bool Exited;
    /// <summary>Locals holding a dict for this thread (touched by this thread only).</summary>
    public readonly List<WeakReference<PyThreadLocal>> Touched = new();

    public LocalSlot(PyRuntime rt, PyThreadState ts)
    {
        Rt = rt;
        Ts = ts;
    }

    [ThreadStatic] private static LocalSlot? t_slot;

    /// <summary>The calling thread's slot for runtime rt.</summary>
    public static LocalSlot Current(PyRuntime rt)
    {
        var s = t_slot;
        if (s != null && ReferenceEquals(s.Rt, rt) && !s.Exited) return s;
        return t_slot = Resolve(rt);
    }

    /// <summary>Called first thing on a thread started by _thread: its slot names its own state.</summary>
    public static void Bind(PyThreadState ts) => t_slot = new LocalSlot(ts.Rt, ts);

    private static LocalSlot Resolve(PyRuntime rt)
    {
        // Threads started by _thread are bound; this is the main thread or one an embedder runs.
        long id = Environment.CurrentManagedThreadId;
        PyThreadState? found = rt.MainThread.Ident == id ? rt.MainThread : null;
        if (found == null)
            foreach (var ts in rt.Threads.Values)
                if (ts.Ident == id) found = ts;
        return new LocalSlot(rt, found ?? rt.MainThread);
    }

    /// <summary>The slot of the exiting thread ts, or null when it never touched a local.</summary>
    public static LocalSlot? TakeForExit(PyThreadState ts)
    {
        var s = t_slot;
        if (s == null || !ReferenceEquals(s.Ts, ts)) return null;
        s.Exited = true;
        t_slot = null;
        return s;
    }
}

/// <summary>An instance of _thread._local or a subclass.</summary>
public abstract class PyThreadLocal : PyInstance, IHasDict
{
    protected readonly PyRuntime Rt;
    protected readonly ConcurrentDictionary<LocalSlot, PyDict> Dicts = new();
    /// <summary>Constructor arguments (positional then keyword values), counted.</summary>
    protected readonly PyObject[] InitArgs;
    protected readonly PyTuple? InitKwNames;

    protected PyThreadLocal(PyType type, PyRuntime rt, PyObject[] initArgs, PyTuple? initKwNames) : base(type)
    {
        Rt = rt;
        InitArgs = initArgs;
        InitKwNames = initKwNames;
    }

    PyDict? IHasDict.Dict
    {
        get
        {
            var slot = LocalSlot.Current(Rt);
            return Dicts.TryGetValue(slot, out var d) ? d : CreateFor(slot);
        }
        set => throw Rt.AttributeError($"'{TypeName}' object attribute '__dict__' is read-only");
    }

    /// <summary>The calling thread's dict.</summary>
    public PyDict ThreadDict => ((IHasDict)this).Dict!;

    /// <summary>The name CPython's messages use: the C type's full name for the base class.</summary>
    public string TypeName => Type.IsHeapType ? Type.Name : "_thread._local";

    /// <summary>A first access from a new thread: a fresh dict, then the subclass' __init__.</summary>
    protected abstract PyDict CreateFor(LocalSlot slot);

    /// <summary>Drops the dict of an exiting thread.</summary>
    public abstract void Release(LocalSlot slot);

    /// <summary>True once deallocation has claimed this object.</summary>
    protected bool IsDead => (Volatile.Read(ref FlagBits) & (int)ObjectFlags.Dead) != 0;

    public override void CollectChildren(List<PyObject> sink)
    {
        base.CollectChildren(sink);
        lock (Dicts)
            foreach (var kv in Dicts) sink.Add(kv.Value);
        foreach (var a in InitArgs) sink.Add(a);
    }
}

public sealed class PyThreadLocal<TSync> : PyThreadLocal where TSync : struct, ISyncPolicy
{
    public PyThreadLocal(PyType type, PyRuntime rt, PyObject[] initArgs, PyTuple? initKwNames)
        : base(type, rt, initArgs, initKwNames) { }

    /// <summary>Registers the creating thread's dict (type.__call__ runs __init__ for it).</summary>
    public void AddCreatorDict(PyThreadState ts) => AddDict(ts, LocalSlot.Current(ts.Rt));

    private PyDict AddDict(PyThreadState ts, LocalSlot slot)
    {
        var d = Ops<TSync>.NewDict(ts);
        ObjectLifecycle<TSync>.IncRef(ts, d); // the local holds a counted reference
        Dicts[slot] = d;
        var touched = slot.Touched;
        if (touched.Count >= 64 && (touched.Count & (touched.Count - 1)) == 0)
            touched.RemoveAll(w => !w.TryGetTarget(out _)); // forget locals that died
        touched.Add(new WeakReference<PyThreadLocal>(this));
        return d;
    }

    protected override PyDict CreateFor(LocalSlot slot)
    {
        var ts = slot.Ts;
        var d = AddDict(ts, slot);
        var init = Type.Lookup(ts.Rt.S.__init__);
        if (init != null && !ReferenceEquals(init, ts.Rt.ObjectType.Dict.GetStr(ts.Rt.S.__init__)))
            Ops<TSync>.CallWithSelf(ts, init, this, InitArgs, InitKwNames);
        return d;
    }

    public override void Release(LocalSlot slot)
    {
        PyDict? d;
        lock (Dicts)
            if (IsDead || !Dicts.TryRemove(slot, out d)) return;
        ObjectLifecycle<TSync>.DecRef(slot.Ts, d);
    }
}

public static class ThreadLocalType<TSync> where TSync : struct, ISyncPolicy
{
    public static PyType Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("_local", null, TypeFlags.BaseType | TypeFlags.HasDict);
        ModuleSupport<TSync>.SetModule(rt, t, "_thread");
        Def.Value(rt, t.Dict, "__doc__", rt.NewStr("Thread-local data"));
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
        {
            var objInit = ts2.Rt.ObjectType.Dict.GetStr(ts2.Rt.S.__init__);
            if (a.Length > 0 && ReferenceEquals(cls.Lookup(ts2.Rt.S.__init__), objInit))
                throw ts2.Rt.TypeError("Initialization arguments are not supported");
            var args = a.ToArray();
            foreach (var x in args) ObjectLifecycle<TSync>.IncRef(ts2, x);
            PyTuple? kwnames = kw == null || kw.Count == 0 ? null : ts2.Rt.NewTupleImmortalItems(kw.Items.ToArray());
            var o = new PyThreadLocal<TSync>(cls, ts2.Rt, args, kwnames);
            o.AddCreatorDict(ts2);
            return o;
        });
        Def.Getter(rt, t, "__dict__", (ts2, o) => ((PyThreadLocal)o).ThreadDict,
            (ts2, o, v) => throw ts2.Rt.AttributeError($"'{((PyThreadLocal)o).TypeName}' object attribute '__dict__' is read-only"));
        return t;
    }

    /// <summary>Releases the exiting thread's dicts of every local it touched.</summary>
    public static void OnThreadExit(PyThreadState ts)
    {
        var slot = LocalSlot.TakeForExit(ts);
        if (slot == null) return;
        foreach (var w in slot.Touched)
            if (w.TryGetTarget(out var local)) local.Release(slot);
    }
}
