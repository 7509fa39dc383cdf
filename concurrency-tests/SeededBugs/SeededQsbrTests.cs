// Seeded bug in a test-only copy of the dead-storage retirement (SeededQsbr.cs).
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededQsbrTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void SeededBug_DeadListsArrayReusedWithoutQuiescentReport_ReaderSeesItEmptied() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_DeadListsArrayReusedWithoutQuiescentReport_ReaderSeesItEmptied), 1000,
            () => DeadStorageScenarios.ReaderLoadsWhileOwnerReplacesAndDrops(_rt, new SeededDeadListDrop()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true).WithPrioritizationStrategy());
}
