// The lock behind _thread.LockType / threading.Lock (CPython: Modules/_threadmodule.c lock_*).
//
// Design: one int state word (0 free, 1 taken) changed with Interlocked.CompareExchange, plus a
// private monitor that blocked acquirers sleep on. A Python lock has no owner: any thread may
// release it, and acquiring it twice from one thread simply blocks (or times out).
//  * TryAcquire is one CAS and never blocks: the caller uses it as the fast path *without*
//    detaching from the GIL / suspending critical sections.
//  * Acquire(blocking) is the slow path; the caller wraps it in `Detached<TSync>` because it
//    may sleep. LockCore knows nothing about the GIL.
//  * No lost wake-up: an acquirer announces itself (Interlocked.Increment of _waiters, a full
//    fence) *before* its CAS, and sleeps only while holding the monitor; a releaser frees the
//    word (Interlocked.Exchange, a full fence) *before* reading _waiters, and pulses under the
//    monitor. So either the acquirer's CAS sees the free word, or the releaser sees the waiter
//    and its pulse cannot slip in between the acquirer's failed CAS and its sleep.
//  * Every wait goes through the caller's IWaitSeam (Coyote swaps it) and loops on the state;
//    a wake-up is only a hint, so the seam's random "signalled" answers are harmless. A seam
//    "timed out" answer after waiting the whole remaining time counts as the deadline passing,
//    which is what lets Coyote explore the timeout path without real time going by.
// Built only from Monitor, Interlocked and Volatile (COYOTE.md).
using System.Diagnostics;
using Vm.Runtime;

namespace Vm.Concurrency;

public sealed class LockCore
{
    private int _state;     // 0 free, 1 taken (Interlocked)
    private int _waiters;   // threads inside the slow path of Acquire (Interlocked)
    private readonly object _monitor = new();

    /// <summary>lock.locked().</summary>
    public bool Locked => Volatile.Read(ref _state) != 0;

    /// <summary>One attempt, never blocks: safe to call while attached (holding the GIL).</summary>
    public bool TryAcquire() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    /// <summary>
    /// lock.acquire(blocking, timeout). <paramref name="timeoutSeconds"/> is -1 (or any negative
    /// value) for "forever"; validation (ValueError for a timeout with blocking=False, for other
    /// negative values, OverflowError) is the caller's. Returns whether the lock was acquired.
    /// May block: call it detached (GIL released), after a failed <see cref="TryAcquire"/>.
    /// <paramref name="ts"/> is the acquiring thread. When <paramref name="interruptible"/>, the wait
    /// gives up (false) once ts has a pending interrupt (Ctrl-C, a host cancel), as CPython's lock
    /// acquire does when a signal handler raises; the caller then raises it.
    /// </summary>
    public bool Acquire(PyThreadState? ts, bool blocking, double timeoutSeconds, IWaitSeam seam, bool interruptible = false)
    {
        if (TryAcquire()) return true;
        if (!blocking || timeoutSeconds == 0.0 || double.IsNaN(timeoutSeconds)) return false;
        ArgumentNullException.ThrowIfNull(seam);
        return AcquireSlow(interruptible ? ts : null, timeoutSeconds, seam);
    }

    /// <summary>Waits for the lock; gives up (false) when <paramref name="ts"/> gets an interrupt
    /// (see <see cref="PyThreadState.WaitingOn"/>), and the caller raises it.</summary>
    private bool AcquireSlow(PyThreadState? ts, double timeoutSeconds, IWaitSeam seam)
    {
        var deadline = WaitDeadline.Start(timeoutSeconds);
        Interlocked.Increment(ref _waiters);
        try
        {
            lock (_monitor)
            {
                if (ts != null) Interlocked.Exchange(ref ts.WaitingOn, _monitor);
                while (true)
                {
                    if (TryAcquire()) return true;
                    if (ts != null && ts.InterruptPending) return false;
                    int ms = deadline.RemainingMillis(out bool whole);
                    if (ms == 0) return false;
                    bool signalled = seam.Wait(_monitor, ms);
                    if (!signalled && whole)
                        return TryAcquire(); // the whole remaining time has passed: one last try
                }
            }
        }
        finally
        {
            if (ts != null) Volatile.Write(ref ts.WaitingOn, null);
            Interlocked.Decrement(ref _waiters);
        }
    }

    /// <summary>
    /// lock.release(). Any thread may release. Throws <see cref="InvalidOperationException"/> if
    /// the lock is not locked (the caller raises RuntimeError "release unlocked lock").
    /// </summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _state, 0) == 0)
            throw new InvalidOperationException("release unlocked lock");
        if (Volatile.Read(ref _waiters) > 0)
        {
            lock (_monitor) Monitor.Pulse(_monitor);
        }
    }
}

/// <summary>A deadline for a timed wait measured with Stopwatch; "forever" when the timeout is negative.</summary>
internal readonly struct WaitDeadline
{
    private readonly long _deadline; // Stopwatch timestamp; long.MaxValue = forever

    private WaitDeadline(long deadline) { _deadline = deadline; }

    public static WaitDeadline Start(double timeoutSeconds)
    {
        if (timeoutSeconds < 0 || double.IsPositiveInfinity(timeoutSeconds)) return new WaitDeadline(long.MaxValue);
        double ticks = timeoutSeconds * Stopwatch.Frequency;
        long now = Stopwatch.GetTimestamp();
        // Absurdly long timeouts (beyond ~a century) are as good as forever.
        if (ticks >= long.MaxValue / 2 - (double)now) return new WaitDeadline(long.MaxValue);
        return new WaitDeadline(now + (long)Math.Ceiling(ticks));
    }

    /// <summary>
    /// Milliseconds to wait next: -1 for forever, 0 when the deadline has passed. <paramref name="whole"/>
    /// tells whether that wait covers all the remaining time (a timed-out wait then means the deadline passed).
    /// </summary>
    public int RemainingMillis(out bool whole)
    {
        if (_deadline == long.MaxValue)
        {
            whole = false;
            return -1;
        }
        long left = _deadline - Stopwatch.GetTimestamp();
        if (left <= 0)
        {
            whole = true;
            return 0;
        }
        double ms = Math.Ceiling(left * 1000.0 / Stopwatch.Frequency);
        if (ms >= int.MaxValue)
        {
            whole = false;
            return int.MaxValue - 1;
        }
        whole = true;
        return Math.Max(1, (int)ms);
    }
}
