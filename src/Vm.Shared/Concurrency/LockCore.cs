// The lock behind _thread.LockType / threading.Lock (CPython: Modules/_threadmodule.c lock_*,
// which in 3.13 is a PyMutex: Python/lock.c _PyMutex_LockTimed / _PyMutex_TryUnlock).
//
// STATE. One int word, `_state` (0 free, 1 taken), changed only with Interlocked; `_waiters`, the
// number of threads between announcing a park and waking from it (Interlocked); a private
// monitor that parked threads sleep on (its Monitor wait queue). A Python lock has no owner: any
// thread may release it, and acquiring it twice from one thread simply blocks (or times out).
//
// FAST PATHS == SLOW PATH. TryAcquire is one CAS and never blocks: callers use it attached
// (holding the GIL / with critical sections active). Release is one Exchange plus one Volatile
// read of `_waiters`; it takes the monitor and pulses only when a thread is parked or about to
// park. The slow path takes the word with the very same CAS, so a lock acquired either way is
// the same state and barging is allowed: release never hands the lock over (CPython's unlock
// does not either, short of its 1 ms fairness rule, which is not reproduced here).
//
// ACQUIRE (slow path), as _PyMutex_LockTimed with _PY_LOCK_DETACH:
//   1. spin (free-threaded only, TPark.Spins): up to SpinLimit rounds of Thread.Yield (a Coyote
//      scheduling point, and bounded), re-trying the CAS when a read sees the word free, while
//      nobody is parked. Under a GIL a
//      spin is useless: the holder cannot run until we give the GIL up.
//   2. park: TPark.Detach (release the GIL / suspend critical sections), announce (Increment
//      `_waiters`), then under the monitor re-check the word and sleep through the IWaitSeam;
//      on waking leave the count (Decrement) and TPark.Attach again (re-take the GIL).
//   3. only then re-try the CAS, *attached*. A thread woken under the GIL thus asks for the GIL
//      first and competes for the lock afterwards, so it never holds the lock while waiting for
//      the GIL; that is what kept two GIL threads from switching every few tens of microseconds
//      (the holder found the lock taken by a thread waiting for the GIL and had to give the GIL
//      up at once). Loop to 2 until acquired, timed out or interrupted.
// NO LOST WAKE-UP: a parker increments `_waiters` (a full fence) *before* reading the word under
// the monitor; a releaser frees the word (Exchange, a full fence) *before* reading `_waiters`
// and pulses under the monitor. So either the parker sees the free word (and re-tries instead
// of sleeping) or the releaser sees the parker, and the parker holds the monitor from its check
// until Monitor.Wait releases it, so the pulse cannot slip in between. A parker that consumed a
// pulse always re-tries the CAS before it may give up (time-out, interrupt): if that fails,
// the lock is held again and its next release pulses the remaining parkers.
// Every wait goes through the caller's IWaitSeam (Coyote swaps it) and its caller loops on the
// word; a wake-up is only a hint, so the seam's random "signalled" answers are harmless. A seam
// "timed out" answer after waiting the whole remaining time counts as the deadline passing,
// which is what lets Coyote explore the timeout path without real time going by.
// Built only from Monitor, Interlocked, Volatile and Thread.Yield (COYOTE.md).
using System.Diagnostics;
using Vm.Runtime;

namespace Vm.Concurrency;

public sealed class LockCore
{
    /// <summary>Spin rounds before parking when the policy spins (CPython's MAX_SPIN_COUNT on free-threaded builds).</summary>
    public const int SpinLimit = 40;

    private int _state;     // 0 free, 1 taken (Interlocked)
    private int _waiters;   // threads parked or about to park (Interlocked)
    private readonly object _monitor = new();

    /// <summary>lock.locked().</summary>
    public bool Locked => Volatile.Read(ref _state) != 0;

    /// <summary>One attempt, never blocks: safe to call while attached (holding the GIL).</summary>
    public bool TryAcquire() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    /// <summary>
    /// lock.acquire(blocking, timeout) for a caller that is already detached (no GIL held, no
    /// critical section active) and stays so: parks without detaching again, never spins.
    /// <paramref name="timeoutSeconds"/> is -1 (or any negative value) for "forever"; validation
    /// (ValueError for a timeout with blocking=False, for other negative values, OverflowError) is
    /// the caller's. Returns whether the lock was acquired. <paramref name="ts"/> is the acquiring
    /// thread. When <paramref name="interruptible"/>, the wait gives up (false) once ts has a
    /// pending interrupt (Ctrl-C, a host cancel), as CPython's lock acquire does when a signal
    /// handler raises; the caller then raises it.
    /// </summary>
    public bool Acquire(PyThreadState? ts, bool blocking, double timeoutSeconds, IWaitSeam seam, bool interruptible = false) =>
        Acquire<StayDetached>(ts, blocking, timeoutSeconds, seam, interruptible);

