// The __slots__ store without the instance's critical section: Coyote must find the lost store.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededSlotTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void SeededBug_SlotStoreWithoutInstanceLock_LosesAStore()
    {
        var classes = SlotScenarios.Define(_rt);
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_SlotStoreWithoutInstanceLock_LosesAStore), 500,
            () => SlotScenarios.StoresIntoOneFreshInstance(_rt, classes, new UnlockedSlotStore()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));
    }
}
