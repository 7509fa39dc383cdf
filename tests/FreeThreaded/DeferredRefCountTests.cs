// Per-thread ("deferred") counting of class attributes (src/Vm.FreeThreaded/DeferredRefCount.cs):
// the transitions one at a time on thread states of one OS thread, then real threads hammering a
// deferred object while it is undeferred.
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class DeferredRefCountTests
{
    private static int Count(PyObject o) => o.RefShared >> SharedState.Shift;

    private static void DecRef(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.DecRef(ts, o);
    private static void IncRef(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.IncRef(ts, o);
    private static void DropBorrowed(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.DropBorrowed(ts, o);

    [Fact]
    public void NonOwnerCounts_GoToItsOwnDelta_NotTheSharedWord()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o); // the class dict's reference, owner-local
        Assert.True(DeferredRefCount.Defer(a, o));
        Assert.True(DeferredRefCount.IsDeferred(o));
        int sharedBefore = o.RefShared;
        for (int i = 0; i < 5; i++) IncRef(b, o);
        Assert.Equal(5, DeferredRefCount.DeltaOf(b, o));
        Assert.Equal(sharedBefore, o.RefShared);
        for (int i = 0; i < 5; i++) DecRef(b, o);
        FreeThreadedSync.DecRefNoDealloc(b, o); // a pop by a non-owner
        Assert.Equal(-1, DeferredRefCount.DeltaOf(b, o));
        IncRef(b, o);
        Assert.Equal(0, DeferredRefCount.DeltaOf(b, o));
        Assert.Equal(sharedBefore, o.RefShared);
        Assert.Equal(0, o.Deallocs);
        Assert.False(DeferredRefCount.Defer(a, o)); // already deferred
    }

    [Fact]
    public void WhileDeferred_NoZeroIsBelieved_UndeferThenLastDecRefDeallocatesOnce()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o); // anchor (local 1)
        DeferredRefCount.Defer(a, o);
        IncRef(b, o); // b's reference: delta +1
        DecRef(a, o); // owner local 1 -> 0 with b's reference elsewhere: not a zero
        Assert.Equal(0, o.Deallocs);
        Assert.True(BiasedRefCount.IsMergedTid(o.ObTid)); // gave up ownership instead (exact)
        Assert.False(FreeThreadedSync.IsFloating(a, o));
        Assert.False(FreeThreadedSync.TryClaimDealloc(a, o));
        DropBorrowed(a, o);
        Assert.Equal(0, o.Deallocs);
        Assert.True(FreeThreadedSync.RefCount(o) >= 1);

        FreeThreadedSync.Detach(b); // parked: an undefer pauses every other thread
        DeferredRefCount.Undefer(a, o);
        Assert.False(DeferredRefCount.IsDeferred(o));
        FreeThreadedSync.Attach(b);
        Assert.Equal(0, DeferredRefCount.DeltaOf(b, o));
        Assert.Equal(1, FreeThreadedSync.RefCount(o)); // b's reference, now in the shared count
        DecRef(b, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void NegativeDelta_ReferenceAddedByOwnerDroppedByOther_FoldsExactly()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o); // anchor
        IncRef(a, o); // a stores it somewhere b will remove it from
        DeferredRefCount.Defer(a, o);
        DecRef(b, o); // b removes that reference: delta -1
        Assert.Equal(-1, DeferredRefCount.DeltaOf(b, o));
        Assert.Equal(0, o.Deallocs);
        FreeThreadedSync.Detach(b);
        DeferredRefCount.Undefer(a, o);
        Assert.Equal(1, FreeThreadedSync.RefCount(o));
        DecRef(a, o); // the anchor goes: ordinary biased counting sees the zero
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void ExitingThread_FoldsItsDelta_IntoTheSharedCount()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        DeferredRefCount.Defer(a, o);
        var b = rt.NewAttachedThread();
        IncRef(b, o);
        IncRef(b, o);
        int before = Count(o);
        FreeThreadedSync.Detach(b);
        rt.DeleteThreadState(b); // exits holding two references
        Assert.Equal(before + 2, Count(o));
        DeferredRefCount.Undefer(a, o);
        Assert.Equal(3, FreeThreadedSync.RefCount(o));
        var c = rt.NewAttachedThread();
        DecRef(c, o);
        DecRef(c, o);
        Assert.Equal(0, o.Deallocs);
        DecRef(a, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void QueuedBeforeDeferral_OwnerMergeToZero_IsNotADeallocation()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        IncRef(a, o); // local 2
        DecRef(b, o); // non-owner, nothing shared: queued to a (R = 1)
        Assert.NotEqual(0, a.EvalBreaker);
        DeferredRefCount.Defer(a, o);
        IncRef(b, o); // delta +1 (R = 2)
        DecRef(a, o); // local 1 (R = 1)
        FreeThreadedSync.HandleEvalBreaker(a); // merge: local 1 + shared 0 - queue 1 = 0, but b holds one
        Assert.Equal(0, o.Deallocs);
        FreeThreadedSync.Detach(b);
        DeferredRefCount.Undefer(a, o);
        FreeThreadedSync.Attach(b);
        Assert.Equal(1, FreeThreadedSync.RefCount(o));
        DecRef(b, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void UndeferredIndex_IsReused_WithZeroDeltas()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o1 = rt.NewObj();
        IncRef(a, o1);
        DeferredRefCount.Defer(a, o1);
        int idx = o1.FlagBits >> DeferredRefCount.IndexShift;
        IncRef(b, o1);
        FreeThreadedSync.Detach(b);
        DeferredRefCount.Undefer(a, o1);
        FreeThreadedSync.Attach(b);
        Assert.Equal(0, DeferredRefCount.LiveCount(rt.State));
        Assert.Equal(0, o1.FlagBits >> DeferredRefCount.IndexShift);
        var o2 = rt.NewObj();
        IncRef(a, o2);
        DeferredRefCount.Defer(a, o2);
        Assert.Equal(idx, o2.FlagBits >> DeferredRefCount.IndexShift);
        Assert.Equal(0, DeferredRefCount.DeltaOf(b, o2));
        Assert.Equal(1, DeferredRefCount.LiveCount(rt.State));
        // o1 is ordinary again: b's reference is in its shared count
        Assert.Equal(2, FreeThreadedSync.RefCount(o1));
    }

    [Fact]
    public void ImmortalObjects_AreNeverDeferred()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        Assert.False(DeferredRefCount.Defer(a, rt.ObjType));
        Assert.False(DeferredRefCount.IsDeferred(rt.ObjType));
    }

    // ---- real threads ----

    private static Action EvalBreakerLoop(PyThreadState main) => () =>
    {
        if (Volatile.Read(ref main.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(main);
        Thread.Yield();
    };

    [Fact]
    public void Stress_ThreadsCountWhileMainUndefers_CountExact_DeallocOnceAfterTheLastRelease()
    {
        var rt = new FtTestRuntime();
        var main = rt.NewAttachedThread();
        const int Rounds = 40, W = 4, N = 20_000;
        for (int round = 0; round < Rounds; round++)
        {
            var o = rt.NewObj();
            IncRef(main, o); // the class dict's reference
            DeferredRefCount.Defer(main, o);
            int started = 0;
            int undeferred = 0;
            // Each worker keeps `hold` references of its own at the end, and moves references to its
            // neighbour through a queue (incremented by one thread, released by another).
            var hand = new System.Collections.Concurrent.ConcurrentQueue<int>[W];
            for (int k = 0; k < W; k++) hand[k] = new();
            FtThreads.Run(W, k =>
            {
                var ts = rt.NewAttachedThread();
                Interlocked.Increment(ref started);
                for (int i = 0; i < N; i++)
                {
                    IncRef(ts, o);
                    if ((i & 7) == 0) hand[(k + 1) % W].Enqueue(0); // the neighbour releases this one
                    else DecRef(ts, o);
                    while (hand[k].TryDequeue(out _)) DecRef(ts, o);
                    if ((i & 63) == 0 && Volatile.Read(ref ts.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(ts);
                }
                IncRef(ts, o); // one reference kept past the thread's exit
                FreeThreadedSync.Detach(ts);
                rt.DeleteThreadState(ts);
            }, () =>
            {
                if (Volatile.Read(ref started) == W && Volatile.Read(ref undeferred) == 0)
                {
                    DeferredRefCount.Undefer(main, o); // in the middle of the workers' counting
                    Volatile.Write(ref undeferred, 1);
                }
                EvalBreakerLoop(main)();
            });
            if (Volatile.Read(ref undeferred) == 0) DeferredRefCount.Undefer(main, o);
            // Drain what the last enqueues left for threads that had already finished their loop.
            int left = hand.Sum(q => q.Count);
            for (int i = 0; i < left; i++) DecRef(main, o);
            FreeThreadedSync.HandleEvalBreaker(main);
            Assert.False(DeferredRefCount.IsDeferred(o));
            Assert.Equal(1 + W, FreeThreadedSync.RefCount(o));
            Assert.Equal(0, o.Deallocs);
            for (int i = 0; i < W; i++) DecRef(main, o);
            Assert.Equal(0, o.Deallocs);
            DecRef(main, o);
            FreeThreadedSync.HandleEvalBreaker(main);
            Assert.Equal(1, o.Deallocs);
        }
        Assert.Equal(0, DeferredRefCount.LiveCount(rt.State));
    }
}
