// gc.get_objects / gc.get_referrers: this VM keeps no list of every object (CPython's GC lists),
// so both walk the object graph from the roots a program can reach: sys.modules, the builtins,
// and every thread's frames. Objects reachable only from native .NET state are not listed.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime.Gc;

public static class GcHeapWalk<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Container objects (what CPython tracks: not ints, floats, strings, bytes, None) reachable from the roots.</summary>
    public static List<PyObject> LiveObjects(PyThreadState ts)
    {
        var seen = Walk(ts);
        var res = new List<PyObject>();
        foreach (var o in seen)
            if (IsTracked(ts.Rt, o)) res.Add(o);
        return res;
    }

    /// <summary>The reachable objects that refer directly to any of <paramref name="targets"/>.</summary>
    public static List<PyObject> Referrers(PyThreadState ts, ReadOnlySpan<PyObject> targets)
    {
        var want = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var t in targets) want.Add(t);
        var res = new List<PyObject>();
        var children = new List<PyObject>();
        foreach (var o in Walk(ts))
        {
            children.Clear();
            Children(ts, o, children);
            foreach (var c in children)
                if (want.Contains(c)) { res.Add(o); break; }
        }
        return res;
    }

    public static bool IsTracked(PyRuntime rt, PyObject o) =>
        o is not (PyInt or PyFloat or PyStr or PyBytes) && !ReferenceEquals(o, rt.None);

    private static void Children(PyThreadState ts, PyObject o, List<PyObject> sink)
    {
        // A lock-free read of another thread's list array or dict table: marked shared first, so
        // that its owner does not hand that storage to its pool meanwhile (ISyncPolicy.EnsureSharedOnRead).
        TSync.EnsureSharedOnRead(ts, o);
        o.CollectChildren(sink);
        if (o is PyType t) sink.Add(t.Dict);
        else if (o is PyModule or PyFunction && o is IHasDict { Dict: { } d }) sink.Add(d);
    }

    private static HashSet<PyObject> Walk(PyThreadState ts)
    {
        var rt = ts.Rt;
        var seen = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<PyObject>();
        void Push(PyObject? o)
        {
            if (o != null && (o.FlagBits & (int)ObjectFlags.Dead) == 0 && seen.Add(o)) pending.Push(o);
        }
        Push(rt.Modules);
        Push(rt.BuiltinsDict);
        foreach (var t in rt.Threads.Values)
            for (var f = t.Frame; f != null; f = f.Back)
            {
                for (int i = 0; i < f.Sp && i < f.Slots.Length; i++) Push(f.Slots[i]);
                Push(f.Locals);
                Push(f.Globals);
            }
        var children = new List<PyObject>();
        while (pending.Count > 0)
        {
            children.Clear();
            Children(ts, pending.Pop(), children);
            foreach (var c in children) Push(c);
        }
        return seen;
    }
}
