// Seeded bug in a test-only copy of list growth: pooling a shared list's replaced array.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededListReuseTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void SeededBug_SharedListArrayPooledOnGrowth_ReaderSeesForeignItems() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_SharedListArrayPooledOnGrowth_ReaderSeesForeignItems), 1000,
            () => ListReuseScenarios.OwnerGrowsWhileAnotherThreadReads(_rt, new SeededListGrow()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));
}
