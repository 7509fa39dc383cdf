// Seeded bugs in test-only copies of list operations on the free-threaded backend (SeededListOps.cs,
// SeededListReuse.cs).
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededListTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void SeededBug_ListAppendWithoutPerObjectLock_LosesAnItem() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_ListAppendWithoutPerObjectLock_LosesAnItem), 500,
            () => ContainerScenarios.ListAgainstLockFreeReaders(_rt, new SeededListOps(ListDefect.AppendWithoutLock)),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void SeededBug_LockFreeReadWithoutRecheck_ReturnsMissingItem() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_LockFreeReadWithoutRecheck_ReturnsMissingItem), 500,
            () => ContainerScenarios.ListAgainstLockFreeReaders(_rt, new SeededListOps(ListDefect.ReadWithoutRecheck)),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void SeededBug_SharedListArrayPooledOnGrowth_ReaderSeesForeignItems() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_SharedListArrayPooledOnGrowth_ReaderSeesForeignItems), 1000,
            () => ListReuseScenarios.OwnerGrowsWhileAnotherThreadReads(_rt, new SeededListGrow()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true).WithPrioritizationStrategy());
}
