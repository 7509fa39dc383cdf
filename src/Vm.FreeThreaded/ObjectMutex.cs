// The per-object mutex (CPython's PyMutex, Python/lock.c), on two bits of PyObject.FlagBits.
//
// STATE. The mutex is ObjectFlags.MutexLocked and ObjectFlags.MutexWaiters in FlagBits: neither
// (unlocked), Locked (locked), or both (locked, and a thread may be asleep waiting for it);
// Waiters is never set without Locked. StateOf reads them as 0, 1, 2. It shares the word with the
// object's flags, as CPython packs ob_mutex next to ob_gc_bits: a separate int made every object
// 4 bytes larger, and the header's five ints then padded int and float to 56 bytes (48 now).
// Immutable objects (int, float, str, tuple) never use the bits. Only Interlocked operations on the
// whole word change the mutex bits, so they never lose a concurrent flag change and the other
// flags' Interlocked updates (and DeferredRefCount's CAS loops) never lose a mutex change. A plain
// read-modify-write of FlagBits is therefore allowed only before the object is shared
// (constructors, PyObject.MakeImmortal); MakeImmortalShared is the atomic one. The mutex has no
// owner field: the critical-section stack (CriticalSections.cs) knows which objects a thread holds.
//
// FAST PATHS. Lock reads the word and CASes it from (flags, unlocked) to (flags, Locked); Unlock
// reads it and CASes (flags, Locked) back to (flags, unlocked): one atomic each, as on a separate
// mutex word, whatever flags the object has. (A CAS expecting a flag-free word, with a second
// atomic out of line for flagged objects, made every store into a dict the cycle collector had
// buffered - GcBuffered, set by the first store into a local dict - pay two atomics per lock and
// per unlock: private dict building ran 20% slower with locks on.) A flag changed between the read
// and the CAS fails the CAS: TryLock then answers false and the caller's slow path retries. Only
// when the unlock finds Waiters does it take the slow path: clear both (atomic AND) and wake the
// sleepers.
//
// SLOW PATH. Spin a few rounds (SpinWait: a Coyote scheduling point) re-trying the lock, then
// park; after each wake-up spin again before parking again. Parking uses a per-runtime "parking
// lot": a fixed array of monitor objects, the bucket chosen by RuntimeHelpers.GetHashCode(object).
// A waiter, holding the bucket's monitor, turns 1 into 2 (or sees 2 already) and Monitor.Waits on
// the bucket; an unlocker that clears a 2 takes the same monitor and PulseAll's it. No lost
// wake-up: the waiter publishes 2 and goes to sleep while holding the monitor (Monitor.Wait
// releases it atomically), so an unlocker that cleared the 2 either did so before the waiter's CAS
// (the waiter then sees 0 and retries) or blocks on the monitor until the waiter sleeps, and its
// PulseAll reaches it. PulseAll, not Pulse: several objects share a bucket. Invariant: while any
// thread sleeps on a mutex, its Waiters bit is set (a sleeper set it after the last unlock that
// cleared it, and that unlock's PulseAll woke every sleeper from before). So a woken waiter takes
// the mutex like any other thread, 0 -> 1, with the TryLock of its spin: a mutex that is free has
// no sleepers, and a thread still asleep on a held one has set the bit, which that holder's unlock
// sees. (It used to take it as 2, for sleepers Drepper's one-waiter futex wake would leave behind;
// that made every woken owner's unlock pay the monitor and a PulseAll for nobody, and a woken
// waiter that found the mutex taken set 2 and slept again at once, so each unlock of the running
// thread woke it in a loop. PYVM_FTSTATS, two threads on one shared list, 3 million appends each:
// 3,500-4,400 wake-ups sent before, 500-560 after; appending None 20,000 -> 8,500; one shared dict
// 60,000-67,000 -> 38,000-40,000.)
// This is Drepper's three-state futex mutex with Monitor as the futex. It is not fair; CPython's
// hand-off after 1 ms of starvation is not reproduced: a thread starved of an object runs no
// Python code meanwhile, and the other thread runs alone on that object, the fastest order.
//
// DETACHING. A Python thread must not sleep on a mutex while attached: a stop-the-world request
// would wait for it forever, and its own critical sections could deadlock other threads. So
// Lock(ts, o) detaches around each sleep (FreeThreadedSync.Detach: suspend held critical
// sections, mark detached) and re-attaches before re-trying; it only ever acquires the word
// while attached (CPython's _PY_LOCK_DETACH). Lock(rs, o) is the raw version for code without a
// thread state. Built from Interlocked, SpinWait and Monitor only (COYOTE.md).
using System.Runtime.CompilerServices;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.FreeThreaded;

public static class ObjectMutex
{
    /// <summary><see cref="StateOf"/>'s values.</summary>
    public const int Unlocked = 0;
    public const int Locked = 1;
    public const int LockedWithWaiters = 2;

