// Biased reference counting (PEP 703; CPython: Objects/object.c _Py_DecRefShared,
// _Py_MergeZeroLocalRefcount, _Py_ExplicitMergeRefcount, and the merge queue of Python/brc.c).
//
// THE IDEA. Most objects are only ever touched by the thread that made them, so each object is
// biased towards one owner thread (ObTid). The owner counts in RefLocal with plain increments;
// every other thread counts in RefShared with atomics. The true count is the sum. The owner
// therefore never pays for an atomic, and a non-owner pays one Interlocked operation.
//
// THE HEADER (PyObject.cs):
//   ObTid      0 = fresh, never counted; > 0 = owner's PyThreadState.Id; -1 (MergedTid) = merged,
//              no owner any more, all counting goes to RefShared. Written by CAS 0 -> id (the
//              first IncRef claims a fresh object: objects are created without an owner so that
//              allocation never reads a thread id; a plain store while the runtime's only thread
//              elides locks, see ClaimsPlainly) and by the merges (id -> -1). Ids are never
//              reused, so an owner that has exited cannot be confused with a new thread.
//              CPython writes 0 on merge; here 0 must mean "claimable", and a merged object must
//              never be claimed (a claimed MERGED object would be freed by a non-owner while its
//              owner still holds local references), hence the distinct -1.
//   RefLocal   owner-only plain writes. Also written by a merge done on behalf of an exited
//              owner (under FtRuntimeState.AbandonedMergeLock, when the owner can no longer run).
//              Read by anyone (IsFloating, RefCount) with Volatile.Read.
//   RefShared  (count << 2) | state, changed only with Interlocked (add or CAS loop).
//              States: Default, MaybeWeakRef (not used by this VM; treated as Default), Queued
//              (the object sits in its owner's merge queue and the queue holds one reference,
//              i.e. one decrement not yet applied), Merged (terminal: count is the whole count).
//
// THE TRANSITIONS (R = the real number of counted references):
//   Default: R = local + count      Queued: R = local + count - 1      Merged: R = count
//   * owner IncRef: local++.            non-owner IncRef: count += 1 (Interlocked.Add).
//   * owner DecRef: local--. If local reached 0: shared word 0 -> R = 0, deallocate (fast
//     path). Otherwise give up ownership (ObTid = -owner or -1: negative, local moved into count, state Merged, in
//     that order so that "ObTid < 0" implies the merged count is about to be published) and
//     deallocate iff the merged count is 0. Additionally, if the shared count is negative
//     (a non-owner DecRefNoDealloc - a pop - took it below zero), the owner merges the same
//     way even if local > 0: otherwise an object whose only remaining reference is owner-local
//     would reach R = 0 through a local decrement that never looks at RefShared, and leak.
//   * non-owner DecRef (CAS loop): in Default state with count <= 0 the decrement cannot be
//     applied without making R possibly 0 unseen, so set Queued WITHOUT decrementing (the queue
//     now holds that reference) and push the object to the owner's queue (owner found through
//     ts.Rt.Threads[ObTid]; its MergeQueue eval-breaker bit is set). If the owner has exited,
//     merge on its behalf at once. Otherwise subtract one; reaching (0, Merged) deallocates.
//   * the owner drains its queue at its next eval-breaker check (ProcessMergeQueue): for each
//     object, ExplicitMerge(extra = -1) (the queue's reference) and deallocate at 0.
//   * DecRefNoDealloc (container pops: the value becomes floating, owned by the caller's stack):
//     owner: local--, and if local reached 0 while RefShared is non-zero, give up ownership
//     (never deallocates). Non-owner: count -= 1 unconditionally (may go negative: that is what
//     makes the owner's check above necessary).
//   * IsFloating = (R == 0) and RefCount = R. They read RefLocal BEFORE RefShared, and every
//     merge publishes the local count into RefShared BEFORE clearing RefLocal, so a read that
//     straddles a merge never under-counts; once RefShared says Merged, RefLocal is ignored (it
//     is already included, and its clearing store may not be visible yet: counting it again
//     made a later pop to zero look non-zero, a leak). (Clearing first, as CPython does to avoid writing to freed
//     memory - gh-119999, not a concern under the .NET GC - let a reader see 0 + old shared:
//     Coyote found that as a premature deallocation.) Because the owner writes RefLocal with
//     plain stores, a non-owner's two reads are still not one snapshot: a reference moved from
//     one field to the other between them can look like a zero. So a zero is only trusted once
//     both fields read identically twice in a row (the re-read costs nothing on the common
//     non-zero path). An ABA of both fields between the reads is not excluded; it needs the owner
//     and another thread to move the same object's references within those few loads.
//   * TryClaimDealloc sets ObjectFlags.Dead with Interlocked.Or: exactly one caller wins, so an
//     object whose zero is observed twice (a merge and a DropBorrowed, say) is freed once.
//
// WHY THE FAST PATH EQUALS THE SLOW PATH. The owner's plain increments are safe because only the
// owner writes RefLocal while it owns the object, and it stops owning the object (ObTid < 0)
// before publishing RefLocal into RefShared. Every non-owner operation is one atomic on RefShared
// whose states make "R reached zero" visible to exactly one party: the non-owner that reaches
// (0, Merged), the owner whose local reaches 0 with nothing shared, or the merge of the queue
// entry that holds the deferred decrement.
//
// KNOWN IMPRECISION (the "floating" convention of PyObject.cs meets deferred merging). If an
// object is already Queued and a non-owner then pops it (DecRefNoDealloc) so that R becomes 0,
// the owner's later merge sees R = 0 and cannot tell "last reference dropped" (deallocate) from
// "last reference popped and still on a stack" (floating). It deallocates, like CPython would
// for the strong-reference equivalent; a popped value that is then stored again has had its
// __del__ run early. Plain counting has the same outcome when another thread drops the last
// counted reference while a borrowed one is in flight; this needs an object queued first.
//
// Memory ordering (Coyote explores sequentially consistent schedules only, so this part is
// argued, not tested). The owner's RefLocal stores are plain and may sit in its store buffer:
//  * "local--, then read RefShared" (owner) against "atomic pop, then read RefLocal" (a
//    non-owner's IsFloating) is the store-buffer pattern: both may read the old value, and then
//    neither sees the zero (a leak: no __del__). It is not rare: the popping thread's call
//    protocol briefly increments and decrements the popped value (DropRangeKeeping), the owner's
//    check can land on that non-negative moment, and the contended cache line keeps the owner's
//    store buffered. ContainerStressTests saw one lost __del__ in ~5% of runs (8000 objects).
//    Closed asymmetrically, with no fence on the owner's fast path: a non-owner that sees a
//    negative shared count (Default state) and a non-zero total issues a process-wide barrier
//    (membarrier: every CPU drains its store buffer) and reads again. The owner's load of
//    RefShared returned a value from before the pop, so its earlier store had retired into the
//    store buffer and the barrier makes it visible. Cost: microseconds, only when a popped
//    object is dropped while its owner still holds a reference.
//  * A non-owner's IsFloating may combine a stale RefLocal with a fresh RefShared. With the
//    double read, a false zero still needs three threads on one object at once: the owner storing
//    it (local++ not yet visible), a second thread removing another reference to it, and a third
//    dropping a borrowed one. Plain counting reads one word and has no such window.
// Closing this one would put a fence on the owner's fast path.
//
// Objects must not be shared between runtimes unless immortal: an owner is looked up in the
// decrementing thread's runtime; one that is not found there is treated as exited.
using System.Runtime.CompilerServices;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.FreeThreaded;

