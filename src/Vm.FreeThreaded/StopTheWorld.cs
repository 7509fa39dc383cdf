// Stop-the-world pauses and thread attachment (CPython: Python/pystate.c, stop_the_world /
// start_the_world / _PyThreadState_Attach / _PyThreadState_Suspend).
//
// THREAD STATUS (FtThreadState.Status, Interlocked): Detached (0), Attached (1), Suspended (2),
// Exited (3). The thread itself moves Detached -> Attached (CAS, in Attach) and Attached ->
// Detached (in Detach); a pause's requester moves Detached -> Suspended (CAS) and, when it
// restarts the world, Suspended -> Detached. A thread is "parked" for a pause when it is
// Suspended or Exited: it runs no Python code until the world restarts, because Attach cannot
// CAS Suspended -> Attached.
//
// REQUESTING (Stop). One pause at a time: the requester claims StwRequester under StwLock (a
// second requester waits for the first pause as a detached thread, so the first can park it).
// It sets StwActive, then scans ts.Rt.Threads under StwLock: Detached threads are CAS'd to
// Suspended; Attached ones get the StopTheWorld eval-breaker bit. If any thread is still
// attached it Monitor.Waits on StwLock and rescans when woken. Whoever changes status while
// StwActive is set (Detach, an Attach that backs off, thread exit) PulseAll's StwLock, so a
// rescan always follows. No timed wait is needed (CPython polls every millisecond).
//
// NO LOST WAKE-UP. The detaching thread writes its status with Interlocked.Exchange (a full
// fence) and then reads StwActive; the requester writes StwActive before it scans. So either
// the scan sees the thread Detached (and suspends it) or the thread sees StwActive and pulses;
// the pulse is taken under StwLock, which the requester holds from scan to Wait, so it lands
// while the requester waits.
//
// ATTACHING. While a pause is active, wait for the restart before trying. Then CAS Detached ->
// Attached, and re-check StwActive (Volatile): if a pause is active
// (and this thread is not its requester) step back to Detached, pulse, and wait under StwLock
// until the thread is no longer Suspended and no pause is active; then retry. The re-check is
// what keeps a brand-new thread (registered after the requester's scan) from running during the
// pause: its CAS happened after StwActive was written, so it reads it. With the pre-check, no
// other thread is ever seen Attached by a requester whose world is fully stopped (any thread
// that was Detached at the scan was suspended, so its CAS fails; one registered after the scan
// reads StwActive in the pre-check).
//
// PARKING (eval breaker, StopTheWorld bit): clear the bit, then Detach (suspending critical
// sections, so a parked thread holds no object mutex) and Attach (which waits out the pause).
// A thread blocked on an object mutex is detached, so it never holds up a pause.
// Built from Monitor and Interlocked/Volatile only (COYOTE.md).
using System.Runtime.CompilerServices;
using Vm.Runtime;

namespace Vm.FreeThreaded;

