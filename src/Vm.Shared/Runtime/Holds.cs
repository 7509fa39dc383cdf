// Counts a native holds on objects it did not store: a floating argument, or values it collected or
// keeps as its running answer, while it runs Python code that could drop every other reference (a
// bound method made and dropped on the argument, a generator's `yield v; del v`, a __getitem__ that
// replaces the value it returned before, a key function). Hold takes a count. At the end the count
// is either given back without freeing (GiveBack: DecRefNoDealloc, the object is floating again and
// belongs to whoever held it before, the caller's stack, or to the native's caller that stores the
// result) or, on an error path for values nobody else will own, released as any count (Release,
// which may free). Settle picks one of the two. Both backends: the counts are TSync's.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class Holds<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>One count on <paramref name="o"/> (none on an immortal).</summary>
    public static void Hold(PyThreadState ts, PyObject o)
    {
        if (!o.IsImmortal) TSync.IncRef(ts, o);
    }

    /// <summary>Gives back Hold's count without freeing: the object is the caller's again.</summary>
    public static void GiveBack(PyThreadState ts, PyObject o)
    {
        if (!o.IsImmortal) TSync.DecRefNoDealloc(ts, o);
    }

    /// <summary>Releases Hold's count (it may free the object): an error path's, or a value replaced.</summary>
    public static void Release(PyThreadState ts, PyObject o)
    {
        if (!o.IsImmortal) ObjectLifecycle<TSync>.DecRef(ts, o);
    }

    /// <summary>GiveBack when <paramref name="keep"/> (the value goes on to the caller), else Release.</summary>
    public static void Settle(PyThreadState ts, PyObject o, bool keep)
    {
        if (keep) GiveBack(ts, o);
        else Release(ts, o);
    }

    /// <summary>Hold of each item.</summary>
    public static void HoldAll(PyThreadState ts, ReadOnlySpan<PyObject> items)
    {
        foreach (var x in items) Hold(ts, x);
    }

    /// <summary>GiveBack of each item.</summary>
    public static void GiveBackAll(PyThreadState ts, ReadOnlySpan<PyObject> items)
    {
        foreach (var x in items) GiveBack(ts, x);
    }

    /// <summary>Release of each item (an error path's: they may be freed).</summary>
    public static void ReleaseAll(PyThreadState ts, ReadOnlySpan<PyObject> items)
    {
        foreach (var x in items) Release(ts, x);
    }
}