public static class BiasedRefCount
{
    /// <summary>ObTid of an object whose counts were merged: no owner, counted in RefShared only.</summary>
    public const int MergedTid = -1;

    /// <summary>
    /// ObTid once merged: minus the former owner's id (CriticalSections.cs, "OWNER SECTIONS": a thread that
    /// takes an object's mutex for the first time must know which thread may still run an owner section on
    /// it), or <see cref="MergedTid"/> when it had none. Every negative value means "merged, no owner".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int MergedTidOf(int tid) => tid > 0 ? -tid : MergedTid;

    /// <summary>True for an ObTid that says "merged" (<see cref="MergedTidOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMergedTid(int tid) => tid < 0;

    private const int One = 1 << SharedState.Shift;

    // ------------------------------------------------------------------------------------------
    // Increments
    // ------------------------------------------------------------------------------------------

    /// <summary>IncRef for any thread (FreeThreadedSync inlines the owner check and calls <see cref="IncRefSlow"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void IncRef(PyThreadState ts, PyObject o)
    {
        if (o.ObTid == ts.Id)
        {
            o.RefLocal++;
            return;
        }
        IncRefSlow(ts, o);
    }

    /// <summary>Not the owner: claim a fresh object, or count in the shared field.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void IncRefSlow(PyThreadState ts, PyObject o)
    {
        int flags = o.FlagBits;
        if ((flags & (int)(ObjectFlags.Immortal | ObjectFlags.Deferred)) != 0)
        {
            if ((flags & (int)ObjectFlags.Immortal) == 0) DeferredRefCount.Add(ts, flags, 1);
            return;
        }
        int tid = Volatile.Read(ref o.ObTid);
        if (tid == ts.Id)
        {
            o.RefLocal++;
            return;
        }
        if (tid == 0 && (ClaimsPlainly(ts) ? ClaimPlainly(ts, o) : Interlocked.CompareExchange(ref o.ObTid, ts.Id, 0) == 0))
        {
            // Claimed: this thread is the owner from now on.
            o.RefLocal++;
            if (FtStats.Enabled) FtStats.Of(ts).Claims++;
            return;
        }
        if (FtStats.Enabled) CountShared(ts, o, FtStats.IncKind);
        Interlocked.Add(ref o.RefShared, One);
    }

