// Per-thread ("deferred") reference counting of class attributes (CPython's analogue: the
// per-thread refcount arrays of heap types, Python/uniqueid.c and _Py_THREAD_INCREF_OBJECT, and
// deferred refcounting, Include/internal/pycore_object_deferred.h).
//
// THE PROBLEM. A descriptor, property or enum member lives in a class dict and every thread
// reaches it through the class: calling `descr.__get__(obj)` stores it in the callee frame's
// `self` slot (a counted store) and releases it at return. Under biased counting the owner does
// that with plain increments, but every other thread does two atomics on the one RefShared word:
// two threads running the same loop ping-pong that cache line (descriptor 2-thread speedup 1.04,
// enum attributes 0.52, PYVM_FTSTATS showed 2 atomics per attribute read per thread).
//
// THE SCHEME. Such an object is switched to "deferred" mode while a class dict holds it:
//  * ObjectFlags.Deferred is set in FlagBits together with an index (bits IndexShift..30; bit 31 is ObjectFlags.LockShared) into
//    the runtime's registry (FtRuntimeState.DeferredObjects), in one CAS.
//  * The owner keeps counting in RefLocal as before. Every non-owner counts in its own thread's
//    array, FtThreadState.DeferredDeltas[index], with plain writes (no atomics, no shared line).
//    The real count is R = RefLocal + shared count (as before) + the sum of every thread's delta.
//  * While deferred, no decrement deallocates and IsFloating is false. That is sound because the
//    class dict's own counted reference is in R, so R >= 1 whenever the flag can be observed
//    (the flag is set after the dict's store and cleared before the dict's release) - hence the
//    partial sums (owner local, a thread's delta) may go to zero or below without meaning anything.
//  * Leaving deferred mode ("undefer", before a class dict drops its reference: class attribute
//    replaced or deleted): stop the world, add every thread's delta into the shared count (CAS that
//    keeps the state bits), zero the deltas, clear the flag, free the index, restart the world.
//    From then on counting is ordinary biased counting with the exact total, so the object is
//    deallocated exactly when its last reference goes, and __del__ runs then, as before.
//  * A thread that exits first folds its own non-zero deltas into the objects' shared counts
//    (atomic adds, like the shared increments they stand for), under DeferredLock, which an
//    undefer also holds while it folds: an exiting thread may already be detached (so a pause
//    does not wait for it), and the lock keeps the two folds from both taking its delta or the
//    exit from adding to an index that was just freed and reused.
//
// WHY THIS IS EXACT. Every counting operation on a deferred object goes to exactly one of
// RefLocal, RefShared or one thread's delta, so their sum is R at every moment. The deltas are
// read and cleared only while their writers are parked (stop-the-world parks a thread at an
// eval-breaker check, never inside a counting operation; a detached thread runs no Python code),
// and the flag is cleared in the same pause, so after the restart no thread writes a delta for
// that index any more - which is also why the index can be reused.
//
// IMPRECISIONS (documented, none can free an object early):
//  * Two threads storing the same class attribute at once: one may defer a value the other has
//    just removed (the remover saw it not yet deferred). That value then stays deferred with no
//    class dict holding it: it is never deallocated by counting (a leak, no __del__).
//  * sys.getrefcount of a deferred object reads RefLocal and RefShared only (other threads'
//    deltas are not summed without a pause); it never reports less than 1.
//
// WHICH OBJECTS. Mortal values stored in a heap type's dict whose type defines __get__ (user
// descriptors, property, classmethod/staticmethod objects) or that are instances of that class
// (enum members, class-level singletons). Functions, types, code and modules are already
// immortal. Each undefer costs a pause, so values that are often replaced are not the target.
// Also the mortal items of an immortal function's __defaults__ tuple (`_nil=[]`, sentinels),
// deferred lazily the first time a thread other than their owner binds one into a frame (copy's
// deepcopy binds `_nil` and stores it in a local on every call: 4 atomics per call per thread on
// one list). The anchor is the tuple's reference; the __defaults__ setter undefers the items
// before it releases the old tuple. A closure's defaults are not deferred (it releases them when
// it dies, without undefer).
using System.Runtime.CompilerServices;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.FreeThreaded;

public static class DeferredRefCount
{
    /// <summary>The registry index sits in FlagBits from this bit up (above the flags and the mutex bits).</summary>
    internal const int IndexShift = 10;
    private const int MaxIndex = (int)(uint.MaxValue >> IndexShift) >> 1;
    private const int One = 1 << SharedState.Shift;

