// Test-only copy of Qsbr.Retire (src/Vm.FreeThreaded/Qsbr.cs) with one seeded defect: a dead
// container's storage is released to the pool at once, without waiting for the other attached
// threads' quiescent reports, so a reader that loaded the container just before its death finds
// it emptied (or another container's items in its array).
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededDeadListDrop : IDeadListDrop
{
    public void Drop(PyThreadState ts, PyList l)
    {
        ObjectLifecycle<CFt>.DecRef(ts, l); // dies: queued by the real Retire
        DeadStorage<FreeThreadedSync>.Release(ts, l); // SEEDED BUG: no wait for Qsbr.MinObserved to reach its goal
    }
}
