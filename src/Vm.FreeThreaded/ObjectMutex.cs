// The per-object mutex (CPython's PyMutex, Python/lock.c), on PyObject.MutexWord.
//
// STATE. MutexWord is 0 (unlocked), 1 (locked) or 2 (locked, and a thread may be asleep waiting
// for it). Only Interlocked operations change it. The mutex has no owner field: the
// critical-section stack (CriticalSections.cs) knows which objects a thread holds.
//
// FAST PATHS. Lock is one CAS 0 -> 1; Unlock is one CAS 1 -> 0. Only when the unlock finds 2 does
// it take the slow path: Exchange to 0 and wake the sleepers.
//
// SLOW PATH. Spin a few rounds (SpinWait: a Coyote scheduling point) re-trying the CAS, then
// park. Parking uses a per-runtime "parking lot": a fixed array of monitor objects, the bucket
// chosen by RuntimeHelpers.GetHashCode(object). A waiter, holding the bucket's monitor, turns
// 1 into 2 (or sees 2 already) and Monitor.Waits on the bucket; an unlocker that swaps out a 2
// takes the same monitor and PulseAll's it. No lost wake-up: the waiter publishes 2 and goes to
// sleep while holding the monitor (Monitor.Wait releases it atomically), so an unlocker that
// exchanged the 2 away either did so before the waiter's CAS (the waiter then sees 0 and
// retries) or blocks on the monitor until the waiter sleeps, and its PulseAll reaches it.
// PulseAll, not Pulse: several objects share a bucket. A woken waiter re-acquires with
// Exchange(2) rather than CAS(1): it cannot know whether other sleepers remain, so it keeps the
// word at 2 and the next unlock wakes the bucket (at worst one spurious wake-up).
// This is Drepper's three-state futex mutex with Monitor as the futex. It is not fair; CPython's
// hand-off after 1 ms of starvation is not reproduced.
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
    public const int Unlocked = 0;
    public const int Locked = 1;
    public const int LockedWithWaiters = 2;

    /// <summary>Spin rounds before parking (SpinWait yields after about ten).</summary>
    private const int SpinRounds = 8;

    /// <summary>One CAS; never blocks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLock(PyObject o) =>
        Interlocked.CompareExchange(ref o.MutexWord, Locked, Unlocked) == Unlocked;

    /// <summary>True while some thread holds the mutex.</summary>
    public static bool IsLocked(PyObject o) => Volatile.Read(ref o.MutexWord) != Unlocked;

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
        if (Interlocked.CompareExchange(ref o.MutexWord, Unlocked, Locked) != Locked) UnlockSlow(rs, o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UnlockSlow(FtRuntimeState rs, PyObject o)
    {
        int prev = Interlocked.Exchange(ref o.MutexWord, Unlocked);
        if (prev == Unlocked) throw new InvalidOperationException("unlock of an unlocked object mutex");
        if (prev == LockedWithWaiters)
        {
            object bucket = rs.BucketOf(o);
            lock (bucket) Monitor.PulseAll(bucket);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LockSlow(FtRuntimeState rs, PyObject o, PyThreadState? ts)
    {
        var spinner = new SpinWait();
        for (int i = 0; i < SpinRounds; i++)
        {
            spinner.SpinOnce();
            if (Volatile.Read(ref o.MutexWord) == Unlocked && TryLock(o)) return;
        }

        object bucket = rs.BucketOf(o);
        while (true)
        {
            if (ts is not null) FreeThreadedSync.Detach(ts);
            lock (bucket)
            {
                while (true)
                {
                    int w = Volatile.Read(ref o.MutexWord);
                    if (w == Unlocked) break; // released meanwhile: go and retry
                    if (w == Locked &&
                        Interlocked.CompareExchange(ref o.MutexWord, LockedWithWaiters, Locked) != Locked)
                        continue; // changed under us: look again
                    Monitor.Wait(bucket); // the word is 2: the unlock will PulseAll this bucket
                    break;
                }
            }
            if (ts is not null) FreeThreadedSync.Attach(ts);
            if (Interlocked.Exchange(ref o.MutexWord, LockedWithWaiters) == Unlocked) return;
        }
    }
}
