// Test-only dict-table pool whose MayReuseStorage ignores the shared mark (ObjectFlags.LockShared):
// the seeded defect is pooling the old table of a dict another thread may be reading lock-free.
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class PoolIgnoringSharedMark(PyRuntime rt) : DictTablePool(rt.DictType)
{
    protected override bool MayReuseStorage(PyObject d) => true; // SEEDED BUG: FreeThreadedSync.MayReuseStorage also asks LockShared and the owner
}
