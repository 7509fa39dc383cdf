// Py_ReprEnter / Py_ReprLeave: the per-thread set of containers whose repr is in progress, so a
// container that contains itself prints `[...]` / `{...}` instead of recursing forever. One set
// per thread state (a thread's reprs never see another thread's entries), kept in a side table so
// the thread state needs no field for it.
using System.Runtime.CompilerServices;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Containers;

public static class ReprGuard
{
    private sealed class Active
    {
        public readonly HashSet<PyObject> Objects = new(ReferenceEqualityComparer.Instance);
    }

    private static readonly ConditionalWeakTable<PyThreadState, Active> s_active = new();

    /// <summary>Marks o as being repr'd on this thread; false if it already is (print the recursion marker).</summary>
    public static bool Enter(PyThreadState ts, PyObject o) => s_active.GetValue(ts, static _ => new Active()).Objects.Add(o);

    public static void Leave(PyThreadState ts, PyObject o)
    {
        if (s_active.TryGetValue(ts, out var a)) a.Objects.Remove(o);
    }
}
