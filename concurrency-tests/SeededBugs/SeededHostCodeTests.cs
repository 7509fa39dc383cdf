// Seeded bugs in test-only copies of HostCode: Coyote must report each (a deadlock, or lost updates).
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededHostCodeTests(ITestOutputHelper output)
{
    [Fact]
    public void SeededBug_HostCodeNotPublished_RevokerAndOwnerDeadlock() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_HostCodeNotPublished_RevokerAndOwnerDeadlock), 300,
            () => HostCodeScenarios.OwnerWaitsInHostCode(new RealCriticalSections(), new SeededHostCode(HostCodeDefect.NotPublished), others: 2),
            expectedInReport: "deadlock");

    [Fact]
    public void SeededBug_HostCodeKeepsItsSections_LosesUpdatesOrDeadlocks() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_HostCodeKeepsItsSections_LosesUpdatesOrDeadlocks), 1500,
            () => HostCodeScenarios.OwnerWaitsInHostCode(new RealCriticalSections(), new SeededHostCode(HostCodeDefect.SectionsKept), others: 2));

    [Fact]
    public void SeededBug_HostCodeWithoutWakeUp_RevokerSleepsForEver() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_HostCodeWithoutWakeUp_RevokerSleepsForEver), 1500,
            () => HostCodeScenarios.OwnerWaitsInHostCode(new RealCriticalSections(), new SeededHostCode(HostCodeDefect.NoWakeUp), others: 1),
            expectedInReport: "deadlock");

    [Fact]
    public void SeededHostCodeCopyWithoutDefect_PassesTheScenario() =>
        CoyoteRun.AssertNoBug(output, "SeededHostCodeCopy_OwnerWaitsInHostCode", 100,
            () => HostCodeScenarios.OwnerWaitsInHostCode(new RealCriticalSections(), new SeededHostCode(HostCodeDefect.None), others: 2));
}
