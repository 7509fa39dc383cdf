// GIL scenarios (issue 5, scenario 1), written once against IGilModel so that the same code runs
// on the production GIL and on the seeded-bug copies.
//  * MutualExclusion: three threads take the GIL, do non-atomic work on plain instance fields
//    (visible to Coyote's memory-access race checking), pass eval-breaker checks and blocking
//    operations; at every step exactly one thread may be inside.
//  * DropRequestHonoured: a holder runs "Python code" (a loop of eval-breaker checks) until a
//    waiter has been served; the waiter's timed wait (CoyoteWaitSeam) times out at random and sets
//    the drop request. GilLiveness is hot while a thread waits (starvation is a liveness bug), the
//    max-steps bound turns a livelock into a bug, and every honoured drop request with waiters
//    must hand the GIL to another thread before the holder has it back (forced switching).
//  * SwitchIntervalChangedWhileWaiting: the same with two waiters, one of which changes the
//    switch interval (waking every waiter) while the other waits.
//  * BlockingReleasesGil: a GIL holder blocks on a _thread lock (LockCore) and on a thread
//    handle's join, detached; the thread that must release them first has to take the GIL, so a
//    blocking operation that kept the GIL is a deadlock Coyote reports.
using Microsoft.Coyote.Specifications;
using Vm.Concurrency;
using Vm.ConcurrencyTests.Harness;
using Vm.Gil;
using Vm.Modules;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.Gil;

public static class GilScenarios
{
    /// <summary>Shared state of one iteration: plain instance fields, so memory-access race checking sees them.</summary>
    private sealed class Shared
    {
        public PyThreadState? Inside;
        public int Work;
        public int Served;
    }

    // The holder must be the only thread inside; leave before giving the GIL away, re-enter after.
    private static void Enter(Shared s, IGilModel gil, PyThreadState ts)
    {
        Specification.Assert(gil.IsHeldBy(ts), "GIL: a thread runs without holding the GIL");
        Specification.Assert(s.Inside is null, "GIL: two threads inside at once (mutual exclusion broken)");
        s.Inside = ts;
    }

    private static void Leave(Shared s, PyThreadState ts)
    {
        Specification.Assert(ReferenceEquals(s.Inside, ts), "GIL: another thread ran while this one held the GIL");
        s.Inside = null;
    }

    /// <summary>One eval-breaker check, with the forced-switching check when a drop request is honoured.</summary>
    private static void EvalBreakerCheck(Shared s, IGilModel gil, PyThreadState ts)
    {
        bool requested = (Volatile.Read(ref ts.EvalBreaker) & EvalBreakerBits.GilDropRequest) != 0;
        int waiters = gil.Waiters;
        long switches = gil.Switches;
        long acquisitions = gil.Acquisitions;
        Leave(s, ts);
        gil.HandleEvalBreaker(ts);
        Enter(s, gil, ts);
        bool honoured = gil.Acquisitions > acquisitions;
        if (requested && honoured && waiters > 0)
        {
            // A waiter must have taken it (switch +1) before this thread took it back (+1).
            Specification.Assert(gil.Switches >= switches + 2,
                "GIL forced switching: the holder honoured a drop request and re-took the GIL before any waiter got it (starvation)");
        }
    }

    public static void MutualExclusion(Func<MiniRuntime, IGilModel> make)
    {
        var rt = MiniRuntime.WithGil();
        var gil = make(rt);
        var s = new Shared();
        var lk = new LockCore();
        const int threads = 3, rounds = 2;
        var bodies = new Action[threads];
        for (int i = 0; i < threads; i++)
        {
            bodies[i] = () =>
            {
                var ts = rt.NewThreadState();
                gil.Take(ts);
                Enter(s, gil, ts);
                for (int r = 0; r < rounds; r++)
                {
                    EvalBreakerCheck(s, gil, ts);
                    int w = s.Work;   // non-atomic read-modify-write: safe only under the GIL
                    Specification.Assert(ReferenceEquals(s.Inside, ts), "GIL: another thread ran inside a read-modify-write");
                    s.Work = w + 1;
                    // A blocking operation: try the lock, else wait for it detached.
                    Leave(s, ts);
                    if (!lk.TryAcquire())
                    {
                        gil.Detach(ts);
                        lk.Acquire(ts, blocking: true, timeoutSeconds: -1, rt.WaitSeam);
                        gil.Attach(ts);
                    }
                    Enter(s, gil, ts);
                    lk.Release();
                }
                Leave(s, ts);
                gil.Drop(ts);
            };
        }
        Threads.RunAll(bodies);
        Specification.Assert(s.Work == threads * rounds, $"GIL: lost updates ({s.Work} of {threads * rounds})");
    }

