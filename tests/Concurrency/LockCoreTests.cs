// Tests of the cores of _thread.LockType and _thread.RLock (src/Vm.Shared/Concurrency) with real
// threads. No assertion depends on timing; timeouts only turn hangs into failures.
using Vm.Concurrency;
using Vm.Runtime;
using Vm.Tests.Gil;
using Xunit;

namespace Vm.Tests.Concurrency;

public sealed class LockCoreTests
{
    private static readonly IWaitSeam s_seam = new MonitorWaitSeam();

    private static PyThreadState NewTs() => new TestRuntime().NewThreadState();

    [Fact]
    public void AcquireRelease()
    {
        var ts = NewTs();
        var l = new LockCore();
        Assert.False(l.Locked);
        Assert.True(l.Acquire(ts, blocking: true, timeoutSeconds: -1, s_seam));
        Assert.True(l.Locked);
        l.Release();
        Assert.False(l.Locked);
        Assert.True(l.TryAcquire());
        Assert.False(l.TryAcquire());
        l.Release();
    }

    [Fact]
    public void NonBlocking_FailsWhenHeld()
    {
        var ts = NewTs();
        var l = new LockCore();
        Assert.True(l.Acquire(ts, blocking: false, timeoutSeconds: -1, s_seam));
        Assert.False(l.Acquire(ts, blocking: false, timeoutSeconds: -1, s_seam));
        Assert.False(l.Acquire(ts, blocking: true, timeoutSeconds: 0, s_seam)); // timeout 0 = one try
        Assert.True(l.Locked);
        l.Release();
    }

    [Fact]
    public void Timeout_ReturnsFalse()
    {
        // A Python lock is not reentrant: the same thread acquiring again times out.
        var ts = NewTs();
        var l = new LockCore();
        Assert.True(l.Acquire(ts, true, -1, s_seam));
        Assert.False(l.Acquire(ts, true, 0.05, s_seam));
        Assert.True(l.Locked);
        l.Release();
        Assert.False(l.Locked);
    }

    [Fact]
    public void Timeout_SucceedsWhenReleasedInTime()
    {
        var l = new LockCore();
        Assert.True(l.TryAcquire());
        bool? got = null;
        var errors = new List<Exception>();
        var t = TestThreads.Start(() => got = l.Acquire(NewTs(), true, TestThreads.HangTimeout.TotalSeconds, s_seam), errors);
        Thread.Sleep(20);
        l.Release();
        TestThreads.JoinAll([t], errors);
        Assert.True(got);
        Assert.True(l.Locked);
    }

    [Fact]
    public void ReleaseUnlocked_Throws()
    {
        var l = new LockCore();
        var e = Assert.Throws<InvalidOperationException>(l.Release);
        Assert.Equal("release unlocked lock", e.Message);
        Assert.True(l.TryAcquire());
        l.Release();
        Assert.Throws<InvalidOperationException>(l.Release);
    }

    [Fact]
    public void CrossThreadRelease_IsAllowed()
    {
        // Python semantics: any thread may release a Lock (used as a binary semaphore).
        var l = new LockCore();
        var errors = new List<Exception>();
        var a = TestThreads.Start(() => Assert.True(l.Acquire(NewTs(), true, -1, s_seam)), errors);
        TestThreads.JoinAll([a], errors);
        Assert.True(l.Locked);
        var b = TestThreads.Start(l.Release, errors);
        TestThreads.JoinAll([b], errors);
        Assert.False(l.Locked);
    }