    private const int LockedBit = (int)ObjectFlags.MutexLocked;
    private const int WaitersBit = (int)ObjectFlags.MutexWaiters;
    private const int MutexBits = LockedBit | WaitersBit;

    /// <summary>Spin rounds before parking (SpinWait yields after about ten).</summary>
    private const int SpinRounds = 8;

    /// <summary>Takes the mutex if it is free; never blocks.</summary>
    /// <remarks>Inlined: a read of the word and one CAS that keeps its flags (false when the mutex
    /// is held, or when a flag changed between the two: the caller's slow path retries).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLock(PyObject o)
    {
        int unlocked = Volatile.Read(ref o.FlagBits) & ~MutexBits;
        return Interlocked.CompareExchange(ref o.FlagBits, unlocked | LockedBit, unlocked) == unlocked;
    }

    /// <summary>True while some thread holds the mutex.</summary>
    public static bool IsLocked(PyObject o) => (Volatile.Read(ref o.FlagBits) & LockedBit) != 0;

    /// <summary>The mutex state: <see cref="Unlocked"/>, <see cref="Locked"/> or <see cref="LockedWithWaiters"/>.</summary>
    public static int StateOf(PyObject o)
    {
        int f = Volatile.Read(ref o.FlagBits);
        return (f & LockedBit) == 0 ? Unlocked : (f & WaitersBit) == 0 ? Locked : LockedWithWaiters;
    }

    /// <summary>
    /// Unlocks when no thread waits (state 1 -> 0) and returns true; false, changing nothing, when
    /// the general <see cref="Unlock"/> is needed (waiters, or another flag changed meanwhile).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryUnlockUncontended(PyObject o)
    {
        int f = Volatile.Read(ref o.FlagBits);
        return (f & MutexBits) == LockedBit && Interlocked.CompareExchange(ref o.FlagBits, f & ~LockedBit, f) == f;
    }

    /// <summary>Locks, sleeping while contended, without detaching (no Python thread involved).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lock(FtRuntimeState rs, PyObject o)
    {
        if (!TryLock(o)) LockSlow(rs, o, null);
    }

    /// <summary>Locks for an attached Python thread: detached (critical sections suspended) while it sleeps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lock(PyThreadState ts, PyObject o)
    {
        if (!TryLock(o)) LockSlow(Unsafe.As<FtRuntimeState>(ts.Rt.BackendState)!, o, ts);
    }

    /// <summary>Unlocks; wakes sleepers if there may be any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unlock(FtRuntimeState rs, PyObject o)
    {
        if (!TryUnlockUncontended(o)) UnlockSlow(rs, o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UnlockSlow(FtRuntimeState rs, PyObject o)
    {
        int prev = Interlocked.And(ref o.FlagBits, ~MutexBits);
        if ((prev & LockedBit) == 0) throw new InvalidOperationException("unlock of an unlocked object mutex");
        if ((prev & WaitersBit) != 0)
        {
            if (FtStats.Enabled) FtStats.CountWakeup();
            object bucket = rs.BucketOf(o);
            lock (bucket) Monitor.PulseAll(bucket);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LockSlow(FtRuntimeState rs, PyObject o, PyThreadState? ts)
    {
        while (!Spin(o, ts)) Park(rs, o, ts);
    }

    /// <summary>Tries the lock (state 0 -> 1) now and after each of <see cref="SpinRounds"/> spin rounds.</summary>
    private static bool Spin(PyObject o, PyThreadState? ts)
    {
        var spinner = new SpinWait();
        for (int i = 0; ; i++)
        {
            if (!IsLocked(o) && TryLock(o))
            {
                if (FtStats.Enabled && ts is not null) FtStats.Of(ts).CsSpinAcquired++;
                return true;
            }
            if (i == SpinRounds) return false;
            spinner.SpinOnce();
            if (FtStats.Enabled && ts is not null) FtStats.Of(ts).CsSpinRounds++;
        }
    }

    /// <summary>Sleeps (detached) until an unlock wakes this mutex's sleepers; returns at once if the mutex is free.</summary>
    private static void Park(FtRuntimeState rs, PyObject o, PyThreadState? ts)
    {
        object bucket = rs.BucketOf(o);
        if (FtStats.Enabled && ts is not null) FtStats.Of(ts).CsParked++;
        if (ts is not null) FreeThreadedSync.Detach(ts);
        lock (bucket)
        {
            while (true)
            {
                int f = Volatile.Read(ref o.FlagBits);
                if ((f & LockedBit) == 0) break; // released meanwhile: go and retry
                if ((f & WaitersBit) == 0 &&
                    Interlocked.CompareExchange(ref o.FlagBits, f | WaitersBit, f) != f)
                    continue; // changed under us: look again
                Monitor.Wait(bucket); // the state is 2: the unlock will PulseAll this bucket
                if (FtStats.Enabled && ts is not null) FtStats.Of(ts).CsWoken++;
                break;
            }
        }
        if (ts is not null) FreeThreadedSync.Attach(ts);
    }
}