    /// <summary>
    /// True when <paramref name="ts"/> may claim a fresh object with a plain store instead of a
    /// CAS: it is the runtime's only thread and elides locks (CriticalSections.cs, "ELISION").
    /// The CAS only arbitrates between threads claiming the same fresh object at once, and no
    /// other thread can run until a second thread's first attach has stopped the world and turned
    /// Elide off; this thread is parked then (never between the read of ObTid and the store), and
    /// the pause orders its plain stores before anything the new thread reads. Same outcome as a
    /// CAS that succeeds, which is the only outcome a CAS can have with one thread.
    /// </summary>
    internal static bool ClaimsPlainly(PyThreadState ts) => ts.Backend is FtThreadState { Elide: true };

    private static bool ClaimPlainly(PyThreadState ts, PyObject o)
    {
        o.ObTid = ts.Id;
        return true;
    }

    // ------------------------------------------------------------------------------------------
    // Decrements
    // ------------------------------------------------------------------------------------------

    /// <summary>DecRef for any thread; true when the caller must deallocate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool DecRef(PyThreadState ts, PyObject o)
    {
        if (o.ObTid == ts.Id)
        {
            int l = o.RefLocal - 1;
            o.RefLocal = l;
            if (l != 0 && o.RefShared >= 0) return false;
            return DecRefOwnerSlow(ts, o, l);
        }
        return DecRefShared(ts, o);
    }

    /// <summary>
    /// The owner's local count has just been decremented to <paramref name="local"/>, and either it
    /// is 0 or the shared count is negative. Deallocate directly or merge (give up ownership).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool DecRefOwnerSlow(PyObject o, int local)
    {
        if (DeferredRefCount.IsDeferred(o))
        {
            // Other threads' references may sit in their per-thread deltas: never a zero. Give up
            // ownership all the same (exact, and it keeps RefLocal from going negative).
            if (local == 0 || Volatile.Read(ref o.RefShared) < 0) GiveUpOwnership(o, local);
            return false;
        }
        int shared = Volatile.Read(ref o.RefShared);
        // The flag can only be set, not cleared, while this thread runs: re-checked after the zero.
        if (local == 0 && shared == 0) return !DeferredRefCount.IsDeferred(o); // nothing shared, nothing queued: R = 0
        if (local != 0 && shared >= 0) return false; // raced back to a non-negative count
        return GiveUpOwnership(o, local) == 0 && !DeferredRefCount.IsDeferred(o);
    }

    /// <summary><see cref="DecRefOwnerSlow(PyObject, int)"/> that also counts a give-up (PYVM_FTSTATS). The
    /// owner's last reference of an object nothing else counts (local 0, shared word 0, not deferred:
    /// the deallocation FreeThreadedSync.DecRef takes for most objects) is answered here without the
    /// second call, in that one's order (the shared word, then the flag).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool DecRefOwnerSlow(PyThreadState ts, PyObject o, int local)
    {
        if (local == 0 && Volatile.Read(ref o.RefShared) == 0 && !DeferredRefCount.IsDeferred(o)) return true;
        if (FtStats.Enabled && !(local == 0 && Volatile.Read(ref o.RefShared) == 0)) FtStats.Of(ts).GiveUps++;
        return DecRefOwnerSlow(o, local);
    }