    [Fact]
    public void BlockedAcquirer_WokenByRelease()
    {
        var l = new LockCore();
        Assert.True(l.TryAcquire());
        int acquired = 0;
        var errors = new List<Exception>();
        var waiters = new List<Thread>();
        for (int i = 0; i < 3; i++)
        {
            waiters.Add(TestThreads.Start(() =>
            {
                Assert.True(l.Acquire(NewTs(), true, -1, s_seam));
                Interlocked.Increment(ref acquired);
                l.Release();
            }, errors));
        }
        Thread.Sleep(20); // let them block (not required for correctness)
        Assert.Equal(0, Volatile.Read(ref acquired));
        l.Release();
        TestThreads.JoinAll(waiters, errors);
        Assert.Equal(3, acquired);
        Assert.False(l.Locked);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MutualExclusion(bool randomSeam)
    {
        const int threads = 4, iterations = 5000;
        IWaitSeam seam = randomSeam ? new RandomWaitSeam(777) : s_seam;
        var l = new LockCore();
        long counter = 0;
        int inside = 0, violations = 0;
        var errors = new List<Exception>();
        var workers = new List<Thread>();
        for (int t = 0; t < threads; t++)
        {
            var ts = NewTs();
            int id = t;
            workers.Add(TestThreads.Start(() =>
            {
                for (int i = 0; i < iterations; i++)
                {
                    // Mix the fast path, blocking acquires and (long) timed acquires.
                    if (!l.TryAcquire())
                    {
                        double timeout = (i + id) % 2 == 0 ? -1 : TestThreads.HangTimeout.TotalSeconds;
                        // The random seam may report "timed out"; then we simply try again.
                        while (!l.Acquire(ts, true, timeout, seam)) { }
                    }
                    if (Interlocked.Exchange(ref inside, 1) != 0) Interlocked.Increment(ref violations);
                    long c = counter;
                    if ((i & 31) == 0) Thread.Yield();
                    counter = c + 1;
                    Volatile.Write(ref inside, 0);
                    l.Release();
                }
            }, errors));
        }
        TestThreads.JoinAll(workers, errors);
        Assert.Equal(0, violations);
        Assert.Equal((long)threads * iterations, counter);
        Assert.False(l.Locked);
    }

    [Fact]
    public void TimedOutWaiter_DoesNotStealALaterRelease()
    {
        // A waiter that timed out must leave no trace: the next acquirer still gets the lock.
        var ts = NewTs();
        var l = new LockCore();
        Assert.True(l.TryAcquire());
        Assert.False(l.Acquire(ts, true, 0.01, s_seam));
        l.Release();
        Assert.True(l.TryAcquire());
        l.Release();
    }

    // A park policy that spins (as the free-threaded one does) and counts its detach/attach calls
    // per thread, so a test sees that parking is bracketed and that acquire returns attached.
    private struct CountingSpinPolicy : IParkPolicy
    {
        [ThreadStatic] public static int Detached;
        [ThreadStatic] public static int Parks;

        public static bool Spins => true;

        public static void Detach(PyThreadState? ts)
        {
            Assert.Equal(0, Detached);
            Detached = 1;
            Parks++;
        }

        public static void Attach(PyThreadState? ts)
        {
            Assert.Equal(1, Detached);
            Detached = 0;
        }
    }

    [Fact]
    public void AttachedPath_SpinThenPark_MutualExclusionAndBalancedDetach()
    {
        const int threads = 4, iterations = 5000;
        var l = new LockCore();
        long counter = 0;
        int inside = 0, violations = 0;
        var errors = new List<Exception>();
        var workers = new List<Thread>();
        for (int t = 0; t < threads; t++)
        {
            var ts = NewTs();
            int id = t;
            workers.Add(TestThreads.Start(() =>
            {
                for (int i = 0; i < iterations; i++)
                {
                    double timeout = (i + id) % 2 == 0 ? -1 : TestThreads.HangTimeout.TotalSeconds;
                    Assert.True(l.Acquire<CountingSpinPolicy>(ts, true, timeout, s_seam));
                    Assert.Equal(0, CountingSpinPolicy.Detached); // the lock is only ever taken attached
                    if (Interlocked.Exchange(ref inside, 1) != 0) Interlocked.Increment(ref violations);
                    long c = counter;
                    if ((i & 15) == 0) Thread.Sleep(0); // let the others spin out and park
                    counter = c + 1;
                    Volatile.Write(ref inside, 0);
                    l.Release();
                }
            }, errors));
        }
        TestThreads.JoinAll(workers, errors);
        Assert.Equal(0, violations);
        Assert.Equal((long)threads * iterations, counter);
        Assert.False(l.Locked);
    }

    [Fact]
    public void AttachedPath_TimeoutAndRelease()
    {
        var ts = NewTs();
        var l = new LockCore();
        Assert.True(l.Acquire<CountingSpinPolicy>(ts, true, -1, s_seam));
        Assert.False(l.Acquire<CountingSpinPolicy>(ts, true, 0.02, s_seam)); // held: spins, parks, times out
        Assert.Equal(0, CountingSpinPolicy.Detached);
        Assert.True(CountingSpinPolicy.Parks > 0);
        Assert.False(l.Acquire<CountingSpinPolicy>(ts, false, -1, s_seam));
        l.Release();
        Assert.True(l.Acquire<CountingSpinPolicy>(ts, true, 0.02, s_seam));
        l.Release();
        Assert.False(l.Locked);
    }
}

public sealed class RLockCoreTests
{
    private static readonly IWaitSeam s_seam = new MonitorWaitSeam();

