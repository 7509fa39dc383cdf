// Signals. The host's signal thread (pyvm registers SIGINT; the signal module registers the
// signals a program installs handlers for) never runs Python code: it records the signal and asks
// the main thread to act at its next eval-breaker check (the AsyncException bit), waking it if it
// is blocked in an interruptible wait (time.sleep, a lock or RLock acquire, so also Event/Condition
// waits and queue gets) -- what CPython's C-level handler plus EINTR do. The main thread then runs
// the Python handlers (RaiseAsyncIfPending), or raises KeyboardInterrupt for SIGINT's default.
//
// Fields: _pendingSignals is a bit per signal number, set by any thread with Interlocked.Or and
// taken whole by the main thread with Interlocked.Exchange, so a signal is never lost and runs once
// per delivery batch (as CPython's tripped flags). SignalHandlers is written only by the main thread
// (signal.signal checks it) and read by the signal thread, which only needs to see whether a Python
// handler is installed: a reference read is atomic.
using Vm.Objects;

namespace Vm.Runtime;

public abstract partial class PyRuntime
{
    /// <summary>Signal numbers are below this (Linux's NSIG).</summary>
    public const int SignalCount = 65;
    public const int SigInt = 2;

    private long _pendingSignals;

    /// <summary>
    /// The handler of each signal as the signal module installed it (counted): a callable, the int 0
    /// (SIG_DFL) or 1 (SIG_IGN); null where the program never installed one (the default applies).
    /// </summary>
    public readonly PyObject?[] SignalHandlers = new PyObject?[SignalCount];

    /// <summary>signal.default_int_handler, set by the signal module: SIGINT's handler at start.</summary>
    public PyObject? DefaultIntHandler;

    /// <summary>signal.set_wakeup_fd: a byte with the signal number is written here at each delivery (-1: none).</summary>
    public int SignalWakeupFd = -1;

    /// <summary>The host registrations of signals with installed handlers (the signal module's, main thread only).</summary>
    public readonly Dictionary<int, IDisposable> SignalRegistrations = new();

    /// <summary>
    /// What SIGINT does: KeyboardInterrupt in the main thread (or the program's handler for it).
    /// False when the program set SIG_DFL: the host lets the signal's default action happen.
    /// </summary>
    public bool DeliverKeyboardInterrupt()
    {
        var handler = Volatile.Read(ref SignalHandlers[SigInt]);
        if (handler is PyInt)
            return IsIgnore(handler); // SIG_IGN: nothing happens; SIG_DFL: the default action
        if (handler != null && !ReferenceEquals(handler, DefaultIntHandler))
        {
            DeliverSignal(SigInt);
            return true;
        }
        var main = MainThread;
        Interlocked.CompareExchange(ref main.AsyncException, ExceptionTypes["KeyboardInterrupt"], null);
        main.SetEvalBreakerBit(EvalBreakerBits.AsyncException);
        main.WakeInterruptibleWait();
        return true;
    }

    private static bool IsIgnore(PyObject handler) => handler is PyInt i && !i.IsBig && i.Small == 1;

    /// <summary>Records a signal for the main thread's handler (called on the host's signal thread).</summary>
    public void DeliverSignal(int signum)
    {
        Interlocked.Or(ref _pendingSignals, 1L << signum);
        int fd = Volatile.Read(ref SignalWakeupFd);
        if (fd >= 0) Vm.Modules.PosixNative.WriteSignalByte(fd, (byte)signum);
        var main = MainThread;
        main.SetEvalBreakerBit(EvalBreakerBits.AsyncException);
        main.WakeInterruptibleWait();
    }

    /// <summary>The Python frame object for f, which may outlive the call: f is marked so the pool never
    /// reuses it. One object per frame (Frame.FrameObject), immortal: it counts nothing, and identity
    /// (`f is sys._getframe()`) must hold for as long as anything keeps either. Another thread may ask
    /// for the same frame (a shared generator's gi_frame): the first object published wins.</summary>
    public PyObject EscapingFrameObject(Frame f)
    {
        Frame.MarkEscaped(f);
        if (Volatile.Read(ref f.FrameObject) is { } known) return known;
        var made = new PyNative<Frame>(FrameType, f);
        made.MakeImmortal();
        return Interlocked.CompareExchange(ref f.FrameObject, made, null) ?? made;
    }

    /// <summary>Ends the signal module's host registrations (the program has finished: its handlers cannot run).</summary>
    public void ReleaseSignalRegistrations()
    {
        foreach (var registration in SignalRegistrations.Values) registration.Dispose();
        SignalRegistrations.Clear();
    }

    /// <summary>Signals taken but not handled (a handler raised first): they run at the next check.</summary>
    public void RequeueSignals(long bits)
    {
        Interlocked.Or(ref _pendingSignals, bits);
        MainThread.SetEvalBreakerBit(EvalBreakerBits.AsyncException);
    }

    /// <summary>The signals delivered since the last call (main thread).</summary>
    public long TakePendingSignals() => Volatile.Read(ref _pendingSignals) == 0 ? 0 : Interlocked.Exchange(ref _pendingSignals, 0);
}
