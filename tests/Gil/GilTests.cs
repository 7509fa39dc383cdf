// Tests of the GIL (src/Vm.Gil/Gil.cs) with real threads. No assertion depends on timing: waits
// are for conditions, and the timeouts are only there to turn a hang into a failure.
using Vm.Gil;
using Vm.Runtime;
using Xunit;
using GilLock = Vm.Gil.Gil;

namespace Vm.Tests.Gil;

public sealed class GilTests
{
    [Fact]
    public void TakeAndDrop_Uncontended()
    {
        var rt = TestRuntime.WithGil();
        var gil = rt.Gil;
        var ts = rt.NewThreadState();

        Assert.False(gil.IsLocked);
        Assert.False(gil.IsHeldBy(ts));
        gil.Take(ts);
        Assert.True(gil.IsHeldBy(ts));
        Assert.Same(ts, gil.Holder);
        gil.Drop(ts);
        Assert.False(gil.IsHeldBy(ts));
        Assert.Null(gil.Holder);
        gil.Take(ts);
        gil.Drop(ts);

        var stats = gil.GetStats();
        Assert.Equal(2, stats.Acquisitions);
        Assert.Equal(0, stats.ContendedAcquisitions);
        Assert.Equal(1, stats.Switches); // the same thread retaking is not a switch
    }

    [Fact]
    public void Misuse_Throws()
    {
        var rt = TestRuntime.WithGil();
        var gil = rt.Gil;
        var a = rt.NewThreadState();
        var b = rt.NewThreadState();

        Assert.Throws<InvalidOperationException>(() => gil.Drop(a));
        gil.Take(a);
        Assert.Throws<InvalidOperationException>(() => gil.Take(a));
        Assert.Throws<InvalidOperationException>(() => gil.Drop(b));
        Assert.Throws<InvalidOperationException>(() => gil.DropForSwitch(b));
        Assert.True(gil.IsHeldBy(a));
        gil.Drop(a);
    }

    [Fact]
    public void DropForSwitch_WithoutWaiters_DoesNotWait()
    {
        var rt = TestRuntime.WithGil();
        var gil = rt.Gil;
        var ts = rt.NewThreadState();
        gil.Take(ts);
        ts.SetEvalBreakerBit(EvalBreakerBits.GilDropRequest);
        gil.DropForSwitch(ts); // would hang if it waited for a switch nobody can make
        Assert.Equal(0, ts.EvalBreaker & EvalBreakerBits.GilDropRequest);
        gil.Take(ts);
        Assert.Equal(0, gil.GetStats().ForcedSwitches);
        gil.Drop(ts);
    }