    [Fact]
    public void Reentrancy()
    {
        var rt = new TestRuntime();
        var ts = rt.NewThreadState();
        var r = new RLockCore();
        Assert.False(r.IsOwned(ts));
        Assert.True(r.Acquire(ts, true, -1, s_seam));
        Assert.True(r.TryAcquire(ts));
        Assert.True(r.Acquire(ts, false, -1, s_seam));
        Assert.True(r.IsOwned(ts));
        Assert.Equal(ts.Id, r.OwnerId);
        Assert.Equal(3, r.RecursionCount(ts));
        r.Release(ts);
        r.Release(ts);
        Assert.True(r.Locked);
        Assert.True(r.IsOwned(ts));
        r.Release(ts);
        Assert.False(r.Locked);
        Assert.False(r.IsOwned(ts));
        Assert.Equal(0, r.OwnerId);
        Assert.Equal(0, r.RecursionCount(ts));
    }

    [Fact]
    public void OtherThread_CannotAcquireOrRelease()
    {
        var rt = new TestRuntime();
        var owner = rt.NewThreadState();
        var other = rt.NewThreadState();
        var r = new RLockCore();
        Assert.True(r.Acquire(owner, true, -1, s_seam));

        var errors = new List<Exception>();
        var t = TestThreads.Start(() =>
        {
            Assert.False(r.TryAcquire(other));
            Assert.False(r.Acquire(other, false, -1, s_seam));
            Assert.False(r.Acquire(other, true, 0.02, s_seam));
            Assert.False(r.IsOwned(other));
            Assert.Equal(0, r.RecursionCount(other));
            var e = Assert.Throws<InvalidOperationException>(() => r.Release(other));
            Assert.Equal("cannot release un-acquired lock", e.Message);
            Assert.Throws<InvalidOperationException>(() => r.ReleaseSave(other));
        }, errors);
        TestThreads.JoinAll([t], errors);
        Assert.True(r.IsOwned(owner));
        r.Release(owner);
    }

    [Fact]
    public void ReleaseUnacquired_Throws()
    {
        var ts = new TestRuntime().NewThreadState();
        var r = new RLockCore();
        Assert.Throws<InvalidOperationException>(() => r.Release(ts));
        Assert.Throws<InvalidOperationException>(() => r.ReleaseSave(ts));
    }

