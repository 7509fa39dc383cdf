// Delayed reuse of a dead list's array (Vm.FreeThreaded/Qsbr.cs, Runtime/Pools/DeadStorage.cs) on a
// full free-threaded runtime with the checking policy. The owner publishes list l1 in a shared slot
// (a .NET field standing for a global), replaces it by l2 and drops l1's last count: l1 dies and
// its 32-slot array waits for the reader's quiescent report. The owner then grows a private list
// through 32 slots (which takes l1's array from the pool if it was released) and drops two more
// lists (each retirement polls its queue). The reader loads the slot uncounted, reads every item
// of what it loaded, and only then reports (an eval-breaker check). Every item it reads must be
// one of the published lists' items: had l1's array been pooled before the report, the reader
// would find l1 emptied (or the private list's items). The drop goes through IDeadListDrop so the
// seeded-bug copy (releases the storage at once, without waiting for the report) runs the same
// scenario.
using Microsoft.Coyote.Specifications;
using Vm.ConcurrencyTests.Harness;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.FreeThreaded;

public interface IDeadListDrop
{
    /// <summary>Drops the owner's last count of <paramref name="l"/> (it dies).</summary>
    void Drop(PyThreadState ts, PyList l);
}

public sealed class RealDeadListDrop : IDeadListDrop
{
    public void Drop(PyThreadState ts, PyList l) => ObjectLifecycle<CFt>.DecRef(ts, l);
}

public static class DeadStorageScenarios
{
    private const int Items = 20; // a 32-slot array from growth

    private sealed class Box
    {
        public PyList? List;
        /// <summary>Released once List is first set (a controlled wait: no spinning reader).</summary>
        public readonly SemaphoreSlim Published = new(0);
    }

    private static PyList Owned(PyThreadState ts, PyRuntime rt, PyObject[] items)
    {
        var l = new PyList(rt.ListType);
        ObjectLifecycle<CFt>.IncRef(ts, l); // claimed by this thread before anyone else sees it
        foreach (var x in items) ListOps<CFt>.Append(ts, l, x);
        return l;
    }

    public static void ReaderLoadsWhileOwnerReplacesAndDrops(PyRuntime<CFt> shared, IDeadListDrop drop)
    {
        var rt = ContainerScenarios.Fresh(shared);
        var main = rt.MainThread;
        var mine = new PyObject[Items];
        for (int i = 0; i < Items; i++) mine[i] = new PyList(rt.ListType); // distinct mortal objects
        var ok = new HashSet<PyObject>(mine, ReferenceEqualityComparer.Instance);
        var ints = Enumerable.Range(0, Items).Select(i => (PyObject)rt.NewInt(i)).ToArray(); // immortal
        var box = new Box();

        rt.Detach(main);
        ContainerScenarios.RunWorkers(rt,
            ts =>
            {
                var l1 = Owned(ts, rt, mine);
                Volatile.Write(ref box.List, l1);
                box.Published.Release();
                var l2 = Owned(ts, rt, mine);
                Volatile.Write(ref box.List, l2); // l1 is unpublished, then dies
                drop.Drop(ts, l1);
                ObjectLifecycle<CFt>.DecRef(ts, Owned(ts, rt, ints)); // a private list through 32 slots, dropped: polls
                ObjectLifecycle<CFt>.DecRef(ts, Owned(ts, rt, ints)); // and again
            },
            ts =>
            {
                box.Published.Wait();
                var l = Volatile.Read(ref box.List)!; // uncounted, as LOAD_GLOBAL pushes it
                for (int i = 0; i < Items; i++)
                {
                    var v = ListOps<CFt>.GetItemOrNull(ts, l, i);
                    Specification.Assert(v != null && ok.Contains(v),
                        "a reader that loaded a list before its owner dropped it found it emptied or holding another list's items (its array was pooled before the reader's quiescent report)");
                }
                CFt.HandleEvalBreaker(ts); // the reader's quiescent report: it holds nothing uncounted now
            });
        rt.Attach(main);
    }
}
