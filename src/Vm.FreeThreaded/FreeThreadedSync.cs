// The free-threaded synchronisation policy (DESIGN.md, "One eval loop, two backends, zero cost"
// and "The free-threaded backend").
//
// Interpreter<FreeThreadedSync> is the JIT's free-threaded copy of the eval loop. Each member
// here is the thinnest possible inline shell over the machinery in this folder:
//  * reference counting: BiasedRefCount.cs. The owner test `o.ObTid == ts.Id` and the plain
//    RefLocal update are inlined into the caller (ts.Id is a readonly field the caller already
//    has in a register: no thread-static read); everything else is an out-of-line NoInlining
//    call, so the inlined code stays a compare, an add and a branch.
//  * critical sections: CriticalSections.cs on ObjectMutex.cs.
//  * eval breaker: the MergeQueue bit drains this thread's biased-refcount merge queue; the
//    StopTheWorld bit parks the thread for a pause (StopTheWorld.cs). Other bits (async
//    exceptions, cancellation) are left for the eval loop.
//  * Detach = suspend every active critical section, then mark the thread detached (a pause may
//    now count it as parked). Attach = wait out any pause, mark attached, re-lock the top
//    critical section. Same order as CPython's _PyThreadState_Detach / _Attach.
//
// Reaching per-thread and per-runtime state: ts.Backend is always an FtThreadState and
// ts.Rt.BackendState an FtRuntimeState in a free-threaded runtime, so the casts are Unsafe.As
// (no type check) — the runtime class must set them up (see FtThreadState.Create).
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.FreeThreaded;

public struct FreeThreadedSync : ISyncPolicy
{
    public static string Name => "free-threaded";

    public static bool GilEnabled => false;

    /// <summary>This thread's free-threaded state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FtThreadState ThreadStateOf(PyThreadState ts) => Unsafe.As<FtThreadState>(ts.Backend)!;

    /// <summary>The runtime's free-threaded state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FtRuntimeState RuntimeStateOf(PyThreadState ts) => Unsafe.As<FtRuntimeState>(ts.Rt.BackendState)!;