    [Fact]
    public void BlockedAcquirer_GetsItAfterLastRelease()
    {
        var rt = new TestRuntime();
        var owner = rt.NewThreadState();
        var other = rt.NewThreadState();
        var r = new RLockCore();
        r.Acquire(owner, true, -1, s_seam);
        r.Acquire(owner, true, -1, s_seam);
        int got = 0;
        var errors = new List<Exception>();
        var t = TestThreads.Start(() =>
        {
            Assert.True(r.Acquire(other, true, -1, s_seam));
            Volatile.Write(ref got, 1);
            Assert.True(r.IsOwned(other));
            Assert.Equal(1, r.RecursionCount(other));
            r.Release(other);
        }, errors);
        r.Release(owner);
        Thread.Sleep(20);
        Assert.Equal(0, Volatile.Read(ref got)); // still held once (not a timing requirement: it must not have it)
        r.Release(owner);
        TestThreads.JoinAll([t], errors);
        Assert.Equal(1, got);
        Assert.False(r.Locked);
    }

    [Fact]
    public void ReleaseSave_AcquireRestore_RoundTrip()
    {
        // What threading.Condition.wait does with an RLock held several times.
        var rt = new TestRuntime();
        var ts = rt.NewThreadState();
        var other = rt.NewThreadState();
        var r = new RLockCore();
        for (int i = 0; i < 3; i++) r.Acquire(ts, true, -1, s_seam);

        var saved = r.ReleaseSave(ts);
        Assert.Equal(new RLockSavedState(3, ts.Id), saved);
        Assert.False(r.Locked);
        Assert.False(r.IsOwned(ts));

        // Another thread can use it meanwhile.
        var errors = new List<Exception>();
        var t = TestThreads.Start(() =>
        {
            Assert.True(r.Acquire(other, true, -1, s_seam));
            r.Release(other);
        }, errors);
        TestThreads.JoinAll([t], errors);

        Assert.True(r.TryAcquireRestore(saved));
        Assert.True(r.IsOwned(ts));
        Assert.Equal(3, r.RecursionCount(ts));
        var again = r.ReleaseSave(ts);
        r.AcquireRestore(ts, again, s_seam);
        Assert.Equal(3, r.RecursionCount(ts));
        for (int i = 0; i < 3; i++) r.Release(ts);
        Assert.False(r.Locked);
    }

    [Fact]
    public void AcquireRestore_WaitsForOtherHolder()
    {
        var rt = new TestRuntime();
        var ts = rt.NewThreadState();
        var other = rt.NewThreadState();
        var r = new RLockCore();
        r.Acquire(ts, true, -1, s_seam);
        var saved = r.ReleaseSave(ts);
        Assert.True(r.Acquire(other, true, -1, s_seam));
        Assert.False(r.TryAcquireRestore(saved));

        var errors = new List<Exception>();
        var t = TestThreads.Start(() => r.AcquireRestore(ts, saved, s_seam), errors);
        Thread.Sleep(20);
        r.Release(other);
        TestThreads.JoinAll([t], errors);
        Assert.True(r.IsOwned(ts));
        Assert.Equal(1, r.RecursionCount(ts));
        r.Release(ts);
    }

    [Fact]
    public void MutualExclusion_WithReentry()
    {
        const int threads = 4, iterations = 3000;
        var rt = new TestRuntime();
        var r = new RLockCore();
        long counter = 0;
        int inside = 0, violations = 0;
        var errors = new List<Exception>();
        var workers = new List<Thread>();
        for (int t = 0; t < threads; t++)
        {
            var ts = rt.NewThreadState();
            workers.Add(TestThreads.Start(() =>
            {
                for (int i = 0; i < iterations; i++)
                {
                    if (!r.TryAcquire(ts)) Assert.True(r.Acquire(ts, true, -1, s_seam));
                    Assert.True(r.Acquire(ts, true, -1, s_seam)); // reentry
                    if (Interlocked.Exchange(ref inside, 1) != 0) Interlocked.Increment(ref violations);
                    long c = counter;
                    if ((i & 31) == 0) Thread.Yield();
                    counter = c + 1;
                    Volatile.Write(ref inside, 0);
                    r.Release(ts);
                    r.Release(ts);
                }
            }, errors));
        }
        TestThreads.JoinAll(workers, errors);
        Assert.Equal(0, violations);
        Assert.Equal((long)threads * iterations, counter);
        Assert.False(r.Locked);
    }
}