    /// <summary>A non-owner's decrement (CPython's _Py_DecRefShared); true when the caller must deallocate.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool DecRefShared(PyThreadState ts, PyObject o)
    {
        int flags = o.FlagBits;
        if ((flags & (int)(ObjectFlags.Immortal | ObjectFlags.Deferred)) != 0)
        {
            if ((flags & (int)ObjectFlags.Immortal) == 0) DeferredRefCount.Add(ts, flags, -1);
            return false;
        }
        if (FtStats.Enabled) CountShared(ts, o, FtStats.DecKind);
        int shared = Volatile.Read(ref o.RefShared);
        int next;
        bool queue;
        while (true)
        {
            int state = shared & SharedState.Mask;
            // Default (or maybe-weakref) with nothing left in the shared field: only the owner
            // can tell whether this was the last reference. Keep the reference (the queue owns
            // it) and let the owner merge.
            queue = state <= SharedState.MaybeWeakRef && (shared >> SharedState.Shift) <= 0;
            next = queue ? (shared & ~SharedState.Mask) | SharedState.Queued : shared - One;
            int seen = Interlocked.CompareExchange(ref o.RefShared, next, shared);
            if (seen == shared) break;
            shared = seen;
        }
        if (queue)
        {
            if (FtStats.Enabled) FtStats.Of(ts).Queued++;
            return QueueToOwner(ts, o);
        }
        // count 0 and merged: we removed the last reference (unless deferred meanwhile: see DeferredRefCount.cs)
        return next == SharedState.Merged && !DeferredRefCount.IsDeferred(o);
    }

    /// <summary>Decrements without deallocating: the object may become floating.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DecRefNoDealloc(PyThreadState ts, PyObject o)
    {
        if (o.ObTid == ts.Id)
        {
            int l = o.RefLocal - 1;
            o.RefLocal = l;
            if (l == 0 && (o.RefShared != 0 || (o.FlagBits & (int)ObjectFlags.Deferred) != 0)) DecRefNoDeallocOwnerSlow(ts, o);
            return;
        }
        DecRefNoDeallocShared(ts, o);
    }

    /// <summary>The owner's local count reached 0 with something in the shared field: give up ownership.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void DecRefNoDeallocOwnerSlow(PyObject o) => GiveUpOwnership(o, 0);

    /// <summary><see cref="DecRefNoDeallocOwnerSlow(PyObject)"/> that also counts the give-up (PYVM_FTSTATS).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void DecRefNoDeallocOwnerSlow(PyThreadState ts, PyObject o)
    {
        if (FtStats.Enabled) FtStats.Of(ts).GiveUps++;
        GiveUpOwnership(o, 0);
    }

    /// <summary>A non-owner's DecRefNoDealloc.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void DecRefNoDeallocShared(PyThreadState ts, PyObject o)
    {
        int flags = o.FlagBits;
        if ((flags & (int)(ObjectFlags.Immortal | ObjectFlags.Deferred)) != 0)
        {
            if ((flags & (int)ObjectFlags.Immortal) == 0) DeferredRefCount.Add(ts, flags, -1);
            return;
        }
        if (FtStats.Enabled) CountShared(ts, o, FtStats.PopKind);
        Interlocked.Add(ref o.RefShared, -One);
    }

    // PYVM_FTSTATS: one shared-count atomic by this (non-owner) thread.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CountShared(PyThreadState ts, PyObject o, int kind)
    {
        var s = FtStats.Of(ts);
        if (kind == FtStats.IncKind) s.SharedIncRef++;
        else if (kind == FtStats.DecKind) s.SharedDecRef++;
        else s.SharedPop++;
        s.Count(o, kind);
    }

    // ------------------------------------------------------------------------------------------
    // Queries
    // ------------------------------------------------------------------------------------------

