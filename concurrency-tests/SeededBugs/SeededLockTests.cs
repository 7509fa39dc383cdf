// Seeded bugs in a test-only copy of the lock core: Coyote must find each within the CI budget.
using Vm.ConcurrencyTests.Gil;
using Vm.ConcurrencyTests.Harness;
using Vm.ConcurrencyTests.Locks;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededLockTests(ITestOutputHelper output)
{
    private static Func<ILockModel> Copy(LockDefect d) => () => new SeededLockCore(d);

    [Fact]
    public void SeededLockCopyWithoutDefect_PassesTheScenarios()
    {
        CoyoteRun.AssertNoBug(output, nameof(SeededLockCopyWithoutDefect_PassesTheScenarios) + "_Gil", 100,
            () => LockScenarios.CounterUnderGil(Copy(LockDefect.None), threads: 3, timed: false), GilTests.Liveness);
        CoyoteRun.AssertNoBug(output, nameof(SeededLockCopyWithoutDefect_PassesTheScenarios) + "_Ft", 100,
            () => LockScenarios.CounterFreeThreaded(Copy(LockDefect.None), threads: 3, timed: false));
        CoyoteRun.AssertNoBug(output, nameof(SeededLockCopyWithoutDefect_PassesTheScenarios) + "_Detached", 100,
            () => LockScenarios.CounterDetached(Copy(LockDefect.None), threads: 2, rounds: 3));
    }

    [Fact]
    public void SeededBug_LockReleaseReadsWaitersFirst_LostWakeUp() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_LockReleaseReadsWaitersFirst_LostWakeUp), 500,
            () => LockScenarios.CounterDetached(Copy(LockDefect.ReleaseReadsWaitersFirst), threads: 2, rounds: 3),
            expectedInReport: "deadlock");

    [Fact]
    public void SeededBug_LockParkWithoutRecheck_LostWakeUp() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_LockParkWithoutRecheck_LostWakeUp), 500,
            () => LockScenarios.CounterDetached(Copy(LockDefect.ParkWithoutRecheck), threads: 2, rounds: 3),
            expectedInReport: "deadlock");

    [Fact]
    public void SeededBug_LockSpinWithoutCas_BreaksMutualExclusion() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_LockSpinWithoutCas_BreaksMutualExclusion), 500,
            () => LockScenarios.CounterFreeThreaded(Copy(LockDefect.SpinWithoutCas), threads: 3, timed: false),
            c => c.WithMemoryAccessRaceCheckingEnabled(true)); // seen as two inside, or as a release of an unlocked lock
}
