// Ctrl-C waking a blocked wait (PyThreadState.WaitingOn / WakeInterruptibleWait, LockCore's
// interruptible acquire). The waiter blocks on a lock nobody releases, with no timeout; another
// thread sets the interrupt bit and wakes it, as PyRuntime.DeliverKeyboardInterrupt does. A lost
// wake-up leaves the waiter in an untimed Monitor.Wait for ever: Coyote reports the deadlock.
// Seeded bug: the interrupter sets the bit but forgets the wake-up.
using Microsoft.Coyote.Specifications;
using Vm.Concurrency;
using Vm.ConcurrencyTests.Harness;
using Vm.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.Interrupts;

public static class InterruptScenarios
{
    public static void InterruptWakesBlockedAcquire(bool wake)
    {
        var rt = MiniRuntime.WithGil();
        var waiter = rt.NewThreadState();
        var lk = new LockCore();
        Specification.Assert(lk.TryAcquire(), "the lock starts free");
        bool acquired = true;
        Threads.RunAll(
            () => acquired = lk.Acquire(waiter, blocking: true, timeoutSeconds: -1, rt.WaitSeam, interruptible: true),
            () =>
            {
                waiter.SetEvalBreakerBit(EvalBreakerBits.AsyncException);
                if (wake) waiter.WakeInterruptibleWait();
            });
        Specification.Assert(!acquired, "an interrupted acquire of a held lock reported success");
        Specification.Assert(Volatile.Read(ref waiter.WaitingOn) == null, "the waiter left its wait published");
    }
}

public sealed class InterruptTests(ITestOutputHelper output)
{
    [Fact]
    public void Interrupt_WakesABlockedLockAcquire() =>
        CoyoteRun.AssertNoBug(output, nameof(Interrupt_WakesABlockedLockAcquire), 300,
            () => InterruptScenarios.InterruptWakesBlockedAcquire(wake: true));

    [Fact]
    public void SeededBug_InterruptWithoutWakeUp_Deadlocks() =>
        CoyoteRun.AssertFindsBug(output, nameof(SeededBug_InterruptWithoutWakeUp_Deadlocks), 300,
            () => InterruptScenarios.InterruptWakesBlockedAcquire(wake: false), expectedInReport: "deadlock");
}
