// The Global Interpreter Lock: CPython's "new GIL" (3.2+, per-thread drop requests as in 3.13).
//
// WHAT IT IS
// The GIL is not an OS lock. It is a boolean, `_locked`, plus the identity of the thread that
// last held it, `_lastHolder`. Both are changed only while holding a small monitor, `_mutex`,
// which is held for a handful of instructions at a time and is therefore mostly uncontended.
// A thread that finds the GIL taken sleeps on the condition `gil_cond` (the Monitor wait queue
// of `_mutex`), which the releasing thread signals.
//
// WHICH LOCK GUARDS WHICH FIELD
//   _mutex        guards _locked, _lastHolder (written also under _switchMutex, see below),
//                 _switchNumber, _waiters (also changed with Interlocked so _switchMutex
//                 holders may read it), and the statistics _acquisitions, _contended,
//                 _dropRequests, _waitTicks. Its Monitor wait queue is `gil_cond`.
//   _switchMutex  guards the *transitions* of _lastHolder/_switchNumber as seen by a thread
//                 doing a forced switch. Take() writes them while holding both monitors
//                 (always in the order _mutex -> _switchMutex); DropForSwitch() reads them
//                 holding only _switchMutex. Its Monitor wait queue is `switch_cond`.
//   _intervalMicros  no lock: Volatile; waiters re-read it on every turn of their loop.
//   _forcedSwitches  Interlocked (incremented outside _mutex).
// `_locked` and `_lastHolder` are also read without any lock by IsHeldBy(), which is exact for
// the asking thread (only the holder itself can turn "held by me" into "not held by me").
//
// WHY A DROP REQUEST
// The holder never looks at the clock. A thread that wants the GIL waits on gil_cond for the
// switch interval (default 5 ms, sys.setswitchinterval). If the wait times out and no hand-over
// happened meanwhile (`_switchNumber` unchanged), the waiter sets the GilDropRequest bit in the
// *holder's* eval breaker (ts.EvalBreaker). The holder's eval loop checks its eval breaker at
// backward jumps and calls, sees the bit and calls GilSync.HandleEvalBreaker, which drops the GIL
// and takes it again. So a holder running pure Python code gives the GIL away at most about one
// interval after somebody started waiting; a holder stuck in a long native operation does not
// (exactly like CPython). The switch number is what keeps a waiter from asking a *new* holder
// to drop immediately: if the GIL changed hands while it slept, the new holder deserves a full
// interval.
//
// WHY FORCED SWITCHING
// On a multi-core machine, a thread that drops the GIL and immediately asks for it again usually
// wins: it is already running, while the waiter must first be woken by the OS. Timeslices would
// then last far longer than the interval and the waiter would starve (the "convoy" problem of
// the old GIL). So a holder honouring a drop request uses DropForSwitch(): after releasing it
// waits on switch_cond until another thread has actually taken the GIL (the switch number
// moved), and only then tries to take it back. If nobody waits, it does not wait either.
// Take() clears the taker's own stale drop-request bit, so a request aimed at a previous turn
// never forces a spurious switch later.
//
// WHY THE SWITCH MUTEX
// The forced-switch wait must not miss the hand-over: "check that the switch number has not
// moved, then sleep" must be atomic with respect to "move it and signal". Take() changes the
// holder while holding _switchMutex and pulses switch_cond before releasing it; DropForSwitch()
// checks and sleeps in one Monitor.Wait under the same monitor. It is a separate monitor from
// _mutex so that the dropping thread never sleeps on the monitor that waiters need to take the
// GIL.
//
// COYOTE
// Built only from Monitor (lock/Wait/Pulse/PulseAll), Interlocked and Volatile. The one timed
// wait (gil_cond, for the switch interval) goes through an IWaitSeam (the runtime's, re-read on
// each wait so a test can swap it), and every caller of a wait loops on its condition, so the
// Coyote seam answering "signalled" at random is just a spurious wake-up. The switch_cond wait is
// untimed and uses Monitor.Wait directly. There is no static state.
using System.Diagnostics;
using Vm.Concurrency;
using Vm.Runtime;

namespace Vm.Gil;