    // ---- reference counting (BiasedRefCount.cs) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void IncRef(PyThreadState ts, PyObject o)
    {
        if (o.ObTid == ts.Id)
        {
            o.RefLocal++;
            return;
        }
        BiasedRefCount.IncRefSlow(ts, o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool DecRef(PyThreadState ts, PyObject o)
    {
        if (o.ObTid == ts.Id)
        {
            int l = o.RefLocal - 1;
            o.RefLocal = l;
            if (l != 0 && o.RefShared >= 0) return false;
            return BiasedRefCount.DecRefOwnerSlow(ts, o, l);
        }
        return BiasedRefCount.DecRefShared(ts, o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DecRefNoDealloc(PyThreadState ts, PyObject o)
    {
        if (o.ObTid == ts.Id)
        {
            int l = o.RefLocal - 1;
            o.RefLocal = l;
            if (l == 0 && (o.RefShared != 0 || (o.FlagBits & (int)ObjectFlags.Deferred) != 0)) BiasedRefCount.DecRefNoDeallocOwnerSlow(ts, o);
            return;
        }
        BiasedRefCount.DecRefNoDeallocShared(ts, o);
    }

    /// <summary>
    /// The inline answer when nothing is shared (RefShared == 0: count 0, Default state) and the
    /// asking thread is the owner, or the object is fresh (unclaimed) and the asking thread is the
    /// runtime's only one (it elides locks: CriticalSections.cs, "ELISION"); else
    /// BiasedRefCount.IsFloating. Same answer: R = RefLocal + 0, and RefLocal with one read of
    /// RefShared is a snapshot when no other thread can write RefLocal meanwhile (the owner's own
    /// field; or no other thread at all). The slow path's double read guards a non-owner against
    /// the owner moving a reference between the fields, which cannot happen in either case.
    /// Immortal and deferred objects are never floating, as in the slow path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFloating(PyThreadState ts, PyObject o)
    {
        int tid = o.ObTid;
        if ((tid == ts.Id || (tid == 0 && ThreadStateOf(ts).Elide)) && Volatile.Read(ref o.RefShared) == 0)
            return o.RefLocal == 0 && (o.FlagBits & (int)(ObjectFlags.Immortal | ObjectFlags.Deferred)) == 0;
        return BiasedRefCount.IsFloating(ts, o);
    }

    public static long RefCount(PyObject o) => BiasedRefCount.RefCount(o);

    /// <summary>
    /// BiasedRefCount.TryClaimDealloc, with a plain read-modify-write of the flags instead of the
    /// Interlocked.Or while this thread elides locks: it is then the runtime's only thread
    /// (BiasedRefCount.ClaimsPlainly gives the argument), so nobody can race for the claim or
    /// write the flags meanwhile, and the outcome is the one the atomic would have.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryClaimDealloc(PyThreadState ts, PyObject o)
    {
        if (!ThreadStateOf(ts).Elide) return BiasedRefCount.TryClaimDealloc(o);
        int flags = o.FlagBits;
        if ((flags & (int)(ObjectFlags.Immortal | ObjectFlags.Deferred | ObjectFlags.Dead)) != 0) return false;
        o.FlagBits = flags | (int)ObjectFlags.Dead;
        return true;
    }

    // ---- critical sections (CriticalSections.cs) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lock(PyThreadState ts, PyObject o) => CriticalSections.Begin(ts, o);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unlock(PyThreadState ts, PyObject o) => CriticalSections.End(ts, o);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lock2(PyThreadState ts, PyObject a, PyObject b) => CriticalSections.Begin2(ts, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unlock2(PyThreadState ts, PyObject a, PyObject b) => CriticalSections.End2(ts, a, b);

    /// <summary>Nothing while this thread elides (CriticalSections.cs, "LEAF SECTIONS"); else a leaf section (nothing either on an object the thread owns: "OWNER SECTIONS").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LockLeaf(PyThreadState ts, PyObject o)
    {
        if (ThreadStateOf(ts).Elide) return;
        CriticalSections.BeginLeaf(ts, o);
    }

    /// <summary>Nothing while this thread elides (the same answer LockLeaf had: see "LEAF SECTIONS"); else the end of the leaf section.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void UnlockLeaf(PyThreadState ts, PyObject o)
    {
        if (ThreadStateOf(ts).Elide) return;
        CriticalSections.EndLeaf(ts, o);
    }

    /// <summary>
    /// A reader that is not the owner marks a not-yet-shared object once (CriticalSections.MarkShared).
    /// An unclaimed object (ObTid 0) can only be read by the thread that made it; a merged one
    /// (ObTid negative) never has its storage reused (MayReuseStorage), so neither needs the mark.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureSharedOnRead(PyThreadState ts, PyObject o)
    {
        int tid = o.ObTid;
        if (tid > 0 && tid != ts.Id && Volatile.Read(ref o.FlagBits) >= 0) CriticalSections.MarkShared(ts, o);
    }

    /// <summary>
    /// Owned by this thread (or not yet claimed), never marked shared (ObjectFlags.LockShared, the
    /// sign bit) and not immortal. Read inside the caller's section on <paramref name="o"/>: a reader
    /// marks the object in a section too, so either this section ended before the reader's began (the
    /// reader then loads the new storage) or the flag is seen here. Immortal objects are never counted,
    /// so one that no thread counted before it became immortal keeps ObTid 0 while every thread reads it
    /// (a module's dict: PyModule makes it immortal; EnsureSharedOnRead does not mark an ObTid of 0):
    /// "unclaimed, so only its maker can see it" does not hold for them, and they are shared by design.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayReuseStorage(PyThreadState ts, PyObject o)
    {
        int tid = o.ObTid;
        int flags = Volatile.Read(ref o.FlagBits);
        return (tid == ts.Id || tid == 0) && flags >= 0 && (flags & (int)ObjectFlags.Immortal) == 0;
    }

    /// <summary>A candidate (DeadStorage.IsCandidate) goes to Qsbr.Retire: pooled once every other attached
    /// thread reported a quiescent state (Qsbr.cs).</summary>
    public static void RetireStorage(PyThreadState ts, PyObject container)
    {
        if (DeadStorage<FreeThreadedSync>.IsCandidate(ts, container)) Qsbr.Retire(ts, container);
    }

    /// <summary>
    /// One atomic exchange; a plain swap while this thread elides, for the reason a leaf section
    /// is skipped then (CriticalSections.cs, "LEAF SECTIONS"): no other thread runs Python code
    /// until this one parks, and it cannot park between the read and the write.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Exchange(PyThreadState ts, ref PyObject? slot, PyObject? value)
    {
        if (!ThreadStateOf(ts).Elide) return Interlocked.Exchange(ref slot, value);
        var old = slot;
        slot = value;
        return old;
    }

    // ---- class attributes: per-thread counting (DeferredRefCount.cs) ----

    public static void OnClassAttributeStored(PyThreadState ts, PyType owner, PyObject value) =>
        DeferredRefCount.OnStored(ts, owner, value);

    public static void OnClassAttributeRemoving(PyThreadState ts, PyObject old)
    {
        if (DeferredRefCount.IsDeferred(old)) DeferredRefCount.Undefer(ts, old);
    }

    // ---- arguments borrowed from the caller's locals (Interpreter.Calls.cs, BindArguments) ----

    public static bool BorrowsArguments => true;

    /// <summary>Another thread owns it (or nobody does since a merge): counting it would be two atomics on a
    /// line other threads also write. Deferred objects count per thread already. Never an unclaimed
    /// object (ObTid 0): it has never been counted (the first IncRef of a mortal, non-deferred object
    /// claims it, BiasedRefCount.IncRefSlow), so no caller's local holds it and CanBorrow's scan of the
    /// caller's locals would find nothing; it is counted (claimed) at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PreferBorrow(PyThreadState ts, PyObject a)
    {
        int tid = a.ObTid;
        return tid != ts.Id && tid != 0 && (a.FlagBits & (int)ObjectFlags.Deferred) == 0;
    }

    // ---- default argument values: per-thread counting (DeferredRefCount.cs) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void OnDefaultBound(PyThreadState ts, PyFunction f, PyObject value)
    {
        // Only a value another thread owns would cost this thread atomics on every binding.
        int tid = value.ObTid;
        if (tid == ts.Id || tid == 0 || (value.FlagBits & (int)(ObjectFlags.Immortal | ObjectFlags.Deferred)) != 0) return;
        DeferredRefCount.OnDefaultBound(ts, f, value);
    }

    public static void OnDefaultsReleasing(PyThreadState ts, PyTuple old)
    {
        foreach (var item in old.Items)
            if (DeferredRefCount.IsDeferred(item)) DeferredRefCount.Undefer(ts, item);
    }

    // ---- thread attachment ----

    /// <summary>Drains the merge queue, parks for a stop-the-world pause, detaches once for a thread that takes the mutex of an object this one owns, as requested by the bits.</summary>
    public static void HandleEvalBreaker(PyThreadState ts)
    {
        int bits = Volatile.Read(ref ts.EvalBreaker);
        if ((bits & EvalBreakerBits.MergeQueue) != 0) BiasedRefCount.ProcessMergeQueue(ts);
        if ((bits & EvalBreakerBits.StopTheWorld) != 0) StopTheWorld.Park(ts);
        if ((bits & EvalBreakerBits.SectionHandshake) != 0) CriticalSections.AnswerHandshake(ts);
        if ((bits & EvalBreakerBits.QsbrReport) != 0) Qsbr.Report(ts, ThreadStateOf(ts));
    }

    /// <summary>Before blocking: suspend held critical sections, then mark the thread detached.</summary>
    public static void Detach(PyThreadState ts)
    {
        var ft = ThreadStateOf(ts);
        CriticalSections.SuspendAll(ts);
        Qsbr.Report(ts, ft);
        StopTheWorld.MarkDetached(ft);
    }

    /// <summary>
    /// After blocking: wait out a stop-the-world pause, mark attached, end another thread's lock
    /// elision if this is another thread and that one may still elide, or turn elision on for this
    /// thread if every other thread has exited (CriticalSections.cs, "ELISION"), re-lock the top
    /// critical section.
    /// </summary>
    public static void Attach(PyThreadState ts)
    {
        var ft = ThreadStateOf(ts);
        StopTheWorld.WaitAndMarkAttached(ts, ft);
        if (!ft.Elide)
        {
            var rs = ft.RuntimeState;
            if (rs.MayElide) CriticalSections.EndElision(ts, ft);
            else if (rs.ElisionEnabled && ft.SectionCount == 0 && Volatile.Read(ref rs.LiveThreads) == 1) CriticalSections.ResumeElision(ts, ft);
        }
        CriticalSections.ResumeTop(ts);
    }

    /// <summary>Revokers stop waiting for this thread while it runs host code (HostCode.cs).</summary>
    public static void EnterHostCode(PyThreadState ts) => HostCode.Enter(ts);

    /// <summary>Back from host code (HostCode.cs).</summary>
    public static bool LeaveHostCode(PyThreadState ts) => HostCode.Leave(ts);

    // ---- thread lifetime (called by the runtime's hooks) ----

    /// <summary>
    /// PyRuntime.OnThreadExiting: drains the thread's merge queue (may run __del__: call it while
    /// the thread is still attached), releases any critical section it still holds, closes its
    /// queue so later decrements of its objects merge on its behalf, and marks it exited so no
    /// stop-the-world waits for it. Objects it owns keep their ObTid.
    /// </summary>
    public static void OnThreadExit(PyThreadState ts)
    {
        var ft = ThreadStateOf(ts);
        BiasedRefCount.OnThreadExit(ts);
        DeferredRefCount.OnThreadExit(ts);
        if (ft.Stats is { } stats) FtStats.ThreadExited(stats);
        CriticalSections.ReleaseAll(ts);
        StopTheWorld.MarkExited(ft);
        Qsbr.Unregister(ft);
        Interlocked.Decrement(ref ft.RuntimeState.LiveThreads);
    }
}
