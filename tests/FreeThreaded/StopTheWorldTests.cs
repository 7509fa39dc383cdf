// Stop-the-world pauses and attachment (src/Vm.FreeThreaded/StopTheWorld.cs), with real threads.
// Nothing depends on timing: threads poll conditions, and "did not run during the pause" is
// checked through the thread status and counters read while the world is stopped.
using Vm.FreeThreaded;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class StopTheWorldTests
{
    private static int Status(PyThreadState ts) => FreeThreadedSync.ThreadStateOf(ts).CurrentStatus;

    [Fact]
    public void Alone_StopReturnsAtOnce()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        StopTheWorld.Stop(ts);
        Assert.True(StopTheWorld.IsStopped(rt.State));
        Assert.True(rt.State.IsWorldStopping);
        StopTheWorld.Start(ts);
        Assert.False(StopTheWorld.IsStopped(rt.State));
        Assert.False(rt.State.IsWorldStopping);
    }

    [Fact]
    public void Start_ByANonRequester_Throws()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        FreeThreadedSync.Detach(b);
        using (StopTheWorld.Pause(a))
        {
            Assert.Throws<InvalidOperationException>(() => StopTheWorld.Start(b));
        }
    }

    [Fact]
    public void DetachedAndNeverAttachedThreads_AreParkedWithoutTheirHelp()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var idle = rt.NewThreadState(); // never attached
        var blocked = rt.NewAttachedThread();
        FreeThreadedSync.Detach(blocked);
        StopTheWorld.Stop(a);
        Assert.Equal(ThreadStatus.Suspended, Status(idle));
        Assert.Equal(ThreadStatus.Suspended, Status(blocked));
        StopTheWorld.Start(a);
        Assert.Equal(ThreadStatus.Detached, Status(idle));
        Assert.Equal(ThreadStatus.Detached, Status(blocked));
        FreeThreadedSync.Attach(blocked);
        Assert.Equal(ThreadStatus.Attached, Status(blocked));
    }

    [Fact]
    public void AttachedWorkers_ParkAtTheirEvalBreaker_AndResume()
    {
        var rt = new FtTestRuntime();
        var main = rt.NewAttachedThread();
        const int W = 3;
        var counts = new long[W];
        var states = new PyThreadState[W];
        int started = 0, stop = 0;
        var errors = new List<Exception>();
        var threads = Enumerable.Range(0, W).Select(k => FtThreads.Start(() =>
        {
            var ts = rt.NewAttachedThread();
            Volatile.Write(ref states[k], ts);
            Interlocked.Increment(ref started);
            while (Volatile.Read(ref stop) == 0)
            {
                if (Volatile.Read(ref ts.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(ts);
                Interlocked.Increment(ref counts[k]);
            }
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        }, errors)).ToArray();
        FtThreads.WaitUntil(() => Volatile.Read(ref started) == W, "workers to start");

        for (int round = 0; round < 20; round++)
        {
            StopTheWorld.Stop(main);
            foreach (var ts in states) Assert.Equal(ThreadStatus.Suspended, Status(ts));
            var snapshot = counts.Select(c => Interlocked.Read(ref c)).ToArray();
            for (int i = 0; i < 200; i++) Thread.Yield();
            for (int k = 0; k < W; k++) Assert.Equal(snapshot[k], Interlocked.Read(ref counts[k]));
            StopTheWorld.Start(main);
            FtThreads.WaitUntil(() => Enumerable.Range(0, W).All(k => Interlocked.Read(ref counts[k]) > snapshot[k]),
                "workers to run again");
        }

        Volatile.Write(ref stop, 1);
        foreach (var t in threads) FtThreads.Join(t, errors);
    }

    [Fact]
    public void ParkedThread_HoldsNoCriticalSection()
    {
        var rt = new FtTestRuntime();
        var main = rt.NewAttachedThread();
        var obj = rt.NewObj();
        int inSection = 0, stop = 0;
        var errors = new List<Exception>();
        var t = FtThreads.Start(() =>
        {
            var ts = rt.NewAttachedThread();
            FreeThreadedSync.Lock(ts, obj);
            Volatile.Write(ref inSection, 1);
            while (Volatile.Read(ref stop) == 0)
            {
                if (Volatile.Read(ref ts.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(ts);
                Thread.Yield();
            }
            Assert.True(CriticalSections.IsHeldByTop(ts, obj));
            FreeThreadedSync.Unlock(ts, obj);
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        }, errors);
        FtThreads.WaitUntil(() => Volatile.Read(ref inSection) == 1, "worker to enter its section");
        Assert.True(ObjectMutex.IsLocked(obj));

        StopTheWorld.Stop(main);
        Assert.False(ObjectMutex.IsLocked(obj)); // suspended when the worker parked
        FreeThreadedSync.Lock(main, obj);
        FreeThreadedSync.Unlock(main, obj);
        Volatile.Write(ref stop, 1);
        StopTheWorld.Start(main);
        FtThreads.Join(t, errors);
        Assert.False(ObjectMutex.IsLocked(obj));
    }

    [Fact]
    public void ThreadAttachingDuringThePause_WaitsForTheRestart()
    {
        var rt = new FtTestRuntime();
        var main = rt.NewAttachedThread();
        var blocked = rt.NewAttachedThread();
        FreeThreadedSync.Detach(blocked); // e.g. waiting on a lock
        int attachedBlocked = 0, attachedNew = 0, go = 0;
        var errors = new List<Exception>();

        StopTheWorld.Stop(main);
        var t1 = FtThreads.Start(() =>
        {
            FtThreads.WaitUntil(() => Volatile.Read(ref go) == 1, "go");
            FreeThreadedSync.Attach(blocked);
            Volatile.Write(ref attachedBlocked, 1);
            FreeThreadedSync.Detach(blocked);
        }, errors);
        var t2 = FtThreads.Start(() =>
        {
            FtThreads.WaitUntil(() => Volatile.Read(ref go) == 1, "go");
            var fresh = rt.NewThreadState(); // registered after the requester's scan
            FreeThreadedSync.Attach(fresh);
            Volatile.Write(ref attachedNew, 1);
            FreeThreadedSync.Detach(fresh);
            rt.DeleteThreadState(fresh);
        }, errors);
        Volatile.Write(ref go, 1);
        // Both are now trying to attach; neither may succeed while the world is stopped.
        for (int i = 0; i < 2000; i++)
        {
            Assert.Equal(0, Volatile.Read(ref attachedBlocked));
            Assert.Equal(0, Volatile.Read(ref attachedNew));
            Thread.Yield();
        }
        StopTheWorld.Start(main);
        FtThreads.Join(t1, errors);
        FtThreads.Join(t2, errors);
        Assert.Equal(1, attachedBlocked);
        Assert.Equal(1, attachedNew);
    }

    [Fact]
    public void ConcurrentRequesters_TakeTurns_AndSeeEveryoneElseParked()
    {
        var rt = new FtTestRuntime();
        const int R = 3, Rounds = 100;
        var states = new PyThreadState?[R];
        int ready = 0, violations = 0;
        FtThreads.Run(R, k =>
        {
            var ts = rt.NewAttachedThread();
            Volatile.Write(ref states[k], ts);
            Interlocked.Increment(ref ready);
            FtThreads.WaitUntil(() => Volatile.Read(ref ready) == R, "all requesters");
            for (int i = 0; i < Rounds; i++)
            {
                StopTheWorld.Stop(ts);
                for (int j = 0; j < R; j++)
                {
                    var other = Volatile.Read(ref states[j]);
                    if (j != k && other is not null && Status(other) == ThreadStatus.Attached)
                        Interlocked.Increment(ref violations);
                }
                StopTheWorld.Start(ts);
                if (Volatile.Read(ref ts.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(ts);
            }
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        });
        Assert.Equal(0, violations);
        Assert.False(rt.State.IsWorldStopping);
    }

    [Fact]
    public void ExitedThreads_DoNotHoldUpAPause()
    {
        var rt = new FtTestRuntime();
        var main = rt.NewAttachedThread();
        var gone = rt.NewAttachedThread();
        FreeThreadedSync.OnThreadExit(gone); // still registered, but exited
        Assert.Equal(ThreadStatus.Exited, Status(gone));
        StopTheWorld.Stop(main);
        Assert.Equal(ThreadStatus.Exited, Status(gone));
        StopTheWorld.Start(main);
        Assert.Equal(ThreadStatus.Exited, Status(gone));
    }
}