/// <summary>A snapshot of the GIL's counters (cheap: updated only on the paths that already hold a monitor).</summary>
/// <param name="Acquisitions">Successful Take calls.</param>
/// <param name="ContendedAcquisitions">Take calls that found the GIL held and had to wait.</param>
/// <param name="Switches">Hand-overs to a different thread (CPython's switch_number).</param>
/// <param name="DropRequests">Times a waiter's interval ran out with no hand-over and it set the holder's drop-request bit.</param>
/// <param name="ForcedSwitches">DropForSwitch calls that found waiters and so waited until one of them had taken the GIL.</param>
/// <param name="WaitTicks">Total Stopwatch ticks spent in contended Take calls.</param>
public readonly record struct GilStats(
    long Acquisitions,
    long ContendedAcquisitions,
    long Switches,
    long DropRequests,
    long ForcedSwitches,
    long WaitTicks)
{
    /// <summary>Total time threads spent waiting for the GIL.</summary>
    public TimeSpan WaitTime => TimeSpan.FromSeconds((double)WaitTicks / Stopwatch.Frequency);
}

/// <summary>CPython's GIL (ceval_gil.c): switch interval, drop request, forced switching.</summary>
public sealed class Gil
{
    /// <summary>CPython's default switch interval: 5 ms.</summary>
    public const long DefaultIntervalMicros = 5000;

    // ---- guarded by _mutex (its wait queue is gil_cond) ----
    private readonly object _mutex = new();
    /// <summary>The monitor gil_cond waits on (an embedding host must never interrupt those waits).</summary>
    internal object CondMonitor => _mutex;
    private bool _locked;
    private PyThreadState? _lastHolder;
    private long _switchNumber;
    private int _waiters;
    private long _acquisitions;
    private long _contended;
    private long _dropRequests;
    private long _waitTicks;

    // ---- forced switching (its wait queue is switch_cond) ----
    private readonly object _switchMutex = new();
    private long _forcedSwitches;

    private long _intervalMicros = DefaultIntervalMicros;

    // The seam for the timed wait: the runtime's (re-read each time) or a fixed one.
    private readonly PyRuntime? _rt;
    private readonly IWaitSeam? _seam;

    /// <summary>A GIL whose timed waits go through <paramref name="rt"/>.WaitSeam (read at each wait).</summary>
    public Gil(PyRuntime rt)
    {
        ArgumentNullException.ThrowIfNull(rt);
        _rt = rt;
    }

    /// <summary>A GIL whose timed waits go through a fixed seam.</summary>
    public Gil(IWaitSeam seam)
    {
        ArgumentNullException.ThrowIfNull(seam);
        _seam = seam;
    }

    private IWaitSeam Seam => _rt is not null ? _rt.WaitSeam : _seam!;

    // ------------------------------------------------------------------ take / drop

    /// <summary>
    /// Takes the GIL for <paramref name="ts"/>, waiting as long as needed. While it waits, each
    /// switch interval that passes without a hand-over sets a drop request on the holder.
    /// </summary>
    public void Take(PyThreadState ts)
    {
        Debug.Assert(ts is not null);
        lock (_mutex)
        {
            bool waited = false;
            if (_locked)
            {
                if (ReferenceEquals(_lastHolder, ts))
                    throw new InvalidOperationException("GIL: Take by the thread that already holds it");
                WaitWhileLocked();
                waited = true;
            }

            // We now hold the GIL.
            if (ReferenceEquals(_lastHolder, ts))
            {
                // Same thread again: no hand-over happened, nobody in DropForSwitch cares.
                Volatile.Write(ref _locked, true);
            }
            else
            {
                lock (_switchMutex)
                {
                    Volatile.Write(ref _locked, true);
                    Volatile.Write(ref _lastHolder, ts);
                    _switchNumber++;
                    Monitor.PulseAll(_switchMutex); // switch_cond: a forced-switching dropper may go on
                }
            }
            _acquisitions++;
            if (waited) Interlocked.Decrement(ref _waiters);

            // A request aimed at an earlier turn of ours is stale now.
            if ((Volatile.Read(ref ts.EvalBreaker) & EvalBreakerBits.GilDropRequest) != 0)
                ts.ClearEvalBreakerBit(EvalBreakerBits.GilDropRequest);
        }
    }

