// Scenario 3 on the production critical sections: Coyote must find nothing.
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.FreeThreaded;

public sealed class CriticalSectionTests(ITestOutputHelper output)
{
    [Fact]
    public void CriticalSections_TwoObjectsInOppositeOrders_NeverDeadlock() =>
        CoyoteRun.AssertNoBug(output, nameof(CriticalSections_TwoObjectsInOppositeOrders_NeverDeadlock), 300,
            () => CriticalSectionScenarios.OppositeOrders(new RealCriticalSections()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void CriticalSections_SuspendedAcrossBlockingAndResumed() =>
        CoyoteRun.AssertNoBug(output, nameof(CriticalSections_SuspendedAcrossBlockingAndResumed), 300,
            () => CriticalSectionScenarios.SuspendedAcrossBlocking(new RealCriticalSections()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void CriticalSections_OwnerSectionsAgainstOtherThreads() =>
        CoyoteRun.AssertNoBug(output, nameof(CriticalSections_OwnerSectionsAgainstOtherThreads), 300,
            () => CriticalSectionScenarios.OwnerAndOthers(new RealCriticalSections()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void CriticalSections_LeafOwnerSectionsAgainstOtherThreads() =>
        CoyoteRun.AssertNoBug(output, nameof(CriticalSections_LeafOwnerSectionsAgainstOtherThreads), 300,
            () => CriticalSectionScenarios.OwnerLeafAndOthers(new RealCriticalSections()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void CriticalSections_ElisionComesBackOnWhenAloneAndEndsAgain() =>
        CoyoteRun.AssertNoBug(output, nameof(CriticalSections_ElisionComesBackOnWhenAloneAndEndsAgain), 300,
            () => CriticalSectionScenarios.ElisionBackOn(new RealCriticalSections()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void CriticalSections_NestedAndReentrant() =>
        CoyoteRun.AssertNoBug(output, nameof(CriticalSections_NestedAndReentrant), 300,
            () => CriticalSectionScenarios.Nesting(new RealCriticalSections()),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));
}
