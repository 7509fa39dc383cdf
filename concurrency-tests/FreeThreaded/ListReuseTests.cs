// The item-array pool's shared-marking protocol on the production free-threaded runtime: Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class ListReuseTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void FtList_OwnerGrowsAndReusesArrays_ReaderSeesOnlyTheListsItems() =>
        CoyoteRun.AssertNoBug(output, nameof(FtList_OwnerGrowsAndReusesArrays_ReaderSeesOnlyTheListsItems), 300,
            () => ListReuseScenarios.OwnerGrowsWhileAnotherThreadReads(_rt, new RealListGrow()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));
}
