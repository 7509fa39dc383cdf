// A pool that takes a shared dict's old table: Coyote must find the reader comparing another dict's key.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededDictPoolTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = DictPoolScenarios.NewRuntime();

    [Fact]
    public void SeededBug_PoolTakesASharedDictsTable_ReaderComparesForeignKeys()
    {
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_PoolTakesASharedDictsTable_ReaderComparesForeignKeys), 500,
            () => DictPoolScenarios.OwnerPoolsWhileAnotherThreadReads(_rt, rt => new PoolIgnoringSharedMark(rt)),
            DictPoolScenarios.Strategy, expectedInReport: "another dict");
    }
}