public static class StopTheWorld
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FtThreadState Ft(PyThreadState ts) => Unsafe.As<FtThreadState>(ts.Backend)!;

    /// <summary>
    /// Pauses every other thread of the runtime: returns once each is detached-and-suspended or
    /// exited. The caller must be attached; it stays attached and keeps its critical sections
    /// unless it had to wait for another thread's pause first. Pair with <see cref="Start"/>.
    /// </summary>
    public static void Stop(PyThreadState ts)
    {
        var ft = Ft(ts);
        var rs = ft.RuntimeState;
        while (true)
        {
            lock (rs.StwLock)
            {
                if (rs.StwRequester is null)
                {
                    rs.StwRequester = ts;
                    Interlocked.Exchange(ref rs.StwActive, 1);
                    break;
                }
            }
            // Another pause is under way and waits for us to park: park like any other thread.
            FreeThreadedSync.Detach(ts);
            FreeThreadedSync.Attach(ts);
        }

        lock (rs.StwLock)
        {
            while (!ParkOthers(ts)) Monitor.Wait(rs.StwLock);
            rs.WorldStopped = true;
        }
    }

    /// <summary>Ends the pause begun by <see cref="Stop"/> on this thread and wakes the parked threads.</summary>
    public static void Start(PyThreadState ts)
    {
        var rs = Ft(ts).RuntimeState;
        lock (rs.StwLock)
        {
            if (!ReferenceEquals(rs.StwRequester, ts))
                throw new InvalidOperationException("this thread did not stop the world");
            foreach (var kv in ts.Rt.Threads)
            {
                if (kv.Value.Backend is FtThreadState other)
                    Interlocked.CompareExchange(ref other.Status, ThreadStatus.Detached, ThreadStatus.Suspended);
            }
            rs.WorldStopped = false;
            rs.StwRequester = null;
            Interlocked.Exchange(ref rs.StwActive, 0);
            Monitor.PulseAll(rs.StwLock);
        }
    }

    /// <summary>`using (StopTheWorld.Pause(ts)) { ... }` stops the world for the scope.</summary>
    public static Paused Pause(PyThreadState ts)
    {
        Stop(ts);
        return new Paused(ts);
    }

    public readonly ref struct Paused
    {
        private readonly PyThreadState _ts;
        internal Paused(PyThreadState ts) { _ts = ts; }
        public void Dispose() => Start(_ts);
    }

    /// <summary>True while this runtime's world is fully stopped.</summary>
    public static bool IsStopped(FtRuntimeState rs)
    {
        lock (rs.StwLock) return rs.WorldStopped;
    }

    // Called under StwLock. True when every other thread is parked.
    private static bool ParkOthers(PyThreadState requester)
    {
        bool all = true;
        foreach (var kv in requester.Rt.Threads)
        {
            var other = kv.Value;
            if (ReferenceEquals(other, requester) || other.Backend is not FtThreadState oft) continue;
            while (true)
            {
                int s = Volatile.Read(ref oft.Status);
                if (s == ThreadStatus.Detached)
                {
                    if (Interlocked.CompareExchange(ref oft.Status, ThreadStatus.Suspended, ThreadStatus.Detached)
                        == ThreadStatus.Detached) break;
                    continue; // it attached meanwhile: look again
                }
                if (s == ThreadStatus.Attached)
                {
                    other.SetEvalBreakerBit(EvalBreakerBits.StopTheWorld);
                    all = false;
                }
                break; // Suspended, Exited, or asked to stop
            }
        }
        return all;
    }

    // ------------------------------------------------------------------------------------------
    // Status transitions used by FreeThreadedSync.Detach / Attach and thread exit
    // ------------------------------------------------------------------------------------------

    /// <summary>Attached -> Detached; wakes a pause's requester so it can park this thread.</summary>
    internal static void MarkDetached(FtThreadState ft)
    {
        Volatile.Write(ref ft.DetachEpoch, ft.DetachEpoch + 1);
        Interlocked.Exchange(ref ft.Status, ThreadStatus.Detached);
        NotifyRequester(ft.RuntimeState);
        NotifyHandshakeWaiters(ft.RuntimeState);
    }

    /// <summary>The thread has gone: it counts as parked for every future pause.</summary>
    internal static void MarkExited(FtThreadState ft)
    {
        Interlocked.Exchange(ref ft.Status, ThreadStatus.Exited);
        NotifyRequester(ft.RuntimeState);
        NotifyHandshakeWaiters(ft.RuntimeState);
    }

    /// <summary>Detached -> Attached, waiting while a pause (not requested by this thread) is active.</summary>
    internal static void WaitAndMarkAttached(PyThreadState ts, FtThreadState ft)
    {
        var rs = ft.RuntimeState;
        while (true)
        {
            // Pre-check: do not even appear attached while a pause is on (its requester may be
            // looking). The re-check after the CAS is what makes it correct.
            if (Volatile.Read(ref rs.StwActive) != 0 && !ReferenceEquals(Volatile.Read(ref rs.StwRequester), ts) &&
                Volatile.Read(ref ft.Status) != ThreadStatus.Attached)
            {
                WaitForRestart(ts, ft, rs);
                continue;
            }
            int s = Interlocked.CompareExchange(ref ft.Status, ThreadStatus.Attached, ThreadStatus.Detached);
            if (s == ThreadStatus.Attached) return; // already attached: Attach is idempotent
            if (s == ThreadStatus.Exited) throw new InvalidOperationException("attach of an exited thread");
            if (s == ThreadStatus.Detached)
            {
                if (Volatile.Read(ref rs.StwActive) == 0 || ReferenceEquals(Volatile.Read(ref rs.StwRequester), ts))
                    return;
                // A pause is in progress: we must not run. Step back and let the requester park us.
                Interlocked.Exchange(ref ft.Status, ThreadStatus.Detached);
                lock (rs.StwLock) Monitor.PulseAll(rs.StwLock);
            }
            WaitForRestart(ts, ft, rs);
        }
    }

    private static void WaitForRestart(PyThreadState ts, FtThreadState ft, FtRuntimeState rs)
    {
        lock (rs.StwLock)
        {
            while (Volatile.Read(ref ft.Status) == ThreadStatus.Suspended ||
                   (rs.StwActive != 0 && !ReferenceEquals(rs.StwRequester, ts)))
                Monitor.Wait(rs.StwLock);
        }
    }

    /// <summary>Eval-breaker handler for the StopTheWorld bit: park until the pause is over.</summary>
    internal static void Park(PyThreadState ts)
    {
        ts.ClearEvalBreakerBit(EvalBreakerBits.StopTheWorld);
        var rs = Ft(ts).RuntimeState;
        if (Volatile.Read(ref rs.StwActive) == 0 || ReferenceEquals(Volatile.Read(ref rs.StwRequester), ts)) return;
        FreeThreadedSync.Detach(ts);
        FreeThreadedSync.Attach(ts);
    }

    // A thread waiting in CriticalSections.WaitForDetach reads this thread's status and epoch (and
    // InHostCode: HostCode.Enter) under HandshakeLock after counting itself in HandshakeWaiters; the
    // caller's status store (InHostCode store) is a full fence.
    internal static void NotifyHandshakeWaiters(FtRuntimeState rs)
    {
        if (Volatile.Read(ref rs.HandshakeWaiters) == 0) return;
        lock (rs.HandshakeLock) Monitor.PulseAll(rs.HandshakeLock);
    }

    private static void NotifyRequester(FtRuntimeState rs)
    {
        if (Volatile.Read(ref rs.StwActive) == 0) return;
        lock (rs.StwLock) Monitor.PulseAll(rs.StwLock);
    }
}