    // The contended path of Take (caller holds _mutex, _locked is true).
    private void WaitWhileLocked()
    {
        long start = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _waiters);
        bool done = false;
        try
        {
            while (_locked)
            {
                long savedSwitch = _switchNumber;
                bool signalled = Seam.Wait(_mutex, IntervalMillis());
                // Timed out and nobody took the GIL meanwhile: ask the holder to drop it.
                if (!signalled && _locked && _switchNumber == savedSwitch)
                {
                    var holder = _lastHolder;
                    if (holder is not null)
                    {
                        holder.SetEvalBreakerBit(EvalBreakerBits.GilDropRequest);
                        _dropRequests++;
                    }
                }
            }
            done = true;
        }
        finally
        {
            if (!done)
            {
                // Leaving without the GIL (the wait threw): a forced-switching dropper may be
                // counting on us; let it re-check.
                Interlocked.Decrement(ref _waiters);
                lock (_switchMutex) Monitor.PulseAll(_switchMutex);
            }
        }
        _contended++;
        _waitTicks += Stopwatch.GetTimestamp() - start;
    }

    /// <summary>Releases the GIL (before a blocking operation, or for good). Never waits.</summary>
    public void Drop(PyThreadState ts) => Release(ts, out _);

    /// <summary>
    /// The holder honours a drop request: clears its drop-request bit, releases the GIL and, if
    /// threads are waiting for it, waits until one of them has taken it (forced switching), so
    /// that the caller cannot win it straight back. The caller then calls <see cref="Take"/>.
    /// </summary>
    public void DropForSwitch(PyThreadState ts)
    {
        ts.ClearEvalBreakerBit(EvalBreakerBits.GilDropRequest);
        long switchAtRelease = Release(ts, out bool hadWaiters);
        if (!hadWaiters) return;

        Interlocked.Increment(ref _forcedSwitches);
        lock (_switchMutex)
        {
            // Waiters leave Take only by taking the GIL (which moves the switch number and pulses
            // switch_cond) or by throwing (which pulses switch_cond too), so this cannot sleep
            // forever; the check and the sleep are atomic under _switchMutex.
            while (_switchNumber == switchAtRelease && Volatile.Read(ref _waiters) > 0)
                Monitor.Wait(_switchMutex);
        }
    }

    // Releases the GIL held by ts; returns the switch number at release and whether anyone waited.
    private long Release(PyThreadState ts, out bool hadWaiters)
    {
        lock (_mutex)
        {
            if (!_locked || !ReferenceEquals(_lastHolder, ts))
                throw new InvalidOperationException("GIL: Drop by a thread that does not hold it");
            Volatile.Write(ref _locked, false);
            hadWaiters = _waiters > 0;
            Monitor.Pulse(_mutex); // gil_cond: one waiter can take it
            return _switchNumber;
        }
    }

    /// <summary>True when <paramref name="ts"/> holds the GIL (exact when ts is the calling thread's state).</summary>
    public bool IsHeldBy(PyThreadState ts) =>
        Volatile.Read(ref _locked) && ReferenceEquals(Volatile.Read(ref _lastHolder), ts);

    /// <summary>True while some thread holds the GIL (a racy snapshot).</summary>
    public bool IsLocked => Volatile.Read(ref _locked);

    /// <summary>The current holder, or null (a racy snapshot, for diagnostics).</summary>
    public PyThreadState? Holder
    {
        get
        {
            lock (_mutex) return _locked ? _lastHolder : null;
        }
    }

    /// <summary>Threads currently inside Take waiting for the GIL (a racy snapshot).</summary>
    public int WaiterCount => Volatile.Read(ref _waiters);

    // ------------------------------------------------------------------ switch interval

    /// <summary>sys.getswitchinterval(): seconds.</summary>
    public double GetSwitchInterval() => Volatile.Read(ref _intervalMicros) / 1e6;

    /// <summary>The interval in microseconds (may be 0 after a tiny setting; waits use at least 1 µs).</summary>
    public long SwitchIntervalMicros => Volatile.Read(ref _intervalMicros);

    /// <summary>
    /// sys.setswitchinterval(seconds). Throws <see cref="ArgumentOutOfRangeException"/> unless
    /// seconds is strictly positive (the caller maps it to ValueError "switch interval must be
    /// strictly positive"). Threads already waiting are woken so they re-read the new interval.
    /// </summary>
    public void SetSwitchInterval(double seconds)
    {
        if (!(seconds > 0.0))
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "switch interval must be strictly positive");
        double micros = seconds * 1e6;
        long value = micros >= long.MaxValue ? long.MaxValue : (long)micros;
        Volatile.Write(ref _intervalMicros, value);
        lock (_mutex) Monitor.PulseAll(_mutex); // waiters see a spurious wake-up and re-read it
    }

    // Microseconds rounded up to whole milliseconds (the seam's unit), at least 1.
    private int IntervalMillis()
    {
        long us = Volatile.Read(ref _intervalMicros);
        if (us < 1) us = 1;
        long ms = us / 1000 + (us % 1000 != 0 ? 1 : 0);
        return ms > int.MaxValue ? int.MaxValue : (int)ms;
    }

    // ------------------------------------------------------------------ statistics

    /// <summary>A consistent snapshot of the counters.</summary>
    public GilStats GetStats()
    {
        lock (_mutex)
        {
            return new GilStats(
                _acquisitions,
                _contended,
                _switchNumber,
                _dropRequests,
                Interlocked.Read(ref _forcedSwitches),
                _waitTicks);
        }
    }
}
