// __slots__ stores on the production free-threaded runtime: Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class SlotTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void FtSlots_MakeGrowAndReplaceOnOneInstance_NoLostStore()
    {
        var classes = SlotScenarios.Define(_rt);
        CoyoteRun.AssertNoBug(output, nameof(FtSlots_MakeGrowAndReplaceOnOneInstance_NoLostStore), 300,
            () => SlotScenarios.StoresIntoOneFreshInstance(_rt, classes, new RealSlotStore()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));
    }
}
