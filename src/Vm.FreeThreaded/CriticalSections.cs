// Per-object critical sections (PEP 703; CPython: Python/critical_section.c and
// Include/internal/pycore_critical_section.h).
//
// A critical section locks one object's mutex (or two objects' mutexes) for the duration of an
// operation on it. Each thread keeps a stack of its sections (FtThreadState.Sections; touched
// only by that thread, so plain fields). The rules, as in CPython:
//  * Re-entrancy: if the top section already holds the object (either object of a two-object
//    section), Begin is a no-op. The shape of ISyncPolicy (Lock(ts, o) / Unlock(ts, o), no
//    handle) means End must know that the matching Begin did nothing, so a no-op Begin
//    increments the top entry's Nested count and End decrements it (CPython's "skipped"
//    sections are not pushed either: identical behaviour).
//  * A thread never sleeps on a mutex while holding other sections: before it parks it detaches,
//    and Detach suspends every active section (unlocks their mutexes, marks them suspended).
//    That is what makes nested sections deadlock-free without a global lock order, and what
//    lets a thread lock an object an outer (non-top) section of its own already holds: the
//    park suspends the outer section, which releases the mutex, and the lock succeeds.
//  * Attach resumes only the TOP section. Outer suspended sections are re-locked lazily, when
//    End pops down to them. So after any blocking point at most the top section's mutexes are
//    held, which is all the running code needs.
//  * While a section is being acquired (or re-acquired on resume) its entry holds null, so a
//    suspension in the middle does not release a mutex it does not yet hold. In a two-object
//    acquisition the first mutex stays held (unrecorded) while the thread waits for the second:
//    that is deadlock-free because every thread takes the two in the same global order.
//  * Two-object sections take the mutexes in a fixed global order. CPython uses addresses; .NET
//    objects move, so the order key is RuntimeHelpers.GetHashCode(o) (stable for an object's
//    life), and for the rare equal hashes a unique serial number handed out lazily by the
//    runtime (FtRuntimeState.OrderIdOf; a ConditionalWeakTable, so no header field). That is a
//    strict total order, consistent across threads. Lock2(a, a) locks once.
// Fast path equals slow path: the fast path is a TryLock that succeeds, which is exactly the
// slow path's outcome when the mutex is free; the entry pushed is the same.
//
// ELISION (FtRuntimeState.ElisionEnabled: the real runtime, not the primitive-level tests). While
// a runtime has only ever had one thread, no other thread can lock anything, so that thread's
// sections push and pop their entries exactly as above but take no mutex (FtThreadState.Elide).
// The entries are what makes the switch safe: the first time another thread attaches while the
// first may still be eliding (FtRuntimeState.Eliding), it stops the world before it runs any
// Python code (FreeThreadedSync.Attach -> EndElision). Parking detaches the eliding thread, and
// Detach suspends every active section of it (marks them, releasing nothing: nothing is held);
// with the world stopped the new thread turns Elide off for good. When the first thread
// re-attaches, ResumeTop locks its top section for real, and each outer section is re-locked
// when End pops down to it - the ordinary suspension path. So from the moment a second thread
// can touch an object, every section of the first thread that is running holds its mutex, and
// the guarantees are those of the locked path. Elide changes only while its thread is parked or
// detached (the pause and the thread's status CAS order the write before its next Attach).
// Back on (ResumeElision): once every other thread has exited, the thread left turns elision on
// for itself in its next Attach with an empty section stack (after a join, a sleep or a park at an
// eval-breaker check: never inside a leaf section, which cannot detach, and never inside a section
// at all - an Attach inside ObjectMutex.Lock would turn an entry that is about to get its mutex
// into an elided one, and the mutex would never be unlocked: Coyote found that one). It stops the
// world first, so no other thread can be attached meanwhile, and checks under the pause that every
// other registered thread has exited and that no thread state is live but itself
// (FtRuntimeState.LiveThreads: one created and not yet exited counts, registered or not). It then
// sets Eliding and its own Elide. Any thread that attaches later - new, or one that was detached
// meanwhile - reads Eliding in its Attach (after the pause ended: its attach waits the pause out)
// and converts back as above; a thread state created after the check attaches the same way.
//
// LEAF SECTIONS (FreeThreadedSync.LockLeaf / UnlockLeaf). A section whose body never runs Python
// code and never blocks or detaches cannot contain a park: the eliding thread parks only at an
// eval-breaker check or in Attach after a Detach. So no pause, and therefore no switch, can
// happen between its begin and its end, and Elide reads the same at both. While it is true no
// other thread runs Python code (a second thread's first attach waits in the switch's pause until
// this one parks, after the section), so the section needs no entry either: the entries only
// exist for sections a switch may find open. Such a section is skipped entirely while eliding (two
// loads and a branch instead of an entry push and pop with a write barrier); once Elide is false
// it is an ordinary section. Only call sites whose bodies are plain data-structure work use it
// (list append/item/slice stores, instance attribute stores, plain-key dict stores: DictOps.TrySetPlain).
//
// OWNER SECTIONS (biased locking; ObjectFlags.LockShared). Most locked objects are only ever locked
// by the thread that owns them for reference counting (ObTid: a list or dict a thread builds for
// itself). Such a section pushes its entry but takes no mutex (CsEntry.NoMutex): no atomic at all.
//  * Who guards what. While an object's LockShared flag is clear, only its owner (o.ObTid == ts.Id)
//    may be inside a section on it without the mutex bit. The bit itself is the mutex as always.
//    LockShared is set once (Interlocked.Or) and never cleared; from then on the mutex word alone
//    decides, as in the ordinary sections above.
//  * A thread that is not the owner and finds the flag clear "revokes" (Revoke): it takes the
//    mutex, sets the flag, then reads ObTid. An owner that is attached may be inside an owner
//    section on the object right now, so the revoker waits, holding the mutex (detached, its own
//    sections suspended, as for a contended mutex), until the owner has passed one detach
//    (FtThreadState.DetachEpoch; the SectionHandshake eval-breaker bit makes the owner detach and
//    re-attach at its next check). A detach suspends the owner's sections, and a resumed section
//    decides again (ResumeTop): with the flag set it takes the mutex, after the revoker. An owner
//    that is detached or gone holds nothing; the revoker goes straight on. The mutex is taken
//    before the flag is set so that a third thread, which sees the flag and goes straight for the
//    mutex, queues behind the revoker until the handshake is over (Coyote found that one: with the
//    flag first, a third thread entered while the owner was still inside).
//  * Why the flag and the owner cannot miss each other. The revoker writes the flag with a full fence
//    and then reads ObTid and the owner's status; an owner section reads the flag after the thread
//    became the owner (a claim is a CAS, or a plain store while the thread is the only one) and
//    after it attached (a CAS): either the revoker sees that owner attached, or the owner sees the
//    flag. The revoker reads the owner's epoch before its status, and the owner advances its epoch
//    after suspending its sections and before its status store, so an epoch that moved, or a status
//    that is not attached, means every owner section that began before the flag was set is
//    suspended (or ended), and each one that resumes or begins later sees the flag.
//  * Giving up ownership (BiasedRefCount: ObTid becomes negative) keeps the former owner's id as
//    -id, so a revoker still finds the thread that may be inside an owner section; when that is the
//    revoker itself, it sets the flag and detaches and re-attaches without taking the mutex first (a
//    Begin is a point where the thread may block, and a contended Begin does exactly this), so its
//    own owner sections on the object re-decide; no other thread can be in one.
//  * Elision: an eliding thread's entries are NoMutex as well; when elision ends they resume through
//    ResumeTop like any suspended section, and objects the thread owns stay owner sections.
//  * Leaf owner sections (BeginLeaf / EndLeaf) push no entry either. An entry exists so that a detach
//    can suspend the section and its resumption decide again; a leaf body cannot detach (see "LEAF
//    SECTIONS"), so a revoker that finds the owner attached waits for a detach that comes after the
//    section's end, exactly as for an entry it would have suspended. EndLeaf cannot read the flag
//    again to learn what BeginLeaf did (a revoker may have set it meanwhile); it reads the stack
//    instead: BeginLeaf only skips when the top (running) section does not hold the object, and the
//    body leaves the stack as it found it, so at the end the top holds the object exactly when
//    BeginLeaf nested into it or pushed an entry for it.
//  * Host code: an owner attached in a host function has no eval-breaker check to answer the handshake
//    with; it publishes that it is outside every owner section (FtThreadState.InHostCode), and the revoker
//    goes on as if it had detached (HostCode.cs).
// Fast path equals slow path: an owner section is what the locked path would do when the mutex is
// free, minus the mutex, and while the flag is clear nobody else can be in a section on the object;
// once it is set, every section (and every resumed one) takes the mutex as before. Costs: one
// Interlocked.Or per object the first time a non-owner locks it, plus one wait for the owner's next
// eval-breaker check if the owner is running at that moment (a producer's objects mutated by a
// consumer pay it once per object).
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.FreeThreaded;

