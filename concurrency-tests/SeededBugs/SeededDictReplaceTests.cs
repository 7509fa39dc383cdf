// obj.__dict__ assignment without the object's critical section: Coyote must find the double release.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededDictReplaceTests(ITestOutputHelper output)
{
    private readonly Vm.Runtime.PyRuntime<Checked<Vm.FreeThreaded.FreeThreadedSync>> _rt = ContainerScenarios.NewRuntime();

    [Fact]
    public void SeededBug_DictReplaceWithoutObjectLock_ReleasesADictTwice()
    {
        var f = DictReplaceScenarios.Define(_rt);
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_DictReplaceWithoutObjectLock_ReleasesADictTwice), 500,
            () => DictReplaceScenarios.TwoThreadsAssignDict(_rt, f, new UnlockedDictReplace()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true), expectedInReport: "not 0");
    }
}
