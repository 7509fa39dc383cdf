// Claiming a fresh object with a plain store while the runtime's only thread elides locks
// (src/Vm.FreeThreaded/BiasedRefCount.cs, ClaimsPlainly): the outcome equals the CAS claim's, only
// the sole eliding thread takes that path, and once a second thread has attached claims are
// arbitrated by the CAS again (two threads racing to claim the same objects lose no count).
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class ClaimElisionTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FirstIncRef_ClaimsTheSameWay_WithOrWithoutElision(bool elide)
    {
        var rt = new FtTestRuntime(elide);
        var ts = rt.NewAttachedThread();
        Assert.Equal(elide, BiasedRefCount.ClaimsPlainly(ts));

        var o = rt.NewObj();
        FreeThreadedSync.IncRef(ts, o);
        FreeThreadedSync.IncRef(ts, o);
        Assert.Equal(ts.Id, o.ObTid);
        Assert.Equal(2, o.RefLocal);
        Assert.Equal(0, o.RefShared);
        Assert.False(FreeThreadedSync.DecRef(ts, o));
        Assert.True(FreeThreadedSync.DecRef(ts, o)); // the last reference: deallocate

        // Immortal and deferred objects are never claimed, eliding or not.
        var imm = rt.NewObj();
        imm.FlagBits = (int)ObjectFlags.Immortal;
        FreeThreadedSync.IncRef(ts, imm);
        Assert.Equal(0, imm.ObTid);
        Assert.Equal(0, imm.RefLocal);

        // An object another thread owns is counted in the shared field, not claimed.
        var other = rt.NewThreadState();
        var owned = rt.NewObj();
        owned.ObTid = other.Id;
        owned.RefLocal = 1;
        FreeThreadedSync.IncRef(ts, owned);
        Assert.Equal(other.Id, owned.ObTid);
        Assert.Equal(1, owned.RefLocal);
        Assert.Equal(2, BiasedRefCount.RefCount(owned)); // 1 local + 1 shared
    }

    /// <summary>
    /// A call binds an unclaimed argument (ObTid 0: never counted, so no caller's local holds it) by
    /// counting it, which claims it, instead of scanning the caller's locals for a reference to borrow
    /// (FreeThreadedSync.PreferBorrow); another thread's or a merged object is still offered for
    /// borrowing, this thread's own and deferred ones are not.
    /// </summary>
    [Fact]
    public void UnclaimedArgument_IsNotOfferedForBorrowing_OthersObjectsAre()
    {
        var rt = new FtTestRuntime(elide: true);
        var ts = rt.NewAttachedThread();
        var other = rt.NewThreadState();

        var fresh = rt.NewObj();
        Assert.False(FreeThreadedSync.PreferBorrow(ts, fresh));
        FreeThreadedSync.IncRef(ts, fresh); // what BindParam does instead
        Assert.Equal(ts.Id, fresh.ObTid);
        Assert.False(FreeThreadedSync.PreferBorrow(ts, fresh)); // now this thread's own

        var owned = rt.NewObj();
        owned.ObTid = other.Id;
        owned.RefLocal = 1;
        Assert.True(FreeThreadedSync.PreferBorrow(ts, owned));

        var merged = rt.NewObj();
        merged.ObTid = BiasedRefCount.MergedTid;
        Assert.True(FreeThreadedSync.PreferBorrow(ts, merged));

        var deferred = rt.NewObj();
        deferred.ObTid = other.Id;
        deferred.FlagBits = (int)ObjectFlags.Deferred;
        Assert.False(FreeThreadedSync.PreferBorrow(ts, deferred));
    }

    /// <summary>
    /// FreeThreadedSync.TryClaimDealloc's plain claim (eliding) answers as the atomic one does:
    /// once for a mortal object, never for an immortal, deferred or already claimed one.
    /// </summary>
    [Fact]
    public void DeallocClaim_SameAnswer_WithOrWithoutElision()
    {
        foreach (bool elide in new[] { true, false })
        {
            var rt = new FtTestRuntime(elide);
            var ts = rt.NewAttachedThread();
            Assert.Equal(elide, FreeThreadedSync.ThreadStateOf(ts).ElidesLocks);
            foreach (var flags in new[] { ObjectFlags.None, ObjectFlags.Immortal, ObjectFlags.Deferred, ObjectFlags.Dead, ObjectFlags.GcBuffered | ObjectFlags.HasId })
            {
                var o = rt.NewObj();
                o.FlagBits = (int)flags;
                var p = rt.NewObj();
                p.FlagBits = (int)flags;
                bool expected = BiasedRefCount.TryClaimDealloc(p);
                Assert.Equal(expected, FreeThreadedSync.TryClaimDealloc(ts, o));
                Assert.Equal(p.FlagBits, o.FlagBits);
                Assert.False(FreeThreadedSync.TryClaimDealloc(ts, o)); // exactly once
            }
        }
    }

    [Fact]
    public void OnlyTheSoleElidingThread_ClaimsPlainly_AndNotAfterTheSwitch()
    {
        var rt = new FtTestRuntime(elide: true);
        var main = rt.NewAttachedThread();
        var second = rt.NewThreadState(); // created, not attached: main still elides
        Assert.True(BiasedRefCount.ClaimsPlainly(main));
        Assert.False(BiasedRefCount.ClaimsPlainly(second));
        rt.DeleteThreadState(second);
        var keeper = rt.NewThreadState(); // live while the worker exits: main is not alone after the switch

        FreeThreadedSync.Detach(main); // blocked, as in a join: the switch happens meanwhile
        var errors = new List<Exception>();
        var t = FtThreads.Start(() =>
        {
            var ts = rt.NewAttachedThread();
            Assert.False(BiasedRefCount.ClaimsPlainly(ts));
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        }, errors);
        FtThreads.Join(t, errors);
        FreeThreadedSync.Attach(main);
        Assert.False(BiasedRefCount.ClaimsPlainly(main));

        // Claims still work, through the CAS now.
        var o = rt.NewObj();
        FreeThreadedSync.IncRef(main, o);
        Assert.Equal(main.Id, o.ObTid);
        Assert.Equal(1, o.RefLocal);

        rt.DeleteThreadState(keeper); // main alone: it elides (and claims plainly) again from its next attach
        FreeThreadedSync.Detach(main);
        FreeThreadedSync.Attach(main);
        Assert.True(BiasedRefCount.ClaimsPlainly(main));
    }

    /// <summary>
    /// After the switch, threads racing to claim the same fresh objects: exactly one becomes the
    /// owner, the others count in the shared field, and no increment is lost.
    /// </summary>
    [Fact]
    public void RacingClaimsAfterTheSwitch_LoseNoCount()
    {
        const int threads = 3, batches = 200, perBatch = 256;
        var rt = new FtTestRuntime(elide: true);
        var main = rt.NewAttachedThread();
        var keeper = rt.NewThreadState(); // live: main does not elide again when the workers have exited
        FreeThreadedSync.Detach(main); // let the workers attach without waiting for main to poll
        var objs = new PyObject[batches][];
        for (int b = 0; b < batches; b++)
        {
            objs[b] = new PyObject[perBatch];
            for (int i = 0; i < perBatch; i++) objs[b][i] = rt.NewObj();
        }
        using var start = new Barrier(threads);
        FtThreads.Run(threads, _ =>
        {
            var ts = rt.NewAttachedThread();
            Assert.False(BiasedRefCount.ClaimsPlainly(ts));
            for (int b = 0; b < batches; b++)
            {
                FreeThreadedSync.Detach(ts);
                start.SignalAndWait(); // every thread on the same batch at once
                FreeThreadedSync.Attach(ts);
                foreach (var o in objs[b]) FreeThreadedSync.IncRef(ts, o);
            }
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        });
        FreeThreadedSync.Attach(main);
        Assert.False(BiasedRefCount.ClaimsPlainly(main));
        Assert.NotNull(keeper);
        for (int b = 0; b < batches; b++)
            foreach (var o in objs[b])
            {
                Assert.NotEqual(0, o.ObTid);
                Assert.Equal(threads, BiasedRefCount.RefCount(o));
            }
    }
}