    /// <summary>
    /// Unused ints before and after the deltas of a thread's array (64 bytes each): the GC may
    /// compact two threads' arrays next to each other, and the threads write them constantly.
    /// Index i lives at slot i + Pad.
    /// </summary>
    internal const int Pad = 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDeferred(PyObject o) => (Volatile.Read(ref o.FlagBits) & (int)ObjectFlags.Deferred) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int IndexOf(int flags) => (int)(((uint)flags & 0x7FFF_FFFFu) >> IndexShift); // bit 31: ObjectFlags.LockShared

    // ------------------------------------------------------------------------------------------
    // Counting (non-owner threads; called from BiasedRefCount's slow paths)
    // ------------------------------------------------------------------------------------------

    /// <summary>Adds <paramref name="delta"/> to this thread's count of the deferred object whose flags are <paramref name="flags"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Add(PyThreadState ts, int flags, int delta)
    {
        var ft = Unsafe.As<FtThreadState>(ts.Backend)!;
        int slot = IndexOf(flags) + Pad;
        var deltas = ft.DeferredDeltas;
        if (slot >= deltas.Length - Pad) deltas = Grow(ft, slot);
        deltas[slot] += delta;
        if (FtStats.Enabled) ft.Stats!.DeferredOps++;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int[] Grow(FtThreadState ft, int slot)
    {
        int n = Math.Max(16, ft.DeferredDeltas.Length - 2 * Pad);
        while (n + Pad <= slot) n *= 2;
        var next = new int[n + 2 * Pad];
        ft.DeferredDeltas.CopyTo(next, 0);
        ft.DeferredDeltas = next; // owner thread only; read by a pause's requester after parking
        return next;
    }

    // ------------------------------------------------------------------------------------------
    // Entering and leaving deferred mode
    // ------------------------------------------------------------------------------------------

    /// <summary>True for values worth deferring when stored in <paramref name="owner"/>'s dict.</summary>
    public static bool IsCandidate(PyThreadState ts, PyType owner, PyObject value)
    {
        if (value.IsImmortal || IsDeferred(value) || value is PyType) return false;
        var vt = value.Type;
        if (vt.IsSubtypeOf(owner)) return true;
        return vt.Lookup(ts.Rt.S.__get__) is not null;
    }

    /// <summary>
    /// <paramref name="value"/> was just stored in <paramref name="owner"/>'s dict (the store
    /// counted it): switch it to per-thread counting if it is a candidate.
    /// </summary>
    public static void OnStored(PyThreadState ts, PyType owner, PyObject value)
    {
        if (!IsCandidate(ts, owner, value)) return;
        Defer(ts, value);
    }

    /// <summary>
    /// A non-owner thread is binding <paramref name="value"/>, an item of <paramref name="f"/>'s
    /// __defaults__ tuple, into a frame: defer it if the function is immortal. The tuple's counted
    /// reference is the anchor; only the __defaults__ setter releases it, and it undefers the
    /// items first (FreeThreadedSync.OnDefaultsReleasing). A counted function (a closure) drops
    /// its defaults when it dies, without that step, so its defaults are left alone.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void OnDefaultBound(PyThreadState ts, PyFunction f, PyObject value)
    {
        if (!f.IsImmortal) return;
        Defer(ts, value);
    }

    /// <summary>Switches <paramref name="o"/> to deferred mode. The caller must hold a counted reference that it keeps until <see cref="Undefer"/>.</summary>
    public static bool Defer(PyThreadState ts, PyObject o)
    {
        var rs = Unsafe.As<FtRuntimeState>(ts.Rt.BackendState)!;
        int idx;
        lock (rs.DeferredLock)
        {
            if (IsDeferred(o) || o.IsImmortal) return false;
            idx = rs.DeferredFree.Count > 0 ? rs.DeferredFree.Pop() : rs.DeferredObjects.Count;
            if (idx > MaxIndex) return false;
            if (idx == rs.DeferredObjects.Count) rs.DeferredObjects.Add(o);
            else rs.DeferredObjects[idx] = o;
            int flags = Volatile.Read(ref o.FlagBits);
            while (true)
            {
                int next = (flags & (((1 << IndexShift) - 1) | (int)ObjectFlags.LockShared)) | (int)ObjectFlags.Deferred | (idx << IndexShift);
                int seen = Interlocked.CompareExchange(ref o.FlagBits, next, flags);
                if (seen == flags) break;
                flags = seen;
            }
        }
        if (FtStats.Enabled) FtStats.Of(ts).Defers++;
        return true;
    }

    /// <summary>
    /// Leaves deferred mode: every thread's delta is folded into the shared count during a pause.
    /// Call before dropping the counted reference that <see cref="Defer"/> relied on. The caller
    /// must be attached.
    /// </summary>
    public static void Undefer(PyThreadState ts, PyObject o)
    {
        if (!IsDeferred(o)) return;
        var rs = Unsafe.As<FtRuntimeState>(ts.Rt.BackendState)!;
        // Always a pause, even with no other thread registered now: one registered during the
        // fold could otherwise write a delta that is then lost.
        StopTheWorld.Stop(ts);
        try
        {
            // DeferredLock as well: an exiting thread may fold its deltas while detached (and so
            // "parked"); the lock keeps that fold and this one apart, and keeps it from reading
            // an index this undefer frees.
            lock (rs.DeferredLock)
            {
                int flags = Volatile.Read(ref o.FlagBits);
                if ((flags & (int)ObjectFlags.Deferred) == 0) return; // undeferred during our wait
                int idx = IndexOf(flags);
                long sum = 0;
                foreach (var kv in ts.Rt.Threads)
                {
                    if (kv.Value.Backend is not FtThreadState ft) continue;
                    var deltas = ft.DeferredDeltas;
                    if (idx + Pad < deltas.Length)
                    {
                        sum += deltas[idx + Pad];
                        deltas[idx + Pad] = 0;
                    }
                }
                AddShared(o, sum);
                while (true)
                {
                    int next = flags & (((1 << IndexShift) - 1) | (int)ObjectFlags.LockShared) & ~(int)ObjectFlags.Deferred;
                    int seen = Interlocked.CompareExchange(ref o.FlagBits, next, flags);
                    if (seen == flags) break;
                    flags = seen;
                }
                rs.DeferredObjects[idx] = null;
                rs.DeferredFree.Push(idx);
            }
            if (FtStats.Enabled) FtStats.Of(ts).Undefers++;
        }
        finally
        {
            StopTheWorld.Start(ts);
        }
    }

    /// <summary>
    /// The thread is exiting (still attached): fold its deltas into the objects' shared counts.
    /// </summary>
    internal static void OnThreadExit(PyThreadState ts)
    {
        var ft = Unsafe.As<FtThreadState>(ts.Backend)!;
        var deltas = ft.DeferredDeltas;
        if (deltas.Length == 0) return;
        var rs = ft.RuntimeState;
        lock (rs.DeferredLock) // see Undefer
        {
            for (int i = 0; i + Pad < deltas.Length; i++)
            {
                int d = deltas[i + Pad];
                if (d == 0) continue;
                // A non-zero delta means the index is live: undefer zeroes every delta before freeing it.
                if (i < rs.DeferredObjects.Count && rs.DeferredObjects[i] is { } o) AddShared(o, d);
                deltas[i + Pad] = 0;
            }
        }
    }

    // Adds n references to the shared count, keeping the state bits.
    private static void AddShared(PyObject o, long n)
    {
        if (n == 0) return;
        int shared = Volatile.Read(ref o.RefShared);
        while (true)
        {
            long count = (long)(shared >> SharedState.Shift) + n;
            int next = (int)(count << SharedState.Shift) | (shared & SharedState.Mask);
            int seen = Interlocked.CompareExchange(ref o.RefShared, next, shared);
            if (seen == shared) return;
            shared = seen;
        }
    }

    /// <summary>This thread's delta for a deferred object (tests and diagnostics).</summary>
    public static int DeltaOf(PyThreadState ts, PyObject o)
    {
        int flags = Volatile.Read(ref o.FlagBits);
        if ((flags & (int)ObjectFlags.Deferred) == 0) return 0;
        var deltas = Unsafe.As<FtThreadState>(ts.Backend)!.DeferredDeltas;
        int slot = IndexOf(flags) + Pad;
        return slot < deltas.Length ? deltas[slot] : 0;
    }

    /// <summary>Number of objects currently deferred in the runtime (tests and diagnostics).</summary>
    public static int LiveCount(FtRuntimeState rs)
    {
        lock (rs.DeferredLock) return rs.DeferredObjects.Count - rs.DeferredFree.Count;
    }
}