    /// <summary>The real count R: local + shared count, minus the queue's reference while queued.</summary>
    public static long RefCount(PyObject o)
    {
        // Deferred: other threads' per-thread deltas are not summed here (DeferredRefCount.cs).
        if (DeferredRefCount.IsDeferred(o)) return Math.Max(1, Volatile.Read(ref o.RefLocal) + (long)(Volatile.Read(ref o.RefShared) >> SharedState.Shift));
        // Local first: a merge publishes RefLocal into RefShared before clearing it (see header).
        int local = Volatile.Read(ref o.RefLocal);
        int shared = Volatile.Read(ref o.RefShared);
        long r = Total(local, shared);
        if (r != 0) return r;
        // A zero decides a deallocation, and two reads are not one snapshot: the owner may have
        // moved a reference between its local count and someone else's shared one in between.
        // Trust the zero only once both fields read the same twice in a row.
        while (true)
        {
            int local2 = Volatile.Read(ref o.RefLocal);
            int shared2 = Volatile.Read(ref o.RefShared);
            if (local2 == local && shared2 == shared) return r;
            local = local2;
            shared = shared2;
            r = Total(local, shared);
        }
    }

    private static long Total(int local, int shared)
    {
        int state = shared & SharedState.Mask;
        // Merged: the shared count is the whole count. The local field still holds the merged
        // value until the merging thread clears it, and that plain store may not be visible yet.
        if (state == SharedState.Merged) return shared >> SharedState.Shift;
        long r = (long)local + (shared >> SharedState.Shift);
        if (state == SharedState.Queued) r--;
        return r;
    }

    /// <summary>True when no counted reference exists (and the object is mortal). <paramref name="ts"/> is the asking thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFloating(PyThreadState ts, PyObject o)
    {
        if ((o.FlagBits & (int)(ObjectFlags.Immortal | ObjectFlags.Deferred)) != 0) return false;
        if (RefCount(o) == 0) return true;
        int shared = Volatile.Read(ref o.RefShared);
        return shared < 0 && (shared & SharedState.Mask) <= SharedState.MaybeWeakRef && o.ObTid != ts.Id && IsFloatingAfterBarrier(ts, o);
    }

    /// <summary>
    /// A non-owner saw a negative shared count (its own pop) and a non-zero total: the owner's
    /// last local decrement may still sit in its store buffer (header, "Memory ordering"). Drain
    /// every thread's store buffer and look again.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsFloatingAfterBarrier(PyThreadState ts, PyObject o)
    {
        if (FtStats.Enabled) FtStats.Of(ts).Barriers++;
        Interlocked.MemoryBarrierProcessWide();
        return RefCount(o) == 0;
    }

