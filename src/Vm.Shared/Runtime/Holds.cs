// Counts a native holds on objects it did not store: a floating argument or a value it read, while
// it runs Python code that could drop every other reference (a bound method made and dropped on
// the argument, a __getitem__ that replaces the value it returned before). Hold takes a count;
// GiveBack returns it without freeing (DecRefNoDealloc), so the object is floating again and belongs
// to whoever held it before (the caller's stack) or stores it next. Release returns it as an
// ordinary release (on an error path, for values nobody else will own).
// Both backends: the counts are TSync's (the free-threaded policy's local or shared count).
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

    /// <summary>An ordinary release of each held item (it may free them): an error path's.</summary>
    public static void ReleaseAll(PyThreadState ts, ReadOnlySpan<PyObject> items)
    {
        foreach (var x in items) if (!x.IsImmortal) ObjectLifecycle<TSync>.DecRef(ts, x);
    }
}
