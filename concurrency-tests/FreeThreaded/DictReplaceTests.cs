// obj.__dict__ assigned by two threads on the production free-threaded runtime: Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class DictReplaceTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void FtDictAssignedByTwoThreads_EachDictReleasedOnce()
    {
        var f = DictReplaceScenarios.Define(_rt);
        CoyoteRun.AssertNoBug(output, nameof(FtDictAssignedByTwoThreads_EachDictReleasedOnce), 300,
            () => DictReplaceScenarios.TwoThreadsAssignDict(_rt, f, new RealDictReplace()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));
    }
}
