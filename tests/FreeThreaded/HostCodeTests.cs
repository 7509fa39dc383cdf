// Host code and owner-section revocation (src/Vm.FreeThreaded/HostCode.cs): a thread attached in a host
// function (no eval-breaker checks) does not make a revoker wait; a section it had open (owner or mutex) is
// suspended for the host code and resumed after it, with the mutex once revoked; a callback into the
// engine is Python code again, for which a revoker waits for the owner's check.
// The "host code" here is the test thread itself between HostCode.Enter and Leave: it waits for the other
// thread without any eval-breaker check, as a host function waiting for a worker would.
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class HostCodeTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    private static bool Locked(PyObject o) => ObjectMutex.IsLocked(o);

    /// <summary>Polls (yielding) until <paramref name="condition"/> holds or the patience runs out.</summary>
    private static bool Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + s_patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            Thread.Yield();
        }
        return true;
    }

    /// <summary>Starts a thread that takes <paramref name="o"/>'s section (revoking the owner's), runs <paramref name="inside"/>, and exits; sets done.</summary>
    private static Thread StartRevoker(FtTestRuntime rt, Counted o, Box done, List<Exception> errors, Action? inside = null) =>
        FtThreads.Start(() =>
        {
            var ts = rt.NewAttachedThread();
            FreeThreadedSync.Lock(ts, o);
            inside?.Invoke();
            o.Value++;
            FreeThreadedSync.Unlock(ts, o);
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
            Volatile.Write(ref done.Value, 1);
        }, errors);

    /// <summary>
    /// <paramref name="ts"/> enters host code, checks <paramref name="inHostCode"/>, and waits there (no check) for another
    /// thread to take <paramref name="o"/>'s section once; then leaves. True when the other thread got in meanwhile.
    /// </summary>
    private static bool AnotherThreadGetsInDuringHostCode(FtTestRuntime rt, PyThreadState ts, Counted o, Action? inHostCode = null)
    {
        var errors = new List<Exception>();
        var done = new Box();
        HostCode.Enter(ts);
        inHostCode?.Invoke();
        var t = StartRevoker(rt, o, done, errors);
        bool wentOn = Eventually(() => Volatile.Read(ref done.Value) == 1);
        Assert.True(HostCode.Leave(ts));
        FtThreads.Join(t, errors);
        return wentOn;
    }

    private static (FtTestRuntime rt, PyThreadState owner, Counted a) OwnerAndObject()
    {
        var rt = new FtTestRuntime();
        var owner = rt.NewAttachedThread();
        var a = new Counted(rt.ObjType);
        FreeThreadedSync.IncRef(owner, a); // claims it: owner sections on a take no mutex
        return (rt, owner, a);
    }

    [Fact]
    public void ARevokerGoesOn_WhileTheOwnerRunsHostCode()
    {
        var (rt, owner, a) = OwnerAndObject();
        Assert.True(AnotherThreadGetsInDuringHostCode(rt, owner, a), "the revoker waited for an owner in host code");
        FreeThreadedSync.Lock(owner, a); // a is shared now: the owner takes the mutex
        Assert.True(Locked(a));
        FreeThreadedSync.Unlock(owner, a);
        Assert.False(Locked(a));
        Assert.Equal(1, a.Value);
    }

    [Fact]
    public void EnteringHostCode_WakesARevokerAlreadyWaitingForTheOwner()
    {
        var (rt, owner, a) = OwnerAndObject();
        var errors = new List<Exception>();
        var done = new Box();
        var t = StartRevoker(rt, a, done, errors);
        // The owner is attached, not in host code, passes no check: the revoker waits for it.
        Assert.True(Eventually(() => Volatile.Read(ref rt.State.HandshakeWaiters) == 1), "the revoker never waited");
        Assert.Equal(0, Volatile.Read(ref done.Value));
        HostCode.Enter(owner);
        bool wentOn = Eventually(() => Volatile.Read(ref done.Value) == 1);
        HostCode.Leave(owner);
        FtThreads.Join(t, errors);
        Assert.True(wentOn, "entering host code did not wake the waiting revoker");
    }

    [Fact]
    public void HostCodeInsideAnOwnerSection_SuspendsIt_AndLeavingResumesItWithTheMutex()
    {
        var (rt, owner, a) = OwnerAndObject();
        FreeThreadedSync.Lock(owner, a);
        Assert.False(Locked(a)); // an owner section
        a.Value = 10;
        // e.g. a host function called as a key inside the section: the section is suspended meanwhile
        Assert.True(AnotherThreadGetsInDuringHostCode(rt, owner, a, () => Assert.False(CriticalSections.IsHeldByTop(owner, a))),
            "the revoker waited for an owner in host code inside an owner section");
        Assert.True(CriticalSections.IsHeldByTop(owner, a)); // resumed, and revoked meanwhile: with the mutex
        Assert.True(Locked(a));
        a.Value++;
        FreeThreadedSync.Unlock(owner, a);
        Assert.False(Locked(a));
        Assert.Equal(0, FreeThreadedSync.ThreadStateOf(owner).CriticalSectionDepth);
        Assert.Equal(12, a.Value);
    }

    [Fact]
    public void HostCodeInsideAnOwnerSectionNobodyRevoked_ResumesItAsAnOwnerSection()
    {
        var (_, owner, a) = OwnerAndObject();
        FreeThreadedSync.Lock(owner, a);
        HostCode.Enter(owner);
        Assert.True(HostCode.IsInHostCode(owner));
        Assert.True(HostCode.Leave(owner));
        Assert.False(HostCode.IsInHostCode(owner));
        Assert.True(CriticalSections.IsHeldByTop(owner, a));
        Assert.False(Locked(a)); // still no mutex: the same section the slow path would have
        FreeThreadedSync.Unlock(owner, a);
        Assert.Equal(0, FreeThreadedSync.ThreadStateOf(owner).CriticalSectionDepth);
    }

    [Fact]
    public void HostCodeInsideAMutexSection_ReleasesTheMutexUntilItReturns()
    {
        // As a detach would: a host function waiting for a thread that needs the object does not deadlock.
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var b = new Counted(rt.ObjType); // never claimed: the section takes the mutex
        FreeThreadedSync.Lock(ts, b);
        Assert.True(Locked(b));
        Assert.True(AnotherThreadGetsInDuringHostCode(rt, ts, b, () => Assert.False(CriticalSections.IsHeldByTop(ts, b))),
            "the other thread waited for a section held across host code");
        Assert.True(CriticalSections.IsHeldByTop(ts, b));
        Assert.True(Locked(b));
        FreeThreadedSync.Unlock(ts, b);
        Assert.False(Locked(b));
        Assert.Equal(1, b.Value);
    }

    [Fact]
    public void ACallbackFromHostCode_IsPythonCodeAgain_ARevokerWaitsForItsOwnerSection()
    {
        // What EngineCore.RunNested does around a callback: Leave before, Enter after.
        var (rt, owner, a) = OwnerAndObject();
        var errors = new List<Exception>();
        var done = new Box();
        int seen = -1;
        HostCode.Enter(owner);
        Assert.True(HostCode.Leave(owner)); // the callback begins
        FreeThreadedSync.Lock(owner, a);    // an owner section in the callback's Python code
        a.Value = 1;
        var t = StartRevoker(rt, a, done, errors, () => seen = a.Value);
        bool waited = Eventually(() => Volatile.Read(ref done.Value) == 1 ||
            (Volatile.Read(ref rt.State.HandshakeWaiters) == 1 && (Volatile.Read(ref owner.EvalBreaker) & EvalBreakerBits.SectionHandshake) != 0));
        bool revokerWentIn = Volatile.Read(ref done.Value) == 1;
        a.Value = 2;
        FreeThreadedSync.Unlock(owner, a);
        FreeThreadedSync.HandleEvalBreaker(owner); // the callback's next check answers the handshake
        HostCode.Enter(owner);              // the callback returned to host code
        Assert.True(Eventually(() => Volatile.Read(ref done.Value) == 1));
        Assert.True(HostCode.Leave(owner));
        FtThreads.Join(t, errors);
        Assert.True(waited);
        Assert.False(revokerWentIn, "the revoker went into the owner's open section");
        Assert.Equal(2, seen);
        Assert.Equal(3, a.Value);
    }

    [Fact]
    public void WhileEliding_HostCodeIsMarkedPlainly_AndPublishedOnceElisionEndedInACallback()
    {
        var rt = new FtTestRuntime(elide: true);
        var owner = rt.NewAttachedThread(); // the runtime's first thread: it elides
        var ft = FreeThreadedSync.ThreadStateOf(owner);
        Assert.True(ft.ElidesLocks);
        var a = new Counted(rt.ObjType);
        FreeThreadedSync.IncRef(owner, a);
        FreeThreadedSync.Lock(owner, a); // an elided section, open across the host code
        HostCode.Enter(owner);
        Assert.Equal(HostCode.Eliding, ft.InHostCode);
        Assert.False(CriticalSections.IsHeldByTop(owner, a));
        Assert.True(HostCode.Leave(owner)); // a callback begins: Python code again
        Assert.True(CriticalSections.IsHeldByTop(owner, a));

        var errors = new List<Exception>();
        var done = new Box();
        var attached = new Box();
        var go = new Box();
        var t = FtThreads.Start(() =>
        {
            var ts = rt.NewAttachedThread(); // ends the owner's elision (a pause: the owner parks at a check)
            Volatile.Write(ref attached.Value, 1);
            FtThreads.WaitUntil(() => Volatile.Read(ref go.Value) == 1, "go");
            FreeThreadedSync.Lock(ts, a); // revokes the owner's bias
            a.Value++;
            FreeThreadedSync.Unlock(ts, a);
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
            Volatile.Write(ref done.Value, 1);
        }, errors);
        // The callback's Python code passes eval-breaker checks: it parks for the pause.
        Assert.True(Eventually(() =>
        {
            FreeThreadedSync.HandleEvalBreaker(owner);
            return Volatile.Read(ref attached.Value) == 1;
        }), "the second thread never attached");
        Assert.False(ft.ElidesLocks);
        FreeThreadedSync.Unlock(owner, a); // the section ends in the callback (resumed as an owner section after the pause)
        HostCode.Enter(owner);             // the callback returned to host code: published now
        Assert.Equal(HostCode.Published, ft.InHostCode);
        Volatile.Write(ref go.Value, 1);
        bool wentOn = Eventually(() => Volatile.Read(ref done.Value) == 1);
        Assert.True(HostCode.Leave(owner));
        FtThreads.Join(t, errors);
        Assert.True(wentOn, "the revoker waited for an owner in host code after elision ended");
        Assert.Equal(1, a.Value);
        Assert.Equal(0, ft.CriticalSectionDepth);
    }

    [Fact]
    public void LeaveOutsideHostCode_DoesNothing()
    {
        var (_, owner, a) = OwnerAndObject();
        FreeThreadedSync.Lock(owner, a);
        Assert.False(HostCode.Leave(owner));
        Assert.False(HostCode.IsInHostCode(owner));
        Assert.True(CriticalSections.IsHeldByTop(owner, a));
        FreeThreadedSync.Unlock(owner, a);
    }

    /// <summary>An object with a counter.</summary>
    private sealed class Counted(PyType t) : PyObject(t)
    {
        public int Value;
    }

    private sealed class Box
    {
        public int Value;
    }
}
