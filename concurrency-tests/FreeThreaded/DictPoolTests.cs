// The dict-table pool against a lock-free reader on another thread: Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class DictPoolTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = DictPoolScenarios.NewRuntime();

    [Fact]
    public void FtOwnerPoolsTables_AReaderOnlyComparesTheDictsOwnKeys()
    {
        CoyoteRun.AssertNoBug(output, nameof(FtOwnerPoolsTables_AReaderOnlyComparesTheDictsOwnKeys), 300,
            () => DictPoolScenarios.OwnerPoolsWhileAnotherThreadReads(_rt, null), DictPoolScenarios.Strategy);
    }
}