    [Fact]
    public void Take_ClearsStaleDropRequestButKeepsOtherBits()
    {
        var rt = TestRuntime.WithGil();
        var gil = rt.Gil;
        var ts = rt.NewThreadState();
        ts.SetEvalBreakerBit(EvalBreakerBits.GilDropRequest | EvalBreakerBits.AsyncException);
        gil.Take(ts);
        Assert.Equal(EvalBreakerBits.AsyncException, ts.EvalBreaker);
        gil.Drop(ts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MutualExclusion(bool randomSeam)
    {
        // N threads increment a plain counter under the GIL; an "inside" flag catches overlap.
        // Each thread also polls its eval breaker, so drop requests and forced switches happen.
        const int threads = 4, iterations = 3000;
        var seam = randomSeam ? new RandomWaitSeam(12345) : null;
        var rt = TestRuntime.WithGil(seam);
        var gil = rt.Gil;
        gil.SetSwitchInterval(0.0001);
        long counter = 0;
        int inside = 0, violations = 0;
        var errors = new List<Exception>();
        var workers = new List<Thread>();
        // All start together: a thread that finished before the next one started would take the
        // GIL uncontended throughout, and the seam (on the waiting path) would never run.
        using var startGate = new Barrier(threads);
        for (int t = 0; t < threads; t++)
        {
            var ts = rt.NewThreadState();
            workers.Add(TestThreads.Start(() =>
            {
                startGate.SignalAndWait();
                for (int i = 0; i < iterations; i++)
                {
                    gil.Take(ts);
                    for (int k = 0; k < 3; k++)
                    {
                        if (Interlocked.Exchange(ref inside, 1) != 0) Interlocked.Increment(ref violations);
                        if (!gil.IsHeldBy(ts)) Interlocked.Increment(ref violations);
                        long c = counter;
                        if ((i & 15) == 0) Thread.Yield(); // widen the window a racy lock would expose
                        counter = c + 1;
                        Volatile.Write(ref inside, 0);
                        if (ts.EvalBreaker != 0) GilSync.HandleEvalBreaker(ts);
                    }
                    gil.Drop(ts);
                }
            }, errors));
        }
        TestThreads.JoinAll(workers, errors);

        Assert.Equal(0, violations);
        Assert.Equal((long)threads * iterations * 3, counter);
        Assert.False(gil.IsLocked);
        Assert.Equal(0, gil.WaiterCount);
        var stats = gil.GetStats();
        Assert.True(stats.Acquisitions >= (long)threads * iterations);
        if (seam is not null) Assert.True(seam.Calls > 0);
    }

    [Fact]
    public void WaiterSetsDropRequest_HolderHandsOver()
    {
        // The holder spins on Python-like work and checks its eval breaker; it never drops on
        // its own. A waiter must still get the GIL, through a drop request.
        var rt = TestRuntime.WithGil();
        var gil = rt.Gil;
        var holder = rt.NewThreadState();
        var waiter = rt.NewThreadState();
        int waiterGotIt = 0;
        long spins = 0;
        var errors = new List<Exception>();
        gil.Take(holder);

        var h = TestThreads.Start(() =>
        {
            var deadline = DateTime.UtcNow + TestThreads.HangTimeout;
            while (Volatile.Read(ref waiterGotIt) == 0)
            {
                spins++;
                if (holder.EvalBreaker != 0) GilSync.HandleEvalBreaker(holder);
                if (DateTime.UtcNow > deadline) throw new TimeoutException("the waiter never got the GIL");
            }
            Assert.True(gil.IsHeldBy(holder));
            gil.Drop(holder);
        }, errors);
        var w = TestThreads.Start(() =>
        {
            gil.Take(waiter);
            // The holder is spinning, so it cannot have the GIL now.
            Assert.True(gil.IsHeldBy(waiter));
            Assert.False(gil.IsHeldBy(holder));
            Volatile.Write(ref waiterGotIt, 1);
            gil.Drop(waiter);
        }, errors);

        TestThreads.JoinAll([h, w], errors);
        var stats = gil.GetStats();
        Assert.True(stats.DropRequests >= 1);
        Assert.True(stats.ForcedSwitches >= 1);
        Assert.True(stats.ContendedAcquisitions >= 1);
        Assert.True(stats.WaitTicks > 0);
        Assert.True(stats.WaitTime > TimeSpan.Zero);
        Assert.True(stats.Switches >= 3); // holder, waiter, holder again
    }

    [Fact]
    public void ForcedSwitching_ReleaserCannotRetakeBeforeWaiter()
    {
        // T1 holds; T2 waits. T1 honours a (simulated) drop request with DropForSwitch and at
        // once asks for the GIL again: forced switching guarantees T2 gets it first. Repeated
        // to give a broken implementation many chances to let T1 win.
        for (int round = 0; round < 50; round++)
        {
            var rt = TestRuntime.WithGil();
            var gil = rt.Gil;
            var t1 = rt.NewThreadState();
            var t2 = rt.NewThreadState();
            var order = new List<string>();
            var errors = new List<Exception>();
            gil.Take(t1);
            order.Add("t1");

            var a = TestThreads.Start(() =>
            {
                TestThreads.WaitUntil(() => gil.WaiterCount > 0, "t2 waiting for the GIL");
                t1.SetEvalBreakerBit(EvalBreakerBits.GilDropRequest);
                gil.DropForSwitch(t1);
                gil.Take(t1);
                order.Add("t1");
                gil.Drop(t1);
            }, errors);
            var b = TestThreads.Start(() =>
            {
                gil.Take(t2);
                order.Add("t2");
                gil.Drop(t2);
            }, errors);

            TestThreads.JoinAll([a, b], errors);
            Assert.Equal(new[] { "t1", "t2", "t1" }, order);
            Assert.Equal(1, gil.GetStats().ForcedSwitches);
        }
    }

    [Fact]
    public void HandleEvalBreaker_IgnoresOtherBits()
    {
        var rt = TestRuntime.WithGil();
        var gil = rt.Gil;
        var ts = rt.NewThreadState();
        gil.Take(ts);
        ts.SetEvalBreakerBit(EvalBreakerBits.AsyncException);
        GilSync.HandleEvalBreaker(ts);
        Assert.True(gil.IsHeldBy(ts));
        Assert.Equal(EvalBreakerBits.AsyncException, ts.EvalBreaker);
        Assert.Equal(1, gil.GetStats().Acquisitions); // no drop/take happened
        gil.Drop(ts);
    }

    [Fact]
    public void DetachAndAttach_ReleaseAndRetake()
    {
        var rt = TestRuntime.WithGil();
        var gil = rt.Gil;
        var ts = rt.NewThreadState();
        var other = rt.NewThreadState();
        GilSync.Attach(ts);
        Assert.True(gil.IsHeldBy(ts));
        using (new Vm.Concurrency.Detached<GilSync>(ts))
        {
            Assert.False(gil.IsLocked);
            // Another thread can run Python code while we are detached.
            var errors = new List<Exception>();
            var t = TestThreads.Start(() =>
            {
                gil.Take(other);
                gil.Drop(other);
            }, errors);
            TestThreads.JoinAll([t], errors);
        }
        Assert.True(gil.IsHeldBy(ts));
        GilSync.Detach(ts);
        Assert.False(gil.IsLocked);
    }

    [Fact]
    public void SwitchInterval_DefaultsAndValidation()
    {
        var gil = new GilLock(new Vm.Concurrency.MonitorWaitSeam());
        Assert.Equal(0.005, gil.GetSwitchInterval());
        Assert.Equal(GilLock.DefaultIntervalMicros, gil.SwitchIntervalMicros);
        gil.SetSwitchInterval(0.25);
        Assert.Equal(0.25, gil.GetSwitchInterval());
        gil.SetSwitchInterval(1e-9); // CPython keeps whole microseconds: 0
        Assert.Equal(0.0, gil.GetSwitchInterval());
        Assert.Throws<ArgumentOutOfRangeException>(() => gil.SetSwitchInterval(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => gil.SetSwitchInterval(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => gil.SetSwitchInterval(double.NaN));
        gil.SetSwitchInterval(1e300); // huge: clamped, not an overflow
        Assert.True(gil.GetSwitchInterval() > 1e12);
    }

    [Fact]
    public void SwitchIntervalChange_ReachesThreadsAlreadyWaiting()
    {
        // With a 10-minute interval a waiter sends no drop request; shortening the interval
        // while it waits must take effect without waiting out the old one.
        var seam = new CountingWaitSeam();
        var rt = TestRuntime.WithGil(seam);
        var gil = rt.Gil;
        gil.SetSwitchInterval(600);
        var holder = rt.NewThreadState();
        var waiter = rt.NewThreadState();
        var errors = new List<Exception>();
        gil.Take(holder);

        var w = TestThreads.Start(() =>
        {
            gil.Take(waiter);
            gil.Drop(waiter);
        }, errors);

        TestThreads.WaitUntil(() => gil.WaiterCount == 1 && seam.Calls >= 1, "waiter waiting");
        Assert.Equal(600_000, seam.LastTimeoutMs);
        Thread.Sleep(100);
        Assert.Equal(0, holder.EvalBreaker & EvalBreakerBits.GilDropRequest);
        Assert.Equal(0, gil.GetStats().DropRequests);

        gil.SetSwitchInterval(0.001);
        TestThreads.WaitUntil(() => (Volatile.Read(ref holder.EvalBreaker) & EvalBreakerBits.GilDropRequest) != 0,
            "drop request after the interval was shortened");
        Assert.Equal(1, seam.LastTimeoutMs);
        Assert.True(gil.GetStats().DropRequests >= 1);

        GilSync.HandleEvalBreaker(holder);
        Assert.True(gil.IsHeldBy(holder));
        gil.Drop(holder);
        TestThreads.JoinAll([w], errors);
        Assert.True(gil.GetStats().ForcedSwitches >= 1);
    }

    [Fact]
    public void Gil_UsesRuntimeSeam_SwappedAfterConstruction()
    {
        var rt = TestRuntime.WithGil();
        var seam = new CountingWaitSeam();
        rt.WaitSeam = seam; // the GIL re-reads rt.WaitSeam at each wait
        var gil = rt.Gil;
        var a = rt.NewThreadState();
        var b = rt.NewThreadState();
        var errors = new List<Exception>();
        gil.Take(a);
        var t = TestThreads.Start(() =>
        {
            gil.Take(b);
            gil.Drop(b);
        }, errors);
        TestThreads.WaitUntil(() => seam.Calls >= 1, "waiter used the seam");
        Assert.Equal(5, seam.LastTimeoutMs);
        gil.Drop(a);
        TestThreads.JoinAll([t], errors);
    }

    [Fact]
    public void ManyWaiters_AllEventuallyServed_UnderHolderThatOnlyHonoursRequests()
    {
        // One thread loops checking its eval breaker; several others take the GIL once each.
        const int waiters = 6;
        var rt = TestRuntime.WithGil();
        var gil = rt.Gil;
        gil.SetSwitchInterval(0.001);
        var spinner = rt.NewThreadState();
        int served = 0;
        var errors = new List<Exception>();
        gil.Take(spinner);
        var threads = new List<Thread>
        {
            TestThreads.Start(() =>
            {
                var deadline = DateTime.UtcNow + TestThreads.HangTimeout;
                while (Volatile.Read(ref served) < waiters)
                {
                    if (spinner.EvalBreaker != 0) GilSync.HandleEvalBreaker(spinner);
                    if (DateTime.UtcNow > deadline) throw new TimeoutException("waiters starved");
                }
                gil.Drop(spinner);
            }, errors),
        };
        for (int i = 0; i < waiters; i++)
        {
            var ts = rt.NewThreadState();
            threads.Add(TestThreads.Start(() =>
            {
                gil.Take(ts);
                served++; // plain: protected by the GIL
                gil.Drop(ts);
            }, errors));
        }
        TestThreads.JoinAll(threads, errors);
        Assert.Equal(waiters, served);
        Assert.Equal(0, gil.WaiterCount);
    }
}
