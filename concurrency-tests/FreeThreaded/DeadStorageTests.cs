// A dead list's array waits for the other thread's quiescent report (Vm.FreeThreaded/Qsbr.cs): Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class DeadStorageTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void FtDeadListsArray_WaitsForTheReadersReport_TheReaderSeesOnlyItsItems() =>
        CoyoteRun.AssertNoBug(output, nameof(FtDeadListsArray_WaitsForTheReadersReport_TheReaderSeesOnlyItsItems), 300,
            () => DeadStorageScenarios.ReaderLoadsWhileOwnerReplacesAndDrops(_rt, new RealDeadListDrop()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true).WithPrioritizationStrategy());
}
