// Seeded bugs in test-only copies of the critical sections: each is a deadlock Coyote must report.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededCriticalSectionTests(ITestOutputHelper output)
{
    [Fact]
    public void SeededBug_TwoObjectLockingInCallOrder_Deadlocks() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_TwoObjectLockingInCallOrder_Deadlocks), 300,
            () => CriticalSectionScenarios.OppositeOrders(new SeededCriticalSections(CsDefect.CallOrder)),
            expectedInReport: "deadlock");

    // The deadlock is always found (iteration 1-3), but its trace replayed to the same deadlock in
    // only 1 of 6 isolated runs on 2026-11-26, also on the morning's commit: the scenario's
    // blocking goes through the object mutex's parking, part of which Coyote does not control, so a
    // replay may block elsewhere first. Found is required; replayed is not.
    [Fact]
    public void SeededBug_SectionNotSuspendedWhenItsThreadBlocks_Deadlocks() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_SectionNotSuspendedWhenItsThreadBlocks_Deadlocks), 300,
            () => CriticalSectionScenarios.SuspendedAcrossBlocking(new SeededCriticalSections(CsDefect.NotSuspendedOnBlock)),
            expectedInReport: "deadlock", requireReplay: false);

    [Fact]
    public void SeededBug_NonOwnerLocksWithoutWaitingForTheOwner_LosesUpdates() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_NonOwnerLocksWithoutWaitingForTheOwner_LosesUpdates), 300,
            () => CriticalSectionScenarios.OwnerAndOthers(new SeededCriticalSections(CsDefect.OwnerNotAwaited)),
            expectedInReport: "lost updates");

    [Fact]
    public void SeededBug_LeafOwnerSectionIgnoresRevocation_LosesUpdates() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_LeafOwnerSectionIgnoresRevocation_LosesUpdates), 300,
            () => CriticalSectionScenarios.OwnerLeafAndOthers(new SeededCriticalSections(CsDefect.LeafIgnoresRevocation)),
            expectedInReport: "lost updates");

    [Fact]
    public void SeededBug_LeafEndRereadsTheFlag_BreaksTheSectionStack() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_LeafEndRereadsTheFlag_BreaksTheSectionStack), 300,
            () => CriticalSectionScenarios.OwnerLeafAndOthers(new SeededCriticalSections(CsDefect.LeafEndRereadsFlag)));

    [Fact]
    public void SeededBug_ElisionBackOnWhileOtherThreadsLive_LosesUpdates() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_ElisionBackOnWhileOtherThreadsLive_LosesUpdates), 300,
            () => CriticalSectionScenarios.ElisionBackOn(new SeededCriticalSections(CsDefect.ElisionBackWithOthersLive)),
            c => c.WithMemoryAccessRaceCheckingEnabled(true), expectedInReport: "lost updates");

    [Fact]
    public void SeededBug_ResumedOwnerSectionIgnoresRevocation_LosesUpdates() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_ResumedOwnerSectionIgnoresRevocation_LosesUpdates), 1500,
            () => CriticalSectionScenarios.OwnerAndOthers(new SeededCriticalSections(CsDefect.ResumeKeepsOwnerSection)),
            expectedInReport: "lost updates");

    [Fact]
    public void SeededCriticalSectionCopiesWithoutDefect_PassTheScenarios()
    {
        CoyoteRun.AssertNoBug(output, "SeededCsCopy_OppositeOrders", 50,
            () => CriticalSectionScenarios.OppositeOrders(new SeededCriticalSections(CsDefect.None)));
        CoyoteRun.AssertNoBug(output, "SeededCsCopy_SuspendedAcrossBlocking", 50,
            () => CriticalSectionScenarios.SuspendedAcrossBlocking(new SeededCriticalSections(CsDefect.None)));
        CoyoteRun.AssertNoBug(output, "SeededCsCopy_OwnerAndOthers", 50,
            () => CriticalSectionScenarios.OwnerAndOthers(new SeededCriticalSections(CsDefect.None)));
        CoyoteRun.AssertNoBug(output, "SeededCsCopy_OwnerLeafAndOthers", 50,
            () => CriticalSectionScenarios.OwnerLeafAndOthers(new SeededCriticalSections(CsDefect.None)));
        CoyoteRun.AssertNoBug(output, "SeededCsCopy_ElisionBackOn", 50,
            () => CriticalSectionScenarios.ElisionBackOn(new SeededCriticalSections(CsDefect.None)));
    }
}
