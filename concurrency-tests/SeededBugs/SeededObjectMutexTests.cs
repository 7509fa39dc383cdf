// A seeded bug in a test-only copy of the object mutex's slow path: Coyote must find it within the CI budget.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededObjectMutexTests(ITestOutputHelper output)
{
    [Fact]
    public void SeededObjectMutexCopyWithoutDefect_PassesTheScenario() =>
        CoyoteRun.AssertNoBug(output, nameof(SeededObjectMutexCopyWithoutDefect_PassesTheScenario), 300,
            () => ObjectMutexScenarios.SleepersSharingABucket(new SeededObjectMutex(MutexDefect.None)));

    [Fact]
    public void SeededBug_ObjectMutexUnlockWakesOneSleeper_LostWakeUp() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_ObjectMutexUnlockWakesOneSleeper_LostWakeUp), 500,
            () => ObjectMutexScenarios.SleepersSharingABucket(new SeededObjectMutex(MutexDefect.UnlockWakesOne)),
            expectedInReport: "deadlock");
}