    /// <summary>
    /// lock.acquire(...) for an attached caller: the arguments are those of
    /// <see cref="Acquire(PyThreadState?, bool, double, IWaitSeam, bool)"/>. Spins first if the
    /// policy does, detaches (<typeparamref name="TPark"/>) only while parked, and takes the word
    /// only while attached.
    /// </summary>
    public bool Acquire<TPark>(PyThreadState? ts, bool blocking, double timeoutSeconds, IWaitSeam seam, bool interruptible = false)
        where TPark : struct, IParkPolicy
    {
        if (TryAcquire()) return true;
        if (!blocking || timeoutSeconds == 0.0 || double.IsNaN(timeoutSeconds)) return false;
        ArgumentNullException.ThrowIfNull(seam);
        return AcquireSlow<TPark>(ts, interruptible ? ts : null, timeoutSeconds, seam);
    }

    private bool AcquireSlow<TPark>(PyThreadState? ts, PyThreadState? interruptTs, double timeoutSeconds, IWaitSeam seam)
        where TPark : struct, IParkPolicy
    {
        var deadline = WaitDeadline.Start(timeoutSeconds); // counted from the call, spin included
        if (TPark.Spins)
        {
            // Bounded, and each round a Coyote scheduling point. Stop once somebody is parked:
            // they were here first (CPython spins only while _Py_HAS_PARKED is clear).
            for (int i = 0; i < SpinLimit && Volatile.Read(ref _waiters) == 0; i++)
            {
                Thread.Yield();
                // Read first: a failed CAS would take the line from the holder's cache.
                if (Volatile.Read(ref _state) == 0 && TryAcquire()) return true;
            }
        }
        while (true)
        {
            ParkOutcome outcome;
            TPark.Detach(ts);
            try
            {
                outcome = Park(interruptTs, deadline, seam);
            }
            finally
            {
                TPark.Attach(ts);
            }
            if (TryAcquire()) return true;
            if (outcome != ParkOutcome.Woken) return false; // timed out, or interrupted (the caller raises)
        }
    }

    private enum ParkOutcome { Woken, TimedOut, Interrupted }

    // Sleeps until a release pulses (or the word is already free), the deadline passes, or an
    // interrupt arrives. Never takes the word: the caller re-tries it after re-attaching.
    private ParkOutcome Park(PyThreadState? ts, in WaitDeadline deadline, IWaitSeam seam)
    {
        Interlocked.Increment(ref _waiters);
        try
        {
            lock (_monitor)
            {
                if (ts != null) Interlocked.Exchange(ref ts.WaitingOn, _monitor);
                try
                {
                    if (Volatile.Read(ref _state) == 0) return ParkOutcome.Woken; // freed since our CAS
                    if (ts != null && ts.InterruptPending) return ParkOutcome.Interrupted;
                    int ms = deadline.RemainingMillis(out bool whole);
                    if (ms == 0) return ParkOutcome.TimedOut;
                    bool signalled = seam.Wait(_monitor, ms);
                    // The whole remaining time has passed: the caller makes one last try.
                    return !signalled && whole ? ParkOutcome.TimedOut : ParkOutcome.Woken;
                }
                finally
                {
                    if (ts != null) Volatile.Write(ref ts.WaitingOn, null);
                }
            }
        }
        finally
        {
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

    /// <summary>The policy of a caller that is detached already: never spins, never detaches again.</summary>
    public struct StayDetached : IParkPolicy
    {
        public static bool Spins => false;

        public static void Detach(PyThreadState? ts) { }
        public static void Attach(PyThreadState? ts) { }
    }
}

/// <summary>What a lock's slow path does around parking (see LockCore's design note).</summary>
public interface IParkPolicy
{
    /// <summary>Spin (bounded) before the first park: only where the lock holder runs in parallel.</summary>
    static abstract bool Spins { get; }

    /// <summary>Before sleeping: release the GIL / suspend critical sections.</summary>
    static abstract void Detach(PyThreadState? ts);

    /// <summary>After waking, before re-trying the lock: take the GIL back / resume critical sections.</summary>
    static abstract void Attach(PyThreadState? ts);
}

/// <summary>Parking for an attached Python thread of backend <typeparamref name="TSync"/>: spins
/// only without a GIL, detaches while asleep.</summary>
public struct DetachWhileParked<TSync> : IParkPolicy where TSync : struct, ISyncPolicy
{
    public static bool Spins => !TSync.GilEnabled;
    public static void Detach(PyThreadState? ts) => TSync.Detach(ts!);
    public static void Attach(PyThreadState? ts) => TSync.Attach(ts!);
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