    /// <summary>Claims deallocation: exactly one caller gets true.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryClaimDealloc(PyObject o)
    {
        if ((o.FlagBits & (int)(ObjectFlags.Immortal | ObjectFlags.Deferred)) != 0) return false;
        return (Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.Dead) & (int)ObjectFlags.Dead) == 0;
    }

    // ------------------------------------------------------------------------------------------
    // Merging
    // ------------------------------------------------------------------------------------------

    /// <summary>
    /// The owner (or whoever acts for an exited owner, under the abandoned-merge lock) moves the
    /// local count into the shared field, gives up ownership and marks the object merged
    /// (CPython's _Py_ExplicitMergeRefcount). Returns the merged count including
    /// <paramref name="extra"/>.
    /// </summary>
    internal static long ExplicitMerge(PyObject o, int extra)
    {
        int local = Volatile.Read(ref o.RefLocal);
        Volatile.Write(ref o.ObTid, MergedTidOf(o.ObTid));
        long count = PublishMerged(o, local, extra);
        Volatile.Write(ref o.RefLocal, 0); // after publishing: readers may over-count, never under-count
        return count;
    }

    // Adds local + extra into the shared count and sets the Merged state (CAS loop).
    private static long PublishMerged(PyObject o, int local, int extra)
    {
        int shared = Volatile.Read(ref o.RefShared);
        while (true)
        {
            long count = (long)(shared >> SharedState.Shift) + local + extra;
            int next = (int)(count << SharedState.Shift) | SharedState.Merged;
            int seen = Interlocked.CompareExchange(ref o.RefShared, next, shared);
            if (seen == shared) return count;
            shared = seen;
        }
    }

    /// <summary>
    /// The owner gives up an object whose local count is <paramref name="local"/> (CPython's
    /// _Py_MergeZeroLocalRefcount, generalised to a non-zero local). Returns the merged count
    /// (which still includes the queue's reference if the object was queued).
    /// </summary>
    private static long GiveUpOwnership(PyObject o, int local)
    {
        // ObTid before the shared store (gh-121794): "ObTid < 0" must imply "merged soon".
        Volatile.Write(ref o.ObTid, MergedTidOf(o.ObTid));
        long count = PublishMerged(o, local, 0);
        Volatile.Write(ref o.RefLocal, 0); // after publishing: readers may over-count, never under-count
        return count;
    }

    /// <summary>
    /// The object was just marked Queued by this non-owner, the queue holding one reference.
    /// Hand it to its owner, or merge now if the owner has gone. True if the caller must deallocate.
    /// </summary>
    private static bool QueueToOwner(PyThreadState ts, PyObject o)
    {
        int tid = Volatile.Read(ref o.ObTid);
        if (IsMergedTid(tid))
        {
            // The owner merged concurrently (its merge kept the queue's reference in the count):
            // drop that reference through the shared path (CPython: Py_DECREF in brc_queue_object).
            return DecRefShared(ts, o);
        }
        if (tid != 0 && ts.Rt.Threads.TryGetValue(tid, out var ownerTs) && ownerTs.Backend is FtThreadState owner)
        {
            lock (owner.MergeLock)
            {
                if (!owner.MergeClosed)
                {
                    owner.MergeQueue.Add(o);
                    ownerTs.SetEvalBreakerBit(EvalBreakerBits.MergeQueue);
                    return false;
                }
            }
        }
        // The owner has exited (or, for tid 0, there never was one): it will never touch RefLocal
        // again, so merge on its behalf, subtracting the queue's reference.
        var rs = Unsafe.As<FtRuntimeState>(ts.Rt.BackendState)!;
        if (FtStats.Enabled) FtStats.Of(ts).Abandoned++;
        long r;
        lock (rs.AbandonedMergeLock) r = ExplicitMerge(o, -1);
        return r == 0 && !DeferredRefCount.IsDeferred(o);
    }

    /// <summary>
    /// Drains this thread's merge queue: merges each object's counts (dropping the queue's
    /// reference) and deallocates those that reach zero. Called from HandleEvalBreaker when the
    /// MergeQueue bit is set, and at thread exit.
    /// </summary>
    public static void ProcessMergeQueue(PyThreadState ts)
    {
        var ft = Unsafe.As<FtThreadState>(ts.Backend)!;
        ts.ClearEvalBreakerBit(EvalBreakerBits.MergeQueue);
        List<PyObject> batch;
        lock (ft.MergeLock)
        {
            if (ft.MergeQueue.Count == 0) return;
            batch = ft.MergeQueue;
            ft.MergeQueue = ft.MergeSpare ?? new List<PyObject>();
            ft.MergeSpare = null;
        }
        int i = 0;
        if (FtStats.Enabled) ft.Stats!.QueueMerges += batch.Count;
        try
        {
            for (; i < batch.Count; i++)
            {
                var o = batch[i];
                if (ExplicitMerge(o, -1) == 0 && !DeferredRefCount.IsDeferred(o)) ObjectLifecycle<FreeThreadedSync>.Deallocate(ts, o);
            }
        }
        finally
        {
            lock (ft.MergeLock)
            {
                if (i + 1 < batch.Count)
                {
                    // A deallocation threw: the objects after it still hold a queue reference.
                    for (int j = i + 1; j < batch.Count; j++) ft.MergeQueue.Add(batch[j]);
                    ts.SetEvalBreakerBit(EvalBreakerBits.MergeQueue);
                }
                batch.Clear();
                ft.MergeSpare ??= batch;
            }
        }
    }

    /// <summary>
    /// The thread is going away: drain its merge queue until it stays empty, then close it so
    /// that later non-owner decrements of its objects merge on its behalf (CPython's
    /// _Py_brc_remove_thread). Objects it owns keep their ObTid. Call while still attached
    /// (deallocation may run __del__); the thread must not touch reference counts afterwards.
    /// </summary>
    public static void OnThreadExit(PyThreadState ts)
    {
        var ft = Unsafe.As<FtThreadState>(ts.Backend)!;
        while (true)
        {
            ProcessMergeQueue(ts);
            lock (ft.MergeLock)
            {
                if (ft.MergeQueue.Count == 0)
                {
                    ft.MergeClosed = true;
                    break;
                }
            }
        }
        ts.ClearEvalBreakerBit(EvalBreakerBits.MergeQueue);
    }
}
