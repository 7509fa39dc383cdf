// Scenarios for the lock core of _thread.LockType / threading.Lock (src/Vm.Shared/Concurrency/
// LockCore.cs) on the path the threading module uses: an *attached* thread acquiring with
// LockCore.Acquire<DetachWhileParked<TSync>>, which spins (free-threaded only), detaches only
// while parked and re-tries the lock only after re-attaching (re-taking the GIL).
//  * Counter: 2-3 threads each increment a plain field under the lock, some rounds untimed and
//    (optionally) some with a timeout the seam may let expire. Checks: mutual exclusion (an
//    `Inside` marker plus memory-access race checking on the plain fields), no lost update, no
//    lost wake-up (an untimed parker never woken is a deadlock Coyote reports), and under the
//    GIL that an acquire always returns holding the GIL.
//  * InterruptWakesAttachedAcquire: Ctrl-C (the interrupt bit + WakeInterruptibleWait) ends an
//    attached, untimed acquire of a lock nobody releases, and the thread is attached afterwards.
// The scenarios take the lock as an ILockModel so that the seeded-bug copy
// (SeededBugs/SeededLockCore.cs) runs exactly the same code.
using Microsoft.Coyote.Specifications;
using Vm.Concurrency;
using Vm.ConcurrencyTests.Harness;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.Locks;

/// <summary>The lock under test: the production LockCore or a seeded copy.</summary>
public interface ILockModel
{
    bool Acquire<TPark>(PyThreadState ts, double timeoutSeconds, IWaitSeam seam, bool interruptible) where TPark : struct, IParkPolicy;
    void Release();
}

/// <summary>The production lock core.</summary>
public sealed class RealLock : ILockModel
{
    private readonly LockCore _core = new();

    public bool Acquire<TPark>(PyThreadState ts, double timeoutSeconds, IWaitSeam seam, bool interruptible) where TPark : struct, IParkPolicy =>
        _core.Acquire<TPark>(ts, blocking: true, timeoutSeconds, seam, interruptible);

    public void Release() => _core.Release();
}

public static class LockScenarios
{
    /// <summary>Plain instance fields, so memory-access race checking sees them.</summary>
    private sealed class Shared
    {
        public PyThreadState? Inside;
        public int Count;
        public int Acquired;
    }

    public static void CounterUnderGil(Func<ILockModel> make, int threads, bool timed) =>
        Counter<GilSync>(MiniRuntime.WithGil(), make(), threads, timed);

    public static void CounterFreeThreaded(Func<ILockModel> make, int threads, bool timed) =>
        Counter<FreeThreadedSync>(MiniRuntime.FreeThreaded(), make(), threads, timed);

    private static void Counter<TSync>(MiniRuntime rt, ILockModel lk, int threads, bool timed) where TSync : struct, ISyncPolicy
    {
        const int rounds = 2;
        var s = new Shared();
        bool gil = TSync.GilEnabled;
        var bodies = new Action[threads];
        for (int i = 0; i < threads; i++)
        {
            // With `timed`, the last thread's second round waits with a timeout (it may give up).
            bool timedThread = timed && i == threads - 1;
            bodies[i] = () =>
            {
                var ts = rt.NewAttachedThread();
                for (int r = 0; r < rounds; r++)
                {
                    bool useTimeout = timedThread && r == 1;
                    bool got = lk.Acquire<DetachWhileParked<TSync>>(ts, useTimeout ? 0.01 : -1, rt.WaitSeam, interruptible: false);
                    if (gil) Specification.Assert(rt.Gil.IsHeldBy(ts), "lock acquire returned without the GIL");
                    if (!got)
                    {
                        Specification.Assert(useTimeout, "an untimed acquire returned without the lock");
                        continue;
                    }
                    Specification.Assert(s.Inside is null, "two threads inside the lock (mutual exclusion broken)");
                    s.Inside = ts;
                    int c = s.Count;
                    s.Count = c + 1;
                    s.Acquired++;
                    if (gil) GilSync.HandleEvalBreaker(ts); // the GIL may change hands inside the lock
                    Specification.Assert(ReferenceEquals(s.Inside, ts), "another thread ran inside the lock");
                    s.Inside = null;
                    lk.Release();
                    if (gil) GilSync.HandleEvalBreaker(ts); // a backward jump: honour a drop request
                }
                if (gil) rt.Detach(ts);
                else
                {
                    rt.DeleteThreadState(ts);
                    FreeThreadedSync.Detach(ts);
                }
            };
        }
        Threads.RunAll(bodies);
        Specification.Assert(s.Count == s.Acquired, $"lost updates under the lock ({s.Count} of {s.Acquired})");
        int least = threads * rounds - (timed ? 1 : 0);
        Specification.Assert(s.Acquired >= least, $"only {s.Acquired} acquisitions, expected at least {least}");
    }

    /// <summary>The detached path (LockCore.StayDetached, no GIL, no spin): threads that never attach.</summary>
    public static void CounterDetached(Func<ILockModel> make, int threads, int rounds)
    {
        var rt = MiniRuntime.WithGil();
        var lk = make();
        var s = new Shared();
        var bodies = new Action[threads];
        for (int i = 0; i < threads; i++)
        {
            bodies[i] = () =>
            {
                var ts = rt.NewThreadState();
                for (int r = 0; r < rounds; r++)
                {
                    Specification.Assert(lk.Acquire<LockCore.StayDetached>(ts, -1, rt.WaitSeam, false), "an untimed acquire returned without the lock");
                    Specification.Assert(s.Inside is null, "two threads inside the lock (mutual exclusion broken)");
                    s.Inside = ts;
                    s.Count++;
                    s.Inside = null;
                    lk.Release();
                }
            };
        }
        Threads.RunAll(bodies);
        Specification.Assert(s.Count == threads * rounds, $"lost updates under the lock ({s.Count} of {threads * rounds})");
    }

    public static void InterruptWakesAttachedAcquire(Func<ILockModel> make)
    {
        var rt = MiniRuntime.WithGil();
        var lk = make();
        var holder = rt.NewThreadState();
        Specification.Assert(lk.Acquire<LockCore.StayDetached>(holder, -1, rt.WaitSeam, false), "the lock starts free");
        var waiter = rt.NewThreadState();
        bool acquired = true;
        Threads.RunAll(
            () =>
            {
                rt.Attach(waiter);
                acquired = lk.Acquire<DetachWhileParked<GilSync>>(waiter, -1, rt.WaitSeam, interruptible: true);
                Specification.Assert(rt.Gil.IsHeldBy(waiter), "an interrupted acquire returned without the GIL");
                rt.Detach(waiter);
            },
            () =>
            {
                waiter.SetEvalBreakerBit(EvalBreakerBits.AsyncException);
                waiter.WakeInterruptibleWait();
            });
        Specification.Assert(!acquired, "an interrupted acquire of a held lock reported success");
        Specification.Assert(Volatile.Read(ref waiter.WaitingOn) == null, "the waiter left its wait published");
    }
}
