// Test-only copy of Ops.ReplaceDict (src/Vm.Shared/Runtime/Ops/Ops.Attributes.cs) without the
// object's critical section: the seeded defect is the unlocked read-old/write-new that let two
// setters both take out, and both release, the same old dict.
using Microsoft.Coyote.Runtime;
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class UnlockedDictReplace : IDictReplace
{
    public void Replace(PyThreadState ts, PyFunction f, PyDict d)
    {
        ObjectLifecycle<CFt>.IncRef(ts, d);
        var old = f.Dict; // SEEDED BUG: no TSync.LockLeaf(ts, f) around the read and the write
        SchedulingPoint.Interleave(); // the property accessors are not rewritten: mark the race window
        f.Dict = d;
        if (old != null) ObjectLifecycle<CFt>.DecRef(ts, old);
    }
}
