// The lock core on both backends' attached acquire path: Coyote must find nothing.
using Vm.ConcurrencyTests.Gil;
using Vm.ConcurrencyTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.Locks;

public sealed class LockTests(ITestOutputHelper output)
{
    private static ILockModel Real() => new RealLock();

    [Fact]
    public void Lock_UnderGil_ContendedCounter() =>
        CoyoteRun.AssertNoBug(output, nameof(Lock_UnderGil_ContendedCounter), 300,
            () => LockScenarios.CounterUnderGil(Real, threads: 3, timed: false),
            c => GilTests.Liveness(c).WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void Lock_UnderGil_TimedAcquire() =>
        CoyoteRun.AssertNoBug(output, nameof(Lock_UnderGil_TimedAcquire), 300,
            () => LockScenarios.CounterUnderGil(Real, threads: 2, timed: true),
            c => GilTests.Liveness(c).WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void Lock_FreeThreaded_ContendedCounter_SpinThenPark() =>
        CoyoteRun.AssertNoBug(output, nameof(Lock_FreeThreaded_ContendedCounter_SpinThenPark), 300,
            () => LockScenarios.CounterFreeThreaded(Real, threads: 3, timed: false),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void Lock_FreeThreaded_TimedAcquire() =>
        CoyoteRun.AssertNoBug(output, nameof(Lock_FreeThreaded_TimedAcquire), 300,
            () => LockScenarios.CounterFreeThreaded(Real, threads: 2, timed: true),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void Lock_DetachedCaller_ContendedCounter() =>
        CoyoteRun.AssertNoBug(output, nameof(Lock_DetachedCaller_ContendedCounter), 300,
            () => LockScenarios.CounterDetached(Real, threads: 2, rounds: 3),
            c => c.WithMemoryAccessRaceCheckingEnabled(true));

    [Fact]
    public void Lock_InterruptWakesAnAttachedAcquire() =>
        CoyoteRun.AssertNoBug(output, nameof(Lock_InterruptWakesAnAttachedAcquire), 300,
            () => LockScenarios.InterruptWakesAttachedAcquire(Real));
}
