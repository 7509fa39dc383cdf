// Scenario 4 on the production free-threaded containers: Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class ContainerTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void FtList_AppendPopSetitemResize_AgainstLockFreeReaders() =>
        CoyoteRun.AssertNoBug(output, nameof(FtList_AppendPopSetitemResize_AgainstLockFreeReaders), 300,
            () => ContainerScenarios.ListAgainstLockFreeReaders(_rt, new RealListOps()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void FtList_InsertInPlaceAndReverse_AgainstLockFreeReaders() =>
        CoyoteRun.AssertNoBug(output, nameof(FtList_InsertInPlaceAndReverse_AgainstLockFreeReaders), 300,
            () => ContainerScenarios.ListInsertReverseAgainstLockFreeReaders(_rt),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void FtDict_InsertDeleteResize_AgainstLookupsAndIteration() =>
        CoyoteRun.AssertNoBug(output, nameof(FtDict_InsertDeleteResize_AgainstLookupsAndIteration), 300,
            () => ContainerScenarios.DictAgainstLookupsAndIteration(_rt),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void FtSet_AddDiscard() =>
        CoyoteRun.AssertNoBug(output, nameof(FtSet_AddDiscard), 200,
            () => ContainerScenarios.SetAddDiscard(_rt),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void FtList_OwnerGrowsAndReusesArrays_ReaderSeesOnlyTheListsItems() =>
        CoyoteRun.AssertNoBug(output, nameof(FtList_OwnerGrowsAndReusesArrays_ReaderSeesOnlyTheListsItems), 100,
            () => ListReuseScenarios.OwnerGrowsWhileAnotherThreadReads(_rt, new RealListGrow()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true).WithPrioritizationStrategy());
}
