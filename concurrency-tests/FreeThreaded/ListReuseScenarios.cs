// The item-array pool's cross-thread protocol (Objects/PyList.cs, "STORAGE REUSE"; ISyncPolicy
// EnsureSharedOnRead / MayReuseStorage) on a full free-threaded runtime with the checking policy.
// A worker claims a list, fills its 16-slot array and publishes it; a reader reads it lock-free
// (ListOps.GetItemOrNull and a lock-free copy) while the owner grows it (its old 16-slot array is
// a pool class) and then extends a private list by 16 other items, which takes a 16-slot array
// from the owner's pool. Every item the reader sees must be one of the published list's: had the owner
// pooled the array the reader holds, the reader could see the private list's items in it. Growth
// goes through IListGrow so the seeded-bug copy (pools without asking MayReuseStorage) runs the
// same scenario.
using Microsoft.Coyote.Specifications;
using Vm.ConcurrencyTests.Harness;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.FreeThreaded;

public interface IListGrow
{
    void Append(PyThreadState ts, PyList l, PyObject v);
}

public sealed class RealListGrow : IListGrow
{
    public void Append(PyThreadState ts, PyList l, PyObject v) => ListOps<CFt>.Append(ts, l, v);
}

public static class ListReuseScenarios
{
    private sealed class Box
    {
        public PyList? List;
        /// <summary>Released once List is set (a controlled wait: no spinning reader for the scheduler to favour).</summary>
        public readonly SemaphoreSlim Published = new(0);
    }

    public static void OwnerGrowsWhileAnotherThreadReads(PyRuntime<CFt> shared, IListGrow grow)
    {
        var rt = ContainerScenarios.Fresh(shared);
        var main = rt.MainThread;
        var mine = new PyObject[17];
        for (int i = 0; i < mine.Length; i++) mine[i] = new PyList(rt.ListType); // distinct mortal objects
        // Immortal small ints: counting them takes no step, so the private list fills its array
        // within one section right after the growth (a short window for the scheduler to hit).
        var foreign = new PyTuple(rt.TupleType, Enumerable.Range(0, 16).Select(i => (PyObject)rt.NewInt(i)).ToArray());
        var ok = new HashSet<PyObject>(mine, ReferenceEqualityComparer.Instance);
        var box = new Box();

        rt.Detach(main);
        ContainerScenarios.RunWorkers(rt,
            ts =>
            {
                var l = new PyList(rt.ListType);
                ObjectLifecycle<CFt>.IncRef(ts, l); // claimed by this thread before anyone else sees it
                for (int i = 0; i < 16; i++) grow.Append(ts, l, mine[i]); // a full 16-slot array
                Volatile.Write(ref box.List, l);
                box.Published.Release();
                grow.Append(ts, l, mine[16]); // grows: the 16-slot array is replaced
                var p = new PyList(rt.ListType);
                ObjectLifecycle<CFt>.IncRef(ts, p);
                ListOps<CFt>.Extend(ts, p, foreign); // grows to 16 slots at once: the array comes from the pool
            },
            ts =>
            {
                box.Published.Wait();
                var l = Volatile.Read(ref box.List)!;
                for (int i = 0; i < 16; i++)
                {
                    var v = ListOps<CFt>.GetItemOrNull(ts, l, i);
                    Specification.Assert(v != null && ok.Contains(v), "a lock-free read of a shared list saw an item of another list (its array was pooled and reused)");
                }
                foreach (var v in l.ToArray<CFt>(ts))
                    Specification.Assert(ok.Contains(v), "a lock-free copy of a shared list holds an item of another list (its array was pooled and reused)");
            });
        rt.Attach(main);
    }
}
