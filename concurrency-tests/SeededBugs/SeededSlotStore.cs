// Test-only copy of the __slots__ store as it was before it took the instance's critical section
// (src/Vm.Shared/Objects/PyType.cs, PySlotDescriptor.Set, until commit 257af40): the seeded
// defect is that the array is made, grown and written without TSync.LockLeaf(ts, inst).
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class UnlockedSlotStore : ISlotStore
{
    public void Set(PyThreadState ts, PySlotDescriptor sd, PyInstance inst, PyObject value)
    {
        // SEEDED BUG: no critical section around the make / grow / exchange.
        inst.Slots ??= new PyObject?[sd.Owner.SlotNames?.Length ?? (sd.Index + 1)];
        if (sd.Index >= inst.Slots.Length) Array.Resize(ref inst.Slots, sd.Index + 1);
        Ops<CFt>.Store(ts, ref inst.Slots[sd.Index], value);
    }
}