public static class CriticalSections
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FtThreadState Ft(PyThreadState ts) => Unsafe.As<FtThreadState>(ts.Backend)!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FtRuntimeState Rs(PyThreadState ts) => Unsafe.As<FtRuntimeState>(ts.Rt.BackendState)!;

    // ------------------------------------------------------------------------------------------
    // One object
    // ------------------------------------------------------------------------------------------

    /// <summary>Begins a critical section on <paramref name="o"/>.</summary>
    /// <remarks>Inlined into every caller: the re-entrant check, one CAS and one store of the
    /// object into the next stack entry (entries above the top are always cleared: see Pop).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Begin(PyThreadState ts, PyObject o)
    {
        var ft = Ft(ts);
        int n = ft.SectionCount;
        var stack = ft.Sections;
        if ((uint)n < (uint)stack.Length)
        {
            if (n > 0)
            {
                ref var top = ref stack[n - 1];
                if (!top.Suspended && (ReferenceEquals(top.M1, o) || ReferenceEquals(top.M2, o)))
                {
                    top.Nested++;
                    if (FtStats.Enabled) ft.Stats!.CsNested++;
                    return;
                }
            }
            if (ft.Elide || OwnsUnshared(ts, o))
            {
                ref var e = ref stack[n];
                e.M1 = o;
                e.NoMutex = true;
                ft.SectionCount = n + 1;
                if (FtStats.Enabled) ft.Stats!.CsOwner++;
                return;
            }
            if (IsLockShared(o) && ObjectMutex.TryLock(o))
            {
                stack[n].M1 = o;
                ft.SectionCount = n + 1;
                if (FtStats.Enabled) CountUncontended(ft, o);
                return;
            }
        }
        BeginOutOfLine(ts, ft, o);
    }

    /// <summary>
    /// Begins a leaf section on <paramref name="o"/> (FreeThreadedSync.LockLeaf once the thread does not elide): nothing
    /// at all when this thread owns the object and no other thread asked for its mutex, and the top section does not
    /// hold it ("OWNER SECTIONS", leaf owner sections); else <see cref="Begin"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BeginLeaf(PyThreadState ts, PyObject o)
    {
        if (OwnsUnshared(ts, o) && !IsHeldByTop(ts, o))
        {
            if (FtStats.Enabled) Ft(ts).Stats!.CsOwnerLeaf++;
            return;
        }
        Begin(ts, o);
    }

    /// <summary>Ends a leaf section begun by <see cref="BeginLeaf"/>: <see cref="End"/> when the top section holds <paramref name="o"/>, else nothing (BeginLeaf took nothing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EndLeaf(PyThreadState ts, PyObject o)
    {
        if (IsHeldByTop(ts, o)) End(ts, o);
    }

    /// <summary>True when this thread owns <paramref name="o"/> and no other thread has asked for its mutex: an owner section ("OWNER SECTIONS").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool OwnsUnshared(PyThreadState ts, PyObject o) =>
        o.ObTid == ts.Id && Volatile.Read(ref o.FlagBits) >= 0 && Ft(ts).OwnerSections;

    /// <summary>A thread that is not <paramref name="o"/>'s owner must revoke the owner's sections before it takes the mutex.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NeedsRevoke(PyThreadState ts, PyObject o) =>
        Volatile.Read(ref o.FlagBits) >= 0 && o.ObTid != ts.Id && Ft(ts).OwnerSections;

    /// <summary>
    /// Marks <paramref name="o"/> shared for storage reuse (FreeThreadedSync.EnsureSharedOnRead): a
    /// section on it (which, for a thread that is not the owner, revokes the owner's sections and sets
    /// LockShared, waiting for any owner section in progress to end), then LockShared set for the case
    /// where owner sections are off or this thread elides (then no other thread runs Python code).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void MarkShared(PyThreadState ts, PyObject o)
    {
        Begin(ts, o);
        try
        {
            if (Volatile.Read(ref o.FlagBits) >= 0) Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.LockShared);
        }
        finally
        {
            End(ts, o);
        }
    }

    /// <summary>True once the mutex word alone decides for <paramref name="o"/> (ObjectFlags.LockShared, the sign bit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLockShared(PyObject o) => Volatile.Read(ref o.FlagBits) < 0;

    /// <summary>Begin when the stack is full, the mutex is taken, or another thread may run owner sections on the object: the general path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BeginOutOfLine(PyThreadState ts, FtThreadState ft, PyObject o)
    {
        int n = ft.SectionCount;
        if (n > 0)
        {
            ref var top = ref ft.Sections[n - 1];
            if (!top.Suspended && (ReferenceEquals(top.M1, o) || ReferenceEquals(top.M2, o)))
            {
                top.Nested++;
                if (FtStats.Enabled) ft.Stats!.CsNested++;
                return;
            }
        }
        if (ft.Elide || OwnsUnshared(ts, o))
        {
            Push(ft, o, null, noMutex: true);
            if (FtStats.Enabled) ft.Stats!.CsOwner++;
            return;
        }
        if (NeedsRevoke(ts, o))
        {
            int idx = Push(ft, null, null); // in progress: nothing on record yet
            if (!Revoke(ts, o)) ObjectMutex.Lock(ts, o);
            ft.Sections[idx].M1 = o;
            return;
        }
        if (ObjectMutex.TryLock(o))
        {
            Push(ft, o, null);
            if (FtStats.Enabled) CountUncontended(ft, o);
            return;
        }
        BeginSlow(ts, ft, o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BeginSlow(PyThreadState ts, FtThreadState ft, PyObject o)
    {
        if (FtStats.Enabled) CountContended(ft, o);
        int idx = Push(ft, null, null); // in progress: nothing held yet
        ObjectMutex.Lock(ts, o);        // may detach: suspends the outer sections
        ft.Sections[idx].M1 = o;
        if (FtStats.Enabled) FtStats.CountTaken(ft.Stats!, o);
    }

    /// <summary>Ends the innermost critical section, which must be on <paramref name="o"/>.</summary>
    /// <remarks>Inlined: a nested end is one decrement; ending an active one-object section whose
    /// outer neighbour is not suspended is Pop without the calls (one CAS, clear, count down).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void End(PyThreadState ts, PyObject o)
    {
        var ft = Ft(ts);
        int n = ft.SectionCount;
        var stack = ft.Sections;
        if ((uint)(n - 1) < (uint)stack.Length)
        {
            ref var top = ref stack[n - 1];
            if (top.Nested > 0)
            {
                Debug.Assert(ReferenceEquals(top.M1, o) || ReferenceEquals(top.M2, o));
                top.Nested--;
                return;
            }
            if (!top.Suspended && top.M2 is null && (n == 1 || !stack[n - 2].Suspended) &&
                (top.NoMutex || ObjectMutex.TryUnlockUncontended(o)))
            {
                Debug.Assert(ReferenceEquals(top.M1, o), "critical sections must end in reverse order");
                top.M1 = null;
                top.NoMutex = false;
                ft.SectionCount = n - 1;
                return;
            }
        }
        EndOutOfLine(ts, ft, o);
    }

    /// <summary>End in the other cases (waiters to wake, a suspended section, a two-object top).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EndOutOfLine(PyThreadState ts, FtThreadState ft, PyObject o)
    {
        int n = ft.SectionCount;
        if (n == 0) throw new InvalidOperationException("critical section end without begin");
        ref var top = ref ft.Sections[n - 1];
        if (top.Nested > 0)
        {
            Debug.Assert(ReferenceEquals(top.M1, o) || ReferenceEquals(top.M2, o));
            top.Nested--;
            return;
        }
        Debug.Assert(ReferenceEquals(top.M1, o) && top.M2 is null, "critical sections must end in reverse order");
        Pop(ts, ft);
    }

    // ------------------------------------------------------------------------------------------
    // Two objects
    // ------------------------------------------------------------------------------------------

    /// <summary>Begins a critical section on two objects, locked in the global order; a == b locks once.</summary>
    public static void Begin2(PyThreadState ts, PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b))
        {
            Begin(ts, a);
            return;
        }
        var ft = Ft(ts);
        int n = ft.SectionCount;
        if (n > 0)
        {
            ref var top = ref ft.Sections[n - 1];
            if (!top.Suspended && top.M2 is not null &&
                ((ReferenceEquals(top.M1, a) && ReferenceEquals(top.M2, b)) ||
                 (ReferenceEquals(top.M1, b) && ReferenceEquals(top.M2, a))))
            {
                top.Nested++;
                if (FtStats.Enabled) ft.Stats!.CsNested++;
                return;
            }
        }
        if (ft.Elide)
        {
            Push(ft, a, b, noMutex: true);
            if (FtStats.Enabled) ft.Stats!.CsUncontended++;
            return;
        }
        var rs = Rs(ts);
        if (!OrderedBefore(rs, a, b)) (a, b) = (b, a);
        if (NeedsRevoke(ts, a) || NeedsRevoke(ts, b))
        {
            Begin2Revoking(ts, ft, a, b);
            return;
        }
        if (ObjectMutex.TryLock(a))
        {
            if (ObjectMutex.TryLock(b))
            {
                Push(ft, a, b);
                if (FtStats.Enabled) ft.Stats!.CsUncontended++;
                return;
            }
            Begin2Slow(ts, ft, a, b, firstHeld: true);
            return;
        }
        Begin2Slow(ts, ft, a, b, firstHeld: false);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Begin2Slow(PyThreadState ts, FtThreadState ft, PyObject first, PyObject second, bool firstHeld)
    {
        if (FtStats.Enabled) CountContended(ft, firstHeld ? second : first);
        int idx = Push(ft, null, null);
        if (!firstHeld) ObjectMutex.Lock(ts, first);
        ObjectMutex.Lock(ts, second); // first stays held (unrecorded) while waiting: ordered, so safe
        ref var e = ref ft.Sections[idx];
        e.M1 = first;
        e.M2 = second;
    }

    // Begin2 when an object's owner may be inside an owner section on it: revoke in the lock order.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Begin2Revoking(PyThreadState ts, FtThreadState ft, PyObject first, PyObject second)
    {
        int idx = Push(ft, null, null);
        if (!(NeedsRevoke(ts, first) && Revoke(ts, first))) ObjectMutex.Lock(ts, first);
        if (!(NeedsRevoke(ts, second) && Revoke(ts, second))) ObjectMutex.Lock(ts, second); // first stays held (unrecorded)
        ref var e = ref ft.Sections[idx];
        e.M1 = first;
        e.M2 = second;
    }

    // PYVM_FTSTATS: a one-object section that took its mutex with one CAS.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CountUncontended(FtThreadState ft, PyObject o)
    {
        ft.Stats!.CsUncontended++;
        FtStats.CountTaken(ft.Stats!, o);
    }

    // PYVM_FTSTATS: a section that could not take its lock with one CAS.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CountContended(FtThreadState ft, PyObject o)
    {
        var s = ft.Stats!;
        s.CsContended++;
        string t = o.Type.Name;
        s.ContendedByType[t] = s.ContendedByType.GetValueOrDefault(t) + 1;
    }

    /// <summary>Ends the innermost critical section, which must be on <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static void End2(PyThreadState ts, PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b))
        {
            End(ts, a);
            return;
        }
        var ft = Ft(ts);
        int n = ft.SectionCount;
        if (n == 0) throw new InvalidOperationException("critical section end without begin");
        ref var top = ref ft.Sections[n - 1];
        if (top.Nested > 0)
        {
            top.Nested--;
            return;
        }
        Debug.Assert(top.M2 is not null, "critical sections must end in reverse order");
        Pop(ts, ft);
    }

    /// <summary>
    /// The global lock order of two distinct objects: by RuntimeHelpers.GetHashCode, ties broken
    /// by a lazily assigned unique serial number.
    /// </summary>
    public static bool OrderedBefore(FtRuntimeState rs, PyObject a, PyObject b)
    {
        int ha = RuntimeHelpers.GetHashCode(a), hb = RuntimeHelpers.GetHashCode(b);
        if (ha != hb) return ha < hb;
        return rs.OrderIdOf(a) < rs.OrderIdOf(b);
    }

    // ------------------------------------------------------------------------------------------
    // Suspension (Detach / Attach)
    // ------------------------------------------------------------------------------------------

    /// <summary>
    /// Releases the mutexes of every active section and marks them suspended (Detach, before the
    /// thread may block). Active sections are always a run from the top of the stack.
    /// </summary>
    public static void SuspendAll(PyThreadState ts)
    {
        var ft = Ft(ts);
        var rs = Rs(ts);
        for (int i = ft.SectionCount - 1; i >= 0; i--)
        {
            ref var e = ref ft.Sections[i];
            if (e.Suspended) break;
            if (!e.NoMutex)
            {
                if (e.M2 is not null) ObjectMutex.Unlock(rs, e.M2);
                if (e.M1 is not null) ObjectMutex.Unlock(rs, e.M1);
            }
            e.Suspended = true;
        }
    }

    /// <summary>
    /// Re-locks the top section if it is suspended (Attach, and End when it pops down to a
    /// suspended section). Only the top: outer sections are resumed when they become the top.
    /// </summary>
    public static void ResumeTop(PyThreadState ts)
    {
        var ft = Ft(ts);
        int n = ft.SectionCount;
        if (n == 0) return;
        ref var top = ref ft.Sections[n - 1];
        if (!top.Suspended) return;
        if (ft.Elide)
        {
            top.Suspended = false;
            top.NoMutex = true;
            return;
        }
        var m1 = top.M1;
        var m2 = top.M2;
        if (m1 is not null && m2 is null && OwnsUnshared(ts, m1))
        {
            top.NoMutex = true; // still an owner section ("OWNER SECTIONS")
            top.Suspended = false;
            return;
        }
        // Hold nothing on record while re-acquiring: a suspension inside must not release
        // mutexes this section does not have yet. (`top` is re-fetched below: re-locking may
        // run code that grows the stack array.)
        top.M1 = null;
        top.M2 = null;
        top.NoMutex = false;
        if (m1 is not null && !(NeedsRevoke(ts, m1) && Revoke(ts, m1))) ObjectMutex.Lock(ts, m1);
        if (m2 is not null && !(NeedsRevoke(ts, m2) && Revoke(ts, m2))) ObjectMutex.Lock(ts, m2);
        ref var e = ref ft.Sections[n - 1];
        e.M1 = m1;
        e.M2 = m2;
        e.NoMutex = false;
        e.Suspended = false;
    }

    // ------------------------------------------------------------------------------------------
    // Owner sections: revocation and the handshake (header, "OWNER SECTIONS")
    // ------------------------------------------------------------------------------------------

    /// <summary>
    /// Makes the mutex word the only authority for <paramref name="o"/> (a thread that is not its owner):
    /// takes the mutex, sets LockShared, and waits until no thread can still be inside an owner section
    /// on it that began before. True when it returns holding the mutex; false (our own former object)
    /// when the caller must still take it. May detach.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool Revoke(PyThreadState ts, PyObject o)
    {
        if (FtStats.Enabled) Ft(ts).Stats!.CsRevoked++;
        if (Volatile.Read(ref o.ObTid) == -ts.Id)
        {
            // Our own former object: only our own owner sections can be open on it; they re-decide as they resume.
            Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.LockShared);
            FreeThreadedSync.Detach(ts);
            FreeThreadedSync.Attach(ts);
            return false;
        }
        ObjectMutex.Lock(ts, o);
        if ((Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.LockShared) & (int)ObjectFlags.LockShared) != 0)
            return true; // another revoker finished before it let go of the mutex
        int tid = Volatile.Read(ref o.ObTid);
        int holder = tid > 0 ? tid : tid < BiasedRefCount.MergedTid ? -tid : 0;
        if (holder != 0 && holder != ts.Id && ts.Rt.Threads.TryGetValue(holder, out var other) && other.Backend is FtThreadState oft)
            WaitForDetach(ts, oft);
        return true;
    }

    /// <summary>
    /// Returns once <paramref name="other"/> is not attached, has detached since the call began (detached meanwhile),
    /// or runs host code (HostCode.cs).
    /// </summary>
    private static void WaitForDetach(PyThreadState ts, FtThreadState other)
    {
        int epoch = Volatile.Read(ref other.DetachEpoch);
        if (!MayBeInOwnerSection(other, epoch)) return;
        var rs = Rs(ts);
        if (FtStats.Enabled) Ft(ts).Stats!.CsHandshakes++;
        Interlocked.Increment(ref rs.HandshakeWaiters);
        other.Thread.SetEvalBreakerBit(EvalBreakerBits.SectionHandshake);
        FreeThreadedSync.Detach(ts);
        try
        {
            lock (rs.HandshakeLock)
            {
                while (MayBeInOwnerSection(other, epoch)) Monitor.Wait(rs.HandshakeLock);
            }
        }
        finally
        {
            Interlocked.Decrement(ref rs.HandshakeWaiters);
        }
        FreeThreadedSync.Attach(ts);
    }

    /// <summary>
    /// <paramref name="other"/> may still be inside an owner section that began before this thread set an object's
    /// LockShared flag: attached, not detached since <paramref name="epoch"/> was read, and not in host code.
    /// </summary>
    private static bool MayBeInOwnerSection(FtThreadState other, int epoch) =>
        Volatile.Read(ref other.DetachEpoch) == epoch && Volatile.Read(ref other.Status) == ThreadStatus.Attached &&
        Volatile.Read(ref other.InHostCode) != HostCode.Published;

    /// <summary>Eval-breaker handler of the SectionHandshake bit: detach once (suspending every section) and re-attach.</summary>
    internal static void AnswerHandshake(PyThreadState ts)
    {
        ts.ClearEvalBreakerBit(EvalBreakerBits.SectionHandshake);
        FreeThreadedSync.Detach(ts);
        FreeThreadedSync.Attach(ts);
    }

    /// <summary>
    /// Ends single-thread lock elision (header, "ELISION"): called by a thread that does not elide,
    /// attached, while the first thread may still be eliding. With every other thread parked or
    /// detached (so each has all its sections suspended), turns their Elide off; they re-lock
    /// their sections for real as they resume them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void EndElision(PyThreadState ts, FtThreadState ft)
    {
        if (ft.EndingElision) return; // the pause below parked us for another pause and re-attached
        ft.EndingElision = true;
        try
        {
            StopTheWorld.Stop(ts);
            try
            {
                foreach (var kv in ts.Rt.Threads)
                    if (kv.Value.Backend is FtThreadState other) other.Elide = false;
                Volatile.Write(ref ft.RuntimeState.Eliding, 0);
            }
            finally
            {
                StopTheWorld.Start(ts);
            }
        }
        finally
        {
            ft.EndingElision = false;
        }
    }

    /// <summary>
    /// Turns single-thread lock elision back on for <paramref name="ts"/> (header, "ELISION", "Back on"):
    /// called by an attached thread that does not elide, in Attach, when it may be the runtime's only
    /// live thread. Stops the world and, if no other thread state is live, sets Eliding and Elide.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ResumeElision(PyThreadState ts, FtThreadState ft)
    {
        if (ft.EndingElision) return; // a pause of EndElision's: not now
        ft.EndingElision = true;      // the pause below may re-enter Attach
        try
        {
            StopTheWorld.Stop(ts);
            try
            {
                if (OnlyLiveThread(ts, ft))
                {
                    Volatile.Write(ref ft.RuntimeState.Eliding, 1);
                    ft.Elide = true;
                }
            }
            finally
            {
                StopTheWorld.Start(ts);
            }
        }
        finally
        {
            ft.EndingElision = false;
        }
    }

    /// <summary>With the world stopped: no thread state but <paramref name="ts"/> is live (every other registered one has exited).</summary>
    private static bool OnlyLiveThread(PyThreadState ts, FtThreadState ft)
    {
        if (Volatile.Read(ref ft.RuntimeState.LiveThreads) != 1) return false;
        foreach (var kv in ts.Rt.Threads)
        {
            if (ReferenceEquals(kv.Value, ts)) continue;
            if (kv.Value.Backend is not FtThreadState other || other.CurrentStatus != ThreadStatus.Exited) return false;
        }
        return true;
    }

    /// <summary>Unlocks everything the thread holds and empties its stack (thread exit).</summary>
    public static void ReleaseAll(PyThreadState ts)
    {
        SuspendAll(ts);
        var ft = Ft(ts);
        Array.Clear(ft.Sections, 0, ft.SectionCount);
        ft.SectionCount = 0;
    }

    /// <summary>True if the top (running) section holds <paramref name="o"/>'s mutex (the re-entrant case of Begin).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHeldByTop(PyThreadState ts, PyObject o)
    {
        var ft = Ft(ts);
        int n = ft.SectionCount;
        if (n == 0) return false;
        ref var top = ref ft.Sections[n - 1];
        return !top.Suspended && (ReferenceEquals(top.M1, o) || ReferenceEquals(top.M2, o));
    }

    // ------------------------------------------------------------------------------------------
    // Stack
    // ------------------------------------------------------------------------------------------

    private static int Push(FtThreadState ft, PyObject? m1, PyObject? m2, bool noMutex = false)
    {
        int n = ft.SectionCount;
        if (n == ft.Sections.Length) Array.Resize(ref ft.Sections, n * 2);
        ft.Sections[n] = new CsEntry { M1 = m1, M2 = m2, NoMutex = noMutex };
        ft.SectionCount = n + 1;
        return n;
    }

    private static void Pop(PyThreadState ts, FtThreadState ft)
    {
        var rs = Rs(ts);
        int n = ft.SectionCount;
        var e = ft.Sections[n - 1];
        if (!e.Suspended && !e.NoMutex)
        {
            if (e.M2 is not null) ObjectMutex.Unlock(rs, e.M2);
            if (e.M1 is not null) ObjectMutex.Unlock(rs, e.M1);
        }
        ft.Sections[n - 1] = default;
        ft.SectionCount = n - 1;
        if (n - 1 > 0 && ft.Sections[n - 2].Suspended) ResumeTop(ts);
    }
}