    public static void DropRequestHonoured(Func<MiniRuntime, IGilModel> make) => HolderAndWaiters(make, waiters: 1, changeInterval: false);

    public static void SwitchIntervalChangedWhileWaiting(Func<MiniRuntime, IGilModel> make) => HolderAndWaiters(make, waiters: 2, changeInterval: true);

    private static void HolderAndWaiters(Func<MiniRuntime, IGilModel> make, int waiters, bool changeInterval)
    {
        Specification.RegisterMonitor<GilLiveness>();
        var rt = MiniRuntime.WithGil();
        var gil = make(rt);
        var s = new Shared();
        var holder = rt.NewThreadState();
        gil.Take(holder);
        Enter(s, gil, holder);

        var bodies = new Action[waiters + 1];
        bodies[0] = () =>
        {
            // The holder runs Python code: eval-breaker checks until every waiter has had the GIL.
            while (Volatile.Read(ref s.Served) < waiters)
            {
                s.Work++;
                EvalBreakerCheck(s, gil, holder);
            }
            Leave(s, holder);
            gil.Drop(holder);
        };
        for (int i = 0; i < waiters; i++)
        {
            bool setter = changeInterval && i == 0;
            bodies[i + 1] = () =>
            {
                var ts = rt.NewThreadState();
                Specification.Monitor<GilLiveness>(new GilLiveness.Arrived());
                gil.Take(ts);
                Specification.Monitor<GilLiveness>(new GilLiveness.Served());
                Enter(s, gil, ts);
                if (setter) gil.SetSwitchInterval(0.001); // wakes the other waiter, which re-reads it
                Interlocked.Increment(ref s.Served);
                Leave(s, ts);
                gil.Drop(ts);
            };
        }
        Threads.RunAll(bodies);
    }

    public static void BlockingReleasesGil(Func<MiniRuntime, IGilModel> make)
    {
        var rt = MiniRuntime.WithGil();
        var gil = make(rt);
        var s = new Shared();
        var lk = new LockCore();
        var handle = new ThreadModule<GilSync>.ThreadHandle();
        Specification.Assert(lk.TryAcquire(), "fresh lock");
        var a = rt.NewThreadState();
        var b = rt.NewThreadState();
        Threads.RunAll(
            () =>
            {
                gil.Take(a);
                Enter(s, gil, a);
                Leave(s, a);
                // lock.acquire() on a lock B holds: the fast path fails, so wait detached.
                if (!lk.TryAcquire())
                {
                    gil.Detach(a);
                    lk.Acquire(a, blocking: true, timeoutSeconds: -1, rt.WaitSeam);
                    gil.Attach(a);
                }
                Enter(s, gil, a);
                Leave(s, a);
                handle.Join(a, -1); // thread.join(): detaches inside (ThreadModule), real code path
                Enter(s, gil, a);
                Specification.Assert(s.Work == 2, "join returned before the joined thread finished");
                Leave(s, a);
                gil.Drop(a);
            },
            () =>
            {
                gil.Take(b);
                Enter(s, gil, b);
                s.Work++;
                lk.Release();
                EvalBreakerCheck(s, gil, b);
                s.Work++;
                Leave(s, b);
                gil.Drop(b);
                handle.MarkDone();
            });
    }
}

/// <summary>Liveness: while any thread waits for the GIL the monitor is hot; it must cool down (every waiter is served).</summary>
public sealed class GilLiveness : Microsoft.Coyote.Specifications.Monitor
{
    public sealed class Arrived : Event { }
    public sealed class Served : Event { }

    private int _waiting;

    [Start]
    [Cold]
    [OnEventDoAction(typeof(Arrived), nameof(OnArrived))]
    [OnEventDoAction(typeof(Served), nameof(OnServed))]
    private sealed class NobodyWaits : State { }

    [Hot]
    [OnEventDoAction(typeof(Arrived), nameof(OnArrived))]
    [OnEventDoAction(typeof(Served), nameof(OnServed))]
    private sealed class SomeoneWaits : State { }

    private void OnArrived()
    {
        if (++_waiting == 1) RaiseGotoStateEvent<SomeoneWaits>();
    }

    private void OnServed()
    {
        _waiting--;
        if (_waiting == 0) RaiseGotoStateEvent<NobodyWaits>();
    }
}
