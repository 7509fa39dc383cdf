// Seeded bugs in a test-only copy of the biased reference counting.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededRefCountTests(ITestOutputHelper output)
{
    [Fact]
    public void SeededRefCountCopyWithoutDefect_PassesTheScenario() =>
        CoyoteRun.AssertNoBug(output, nameof(SeededRefCountCopyWithoutDefect_PassesTheScenario), 100,
            () => RefCountScenarios.OwnerAndNonOwners(new SeededRefCount(RefCountDefect.None)),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    // The lost update is between the seeded plain write and the owner's merge in Vm.FreeThreaded,
    // whose memory accesses Coyote does not schedule: the trace need not replay the race the same
    // way (it missed in 4 of 8 replays on 2026-11-26, also on that morning's commit). The bug must
    // still be found.
    [Fact]
    public void SeededBug_NonAtomicSharedDecrement_LosesADecrement() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_NonAtomicSharedDecrement_LosesADecrement), 400,
            () => RefCountScenarios.OwnerAndNonOwners(new SeededRefCount(RefCountDefect.NonAtomicSharedDecrement)),
            c => c.WithMemoryAccessRaceCheckingEnabled(true), requireReplay: false);

    [Fact]
    public void SeededBug_MergeStateNotChecked_FreesWhileReferenced() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_MergeStateNotChecked_FreesWhileReferenced), 400,
            () => RefCountScenarios.OwnerAndNonOwners(new SeededRefCount(RefCountDefect.ZeroWithoutMergedStateCheck)),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));
}
