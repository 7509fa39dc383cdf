// The biased reference-counting state machine (src/Vm.FreeThreaded/BiasedRefCount.cs), one
// transition at a time. "Thread" here means thread state: the owner test is ObTid == ts.Id, so two
// thread states on one OS thread exercise the owner / non-owner paths deterministically.
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class BiasedRefCountTests
{
    private static int Count(PyObject o) => o.RefShared >> SharedState.Shift;
    private static int State(PyObject o) => o.RefShared & SharedState.Mask;

    private static void DecRef(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.DecRef(ts, o);
    private static void IncRef(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.IncRef(ts, o);
    private static void DropBorrowed(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.DropBorrowed(ts, o);

    [Fact]
    public void NameAndGilEnabled()
    {
        Assert.Equal("free-threaded", Name<FreeThreadedSync>());
        Assert.False(Enabled<FreeThreadedSync>());
    }

    private static string Name<T>() where T : struct, Vm.Concurrency.ISyncPolicy => T.Name;
    private static bool Enabled<T>() where T : struct, Vm.Concurrency.ISyncPolicy => T.GilEnabled;

    [Fact]
    public void NewObject_IsUnownedAndFloating()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var o = rt.NewObj();
        Assert.Equal(0, o.ObTid);
        Assert.True(FreeThreadedSync.IsFloating(ts, o));
        Assert.Equal(0, FreeThreadedSync.RefCount(o));
    }

    [Fact]
    public void FirstIncRef_ClaimsOwnership_ThenCountsLocally()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        FreeThreadedSync.IncRef(b, o);
        Assert.Equal(b.Id, o.ObTid);
        Assert.Equal(1, o.RefLocal);
        Assert.Equal(0, o.RefShared);
        FreeThreadedSync.IncRef(b, o);
        Assert.Equal(2, o.RefLocal);
        // Another thread does not steal it: it counts in the shared field.
        FreeThreadedSync.IncRef(a, o);
        Assert.Equal(b.Id, o.ObTid);
        Assert.Equal(1, Count(o));
        Assert.Equal(3, FreeThreadedSync.RefCount(o));
    }

    [Fact]
    public void Owner_IncDec_IsLocal_AndDeallocatesAtZero()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(ts, o);
        IncRef(ts, o);
        Assert.False(FreeThreadedSync.DecRef(ts, o));
        Assert.Equal(1, o.RefLocal);
        Assert.Equal(0, o.RefShared);
        DecRef(ts, o);
        Assert.Equal(1, o.Deallocs);
        Assert.Equal(ts.Id, o.ObTid); // the fast path frees without giving up ownership
        Assert.NotEqual(0, o.FlagBits & (int)ObjectFlags.Dead);
    }

    [Fact]
    public void NonOwner_IncDec_IsShared()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o); // a owns, local 1
        IncRef(b, o);
        IncRef(b, o);
        Assert.Equal(2, Count(o));
        Assert.Equal(SharedState.Default, State(o));
        DecRef(b, o);
        DecRef(b, o);
        Assert.Equal(0, Count(o));
        Assert.Equal(SharedState.Default, State(o));
        Assert.Equal(1, FreeThreadedSync.RefCount(o));
        Assert.Equal(0, o.Deallocs);
        Assert.Equal(0, a.EvalBreaker & EvalBreakerBits.MergeQueue);
    }

    [Fact]
    public void SharedGoingNegative_QueuesToOwner_AndTheMergeDeallocatesOnce()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o); // stored by a: a owns it, local 1
        DecRef(b, o); // b removes the last reference: b cannot know, so it queues it to a

        Assert.Equal(0, o.Deallocs);
        Assert.Equal(SharedState.Queued, State(o));
        Assert.Equal(0, Count(o)); // the queue holds the reference: nothing subtracted
        Assert.NotEqual(0, a.EvalBreaker & EvalBreakerBits.MergeQueue);
        Assert.Equal(1, FreeThreadedSync.ThreadStateOf(a).PendingMerges);
        Assert.Equal(0, FreeThreadedSync.RefCount(o));

        FreeThreadedSync.HandleEvalBreaker(a);
        Assert.Equal(1, o.Deallocs);
        Assert.True(BiasedRefCount.IsMergedTid(o.ObTid));
        Assert.Equal(SharedState.Merged, State(o));
        Assert.Equal(0, Count(o));
        Assert.Equal(0, a.EvalBreaker & EvalBreakerBits.MergeQueue);
        Assert.Equal(0, FreeThreadedSync.ThreadStateOf(a).PendingMerges);

        FreeThreadedSync.HandleEvalBreaker(a);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void QueuedObject_StillReferencedLocally_SurvivesTheMerge()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        IncRef(a, o); // local 2
        DecRef(b, o); // queued
        Assert.Equal(SharedState.Queued, State(o));
        Assert.Equal(1, FreeThreadedSync.RefCount(o));
        DecRef(b, o); // further decrements while queued are subtracted (count may go negative)
        Assert.Equal(-1, Count(o));
        Assert.Equal(0, FreeThreadedSync.RefCount(o));
        IncRef(b, o);
        Assert.Equal(1, FreeThreadedSync.RefCount(o));

        FreeThreadedSync.HandleEvalBreaker(a);
        Assert.Equal(0, o.Deallocs);
        Assert.Equal(SharedState.Merged, State(o));
        Assert.Equal(1, Count(o));
        Assert.True(BiasedRefCount.IsMergedTid(o.ObTid));

        // Merged: everyone counts in the shared field, and reaching (0, Merged) frees it.
        IncRef(a, o);
        Assert.Equal(0, o.RefLocal);
        Assert.Equal(2, Count(o));
        DecRef(a, o);
        DecRef(b, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void OwnerReachingZeroLocal_WithSharedRefs_MergesAndTheLastSharedDecRefFrees()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        IncRef(b, o);
        DecRef(a, o); // local 0 with a shared reference outstanding: give up ownership
        Assert.Equal(0, o.Deallocs);
        Assert.True(BiasedRefCount.IsMergedTid(o.ObTid));
        Assert.Equal(0, o.RefLocal);
        Assert.Equal(SharedState.Merged, State(o));
        Assert.Equal(1, Count(o));

        // A merged object is never claimed again.
        IncRef(a, o);
        Assert.True(BiasedRefCount.IsMergedTid(o.ObTid));
        DecRef(a, o);

        DecRef(b, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void QueuedThenOwnerMerges_TheQueueEntryStillFreesOnce()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        IncRef(a, o); // local 2
        DecRef(b, o); // queued (R = 1)
        DecRef(a, o); // local 1, shared word Queued|0: nothing to do yet
        Assert.Equal(0, FreeThreadedSync.RefCount(o));
        Assert.Equal(0, o.Deallocs);
        FreeThreadedSync.HandleEvalBreaker(a);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void NonOwnerPop_ThenOwnerDropsTheOtherReference_Frees()
    {
        // a holds two counted references (say, in two containers); b pops one (the value becomes
        // b's floating stack value), drops it while a's reference still exists, then a drops its
        // own: the count reaches zero through an owner decrement that must look at the shared field.
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        IncRef(a, o);
        FreeThreadedSync.DecRefNoDealloc(b, o);
        Assert.Equal(-1, Count(o));
        Assert.False(FreeThreadedSync.IsFloating(b, o));
        DropBorrowed(b, o);
        Assert.Equal(0, o.Deallocs);
        DecRef(a, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void NonOwnerPop_OfTheLastReference_IsFloating_AndDropFrees()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        FreeThreadedSync.DecRefNoDealloc(b, o);
        Assert.True(FreeThreadedSync.IsFloating(b, o));
        Assert.Equal(0, o.Deallocs);
        DropBorrowed(b, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void NonOwnerPop_ThenStore_ThenDecRef_FreesThroughTheOwner()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);                               // a's container
        FreeThreadedSync.DecRefNoDealloc(b, o);     // b pops it
        IncRef(b, o);                               // and stores it in a local
        Assert.Equal(1, FreeThreadedSync.RefCount(o));
        DecRef(b, o);                               // the local dies
        Assert.Equal(0, o.Deallocs);
        Assert.Equal(SharedState.Queued, State(o));
        FreeThreadedSync.HandleEvalBreaker(a);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void OwnerPopToZeroLocal_WithSharedRefs_GivesUpOwnership()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        IncRef(b, o);
        FreeThreadedSync.DecRefNoDealloc(a, o); // a pops its reference: local 0, one shared left
        Assert.True(BiasedRefCount.IsMergedTid(o.ObTid));
        Assert.Equal(SharedState.Merged, State(o));
        Assert.False(FreeThreadedSync.IsFloating(a, o));
        DropBorrowed(a, o);
        Assert.Equal(0, o.Deallocs);
        DecRef(b, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void OwnerPopToZero_NothingShared_StaysOwnedAndFloating()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        FreeThreadedSync.DecRefNoDealloc(a, o);
        Assert.Equal(a.Id, o.ObTid);
        Assert.True(FreeThreadedSync.IsFloating(a, o));
        IncRef(a, o); // stored again
        Assert.Equal(1, o.RefLocal);
        DecRef(a, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void ExitedOwner_NonOwnerDecRef_MergesOnItsBehalf()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o1 = rt.NewObj();
        var o2 = rt.NewObj();
        IncRef(a, o1);
        IncRef(a, o2);
        IncRef(a, o2);
        rt.DeleteThreadState(a);
        Assert.Equal(ThreadStatus.Exited, FreeThreadedSync.ThreadStateOf(a).CurrentStatus);
        Assert.Equal(a.Id, o1.ObTid); // objects keep their (now dead) owner

        DecRef(b, o1);
        Assert.Equal(1, o1.Deallocs);
        Assert.True(BiasedRefCount.IsMergedTid(o1.ObTid));

        DecRef(b, o2);
        Assert.Equal(0, o2.Deallocs);
        Assert.Equal(SharedState.Merged, State(o2));
        Assert.Equal(1, Count(o2));
        DecRef(b, o2);
        Assert.Equal(1, o2.Deallocs);
    }

    [Fact]
    public void ExitingOwner_DrainsItsQueue()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        DecRef(b, o); // queued to a
        Assert.Equal(0, o.Deallocs);
        rt.DeleteThreadState(a);
        Assert.Equal(1, o.Deallocs);
        Assert.Equal(0, a.EvalBreaker & EvalBreakerBits.MergeQueue);
    }

    [Fact]
    public void OwnerStillRegisteredButClosed_MergesOnItsBehalf()
    {
        // Between OnThreadExiting and the registry removal the owner is still found in
        // rt.Threads but its queue is closed: the decrementing thread merges itself.
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(a, o);
        FreeThreadedSync.OnThreadExit(a);
        Assert.True(rt.Threads.ContainsKey(a.Id));
        DecRef(b, o);
        Assert.Equal(1, o.Deallocs);
    }

    [Fact]
    public void Immortal_IsNeverCounted()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var o = rt.NewObj();
        o.MakeImmortal();
        FreeThreadedSync.IncRef(a, o);
        FreeThreadedSync.IncRef(b, o);
        Assert.False(FreeThreadedSync.DecRef(a, o));
        Assert.False(FreeThreadedSync.DecRef(b, o));
        Assert.False(FreeThreadedSync.DecRef(b, o));
        FreeThreadedSync.DecRefNoDealloc(b, o);
        Assert.Equal(0, o.ObTid);
        Assert.Equal(0, o.RefLocal);
        Assert.Equal(0, o.RefShared);
        Assert.False(FreeThreadedSync.IsFloating(a, o));
        Assert.False(FreeThreadedSync.TryClaimDealloc(a, o));
        DropBorrowed(a, o);
        Assert.Equal(0, o.Deallocs);
    }

    [Fact]
    public void TryClaimDealloc_OnlyOnce()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var o = rt.NewObj();
        Assert.True(FreeThreadedSync.TryClaimDealloc(a, o));
        Assert.False(FreeThreadedSync.TryClaimDealloc(a, o));
        Assert.NotEqual(0, o.FlagBits & (int)ObjectFlags.Dead);
    }

    [Fact]
    public void DeallocReleasesChildren_ThroughTheSamePolicy()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        var b = rt.NewAttachedThread();
        var parent = rt.NewObj();
        var child = rt.NewObj();
        IncRef(a, parent);
        IncRef(a, child);
        parent.Children.Add(child); // the parent's counted reference to the child (a's)
        DecRef(b, parent);          // queued to a
        FreeThreadedSync.HandleEvalBreaker(a);
        Assert.Equal(1, parent.Deallocs);
        Assert.Equal(1, child.Deallocs); // the owner released the child with a local decrement
    }

    [Fact]
    public void ObjectsFromTwoThreadStates_DoNotAliasOwners()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewAttachedThread();
        rt.DeleteThreadState(a);
        var c = rt.NewAttachedThread();
        Assert.NotEqual(a.Id, c.Id); // ids are never reused, so a dead owner cannot be mistaken
    }
}
