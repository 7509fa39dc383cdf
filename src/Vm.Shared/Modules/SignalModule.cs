// The _signal module under Lib/signal.py: installing Python handlers (signal, getsignal,
// default_int_handler), timers (alarm, setitimer, getitimer), raise_signal, strsignal, pause,
// set_wakeup_fd, siginterrupt and the signal numbers (Linux). How a delivered signal reaches its
// handler is in Runtime/PyRuntime.Signals.cs: the host's signal thread records it, the main thread
// runs the handler at its next eval-breaker check.
//
// Threading: handlers are installed only by the main thread (CPython's rule), so the handler table
// and the registrations have one writer; the signal thread only reads a handler reference.
using System.Runtime.InteropServices;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class SignalModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_signal";
    private const int SigDfl = 0, SigIgn = 1;
    private const int SigKill = 9, SigPipe = 13, SigStop = 19, SigXfsz = 25;

    private static readonly (string Name, int Number)[] s_signals =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12),
        ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCONT", 18),
        ("SIGSTOP", 19), ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24),
        ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29),
        ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    ];

    private static readonly string[] s_setitimerNames = ["which", "seconds", "interval"];
    private static readonly string[] s_wakeupNames = ["fd", "warn_on_full_buffer"];

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        foreach (var (name, number) in s_signals) Def.Value(rt, d, name, rt.NewInt(number));
        Def.Value(rt, d, "NSIG", rt.NewInt(PyRuntime.SignalCount));
        Def.Value(rt, d, "SIG_DFL", rt.NewInt(SigDfl));
        Def.Value(rt, d, "SIG_IGN", rt.NewInt(SigIgn));
        Def.Value(rt, d, "ITIMER_REAL", rt.NewInt(0));
        Def.Value(rt, d, "ITIMER_VIRTUAL", rt.NewInt(1));
        Def.Value(rt, d, "ITIMER_PROF", rt.NewInt(2));
        var itimerError = ModuleSupport<TSync>.NewExceptionType(ts, "signal", "itimer_error", rt.ExceptionTypes["OSError"]);
        Def.Value(rt, d, "ItimerError", itimerError);

        var defaultInt = Def.Function(rt, d, "default_int_handler", (ts2, a, kw) =>
            throw new PyException(ts2.Rt.NewException(ts2.Rt.ExceptionTypes["KeyboardInterrupt"], (string?)null)), Mod);
        rt.DefaultIntHandler ??= defaultInt;

        Def.Function(rt, d, "signal", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "signal", kw);
            Args.Count(ts2, "signal", a.Length, 2, 2);
            int signum = SignalNumber(ts2, a[0]);
            var handler = a[1];
            bool disposition = handler is PyInt hi && !hi.IsBig && hi.Small is SigDfl or SigIgn;
            if (!disposition && !Ops<TSync>.IsCallable(ts2, handler))
                throw ts2.Rt.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            MainThreadOnly(ts2, "signal");
            if (signum is SigKill or SigStop) throw IoModule<TSync>.OsError(ts2, "OSError", 22, "Invalid argument", null);
            var old = Current(ts2.Rt, signum);
            Install(ts2, signum, disposition ? ts2.Rt.NewInt(((PyInt)handler).Small) : handler);
            return old;
        }, Mod);

        Def.Function(rt, d, "getsignal", (ts2, a, kw) =>
        {
            Args.Count(ts2, "getsignal", a.Length, 1, 1);
            return Current(ts2.Rt, SignalNumber(ts2, a[0]));
        }, Mod);

        Def.Function(rt, d, "alarm", (ts2, a, kw) =>
        {
            Args.Count(ts2, "alarm", a.Length, 1, 1);
            long seconds = Args.ToLong(ts2, a[0]);
            if (seconds < 0 || seconds > uint.MaxValue) throw ts2.Rt.OverflowError("Python int too large to convert to C unsigned int");
            return ts2.Rt.NewInt(PosixNative.Alarm((uint)seconds));
        }, Mod);

        Def.Function(rt, d, "setitimer", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "setitimer", a, kw, s_setitimerNames, 2, posOnly: 3);
            int which = (int)Args.ToLong(ts2, b[0]!);
            var value = new PosixNative.ITimerVal
            {
                Value = ToTimeVal(ts2, b[1]!),
                Interval = b[2] == null ? default : ToTimeVal(ts2, b[2]!),
            };
            if (PosixNative.SetITimer(which, ref value, out var old) != 0)
                throw new PyException(ts2.Rt.NewException(itimerError, "[Errno 22] Invalid argument"));
            return TimerTuple(ts2, old);
        }, Mod);

        Def.Function(rt, d, "getitimer", (ts2, a, kw) =>
        {
            Args.Count(ts2, "getitimer", a.Length, 1, 1);
            if (PosixNative.GetITimer((int)Args.ToLong(ts2, a[0]), out var now) != 0)
                throw new PyException(ts2.Rt.NewException(itimerError, "[Errno 22] Invalid argument"));
            return TimerTuple(ts2, now);
        }, Mod);

        Def.Function(rt, d, "raise_signal", (ts2, a, kw) =>
        {
            Args.Count(ts2, "raise_signal", a.Length, 1, 1);
            int signum = SignalNumber(ts2, a[0]);
            if (DeliverOwnSignal(ts2, signum)) return ts2.Rt.None;
            if (PosixNative.Raise(signum) != 0) throw IoModule<TSync>.OsError(ts2, "OSError", Marshal.GetLastPInvokeError(), "Invalid argument", null);
            return ts2.Rt.None;
        }, Mod);

        Def.Function(rt, d, "strsignal", (ts2, a, kw) =>
        {
            Args.Count(ts2, "strsignal", a.Length, 1, 1);
            int signum = SignalNumber(ts2, a[0]);
            var text = Marshal.PtrToStringUTF8(PosixNative.StrSignal(signum));
            return text == null || text.StartsWith("Unknown signal", StringComparison.Ordinal) || text.StartsWith("Real-time signal", StringComparison.Ordinal)
                ? ts2.Rt.None : ts2.Rt.NewStr(text);
        }, Mod);

        Def.Function(rt, d, "valid_signals", (ts2, a, kw) =>
        {
            var numbers = new List<PyObject>();
            for (int i = 1; i < PyRuntime.SignalCount; i++)
                if (i is not (32 or 33)) numbers.Add(ts2.Rt.NewInt(i)); // glibc keeps 32 and 33 for its threads
            return Ops<TSync>.Call(ts2, ts2.Rt.BuiltinsDict.GetStr(ts2.Rt.Intern("set"))!, [Ops<TSync>.NewList(ts2, numbers.ToArray())], null);
        }, Mod);

        Def.Function(rt, d, "pause", (ts2, a, kw) =>
        {
            MainThreadOnly(ts2, "pause");
            TimeModule<TSync>.WaitInterruptibly(ts2, -1);
            ts2.Rt.RaiseAsyncIfPending(ts2);
            return ts2.Rt.None;
        }, Mod);

        Def.Function(rt, d, "set_wakeup_fd", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "set_wakeup_fd", a, kw, s_wakeupNames, 1, posOnly: 1, kwOnlyFrom: 1);
            long fd = Args.ToLong(ts2, b[0]!);
            MainThreadOnly(ts2, "set_wakeup_fd");
            if (fd < -1 || fd > int.MaxValue) throw ts2.Rt.ValueError($"invalid fd: {fd}");
            return ts2.Rt.NewInt(Interlocked.Exchange(ref ts2.Rt.SignalWakeupFd, (int)fd));
        }, Mod);

        Def.Function(rt, d, "siginterrupt", (ts2, a, kw) =>
        {
            // Interrupted waits always resume after a handler that returns (PEP 475): nothing to change.
            Args.Count(ts2, "siginterrupt", a.Length, 2, 2);
            SignalNumber(ts2, a[0]);
            Ops<TSync>.IsTrue(ts2, a[1]);
            return ts2.Rt.None;
        }, Mod);
        return m;
    }

    private static int SignalNumber(PyThreadState ts, PyObject o)
    {
        long n = Args.ToLong(ts, o);
        if (n < 1 || n >= PyRuntime.SignalCount) throw ts.Rt.ValueError("signal number out of range");
        return (int)n;
    }

    private static void MainThreadOnly(PyThreadState ts, string what)
    {
        if (!ReferenceEquals(ts, ts.Rt.MainThread))
            throw ts.Rt.ValueError(what == "signal" || what == "set_wakeup_fd"
                ? $"{what} only works in main thread of the main interpreter"
                : $"{what}() only works in the main thread");
    }

    /// <summary>A signal's handler as getsignal reports it.</summary>
    private static PyObject Current(PyRuntime rt, int signum)
    {
        var handler = Volatile.Read(ref rt.SignalHandlers[signum]);
        if (handler != null) return handler;
        if (signum == PyRuntime.SigInt && rt.DefaultIntHandler != null) return rt.DefaultIntHandler;
        return rt.NewInt(signum is SigPipe or SigXfsz ? SigIgn : SigDfl); // ignored from the start, as CPython
    }

    /// <summary>
    /// Stores the handler and keeps a host registration while the signal is not at its default.
    /// SIGINT's registration is the host's (pyvm): it reads the handler table.
    /// </summary>
    private static void Install(PyThreadState ts, int signum, PyObject handler)
    {
        var rt = ts.Rt;
        Ops<TSync>.Store(ts, ref rt.SignalHandlers[signum], handler);
        if (signum == PyRuntime.SigInt) return;
        bool atDefault = handler is PyInt i && i.Small == SigDfl;
        if (atDefault)
        {
            if (rt.SignalRegistrations.Remove(signum, out var registration)) registration.Dispose();
            return;
        }
        if (rt.SignalRegistrations.ContainsKey(signum)) return;
        try
        {
            rt.SignalRegistrations[signum] = PosixSignalRegistration.Create((PosixSignal)signum, ctx =>
            {
                ctx.Cancel = true;
                var current = Volatile.Read(ref rt.SignalHandlers[signum]);
                if (current is not PyInt) rt.DeliverSignal(signum);
            });
        }
        catch (Exception e) when (e is PlatformNotSupportedException or IOException or ArgumentException)
        {
            throw IoModule<TSync>.OsError(ts, "OSError", 22, "Invalid argument", null);
        }
    }

    /// <summary>
    /// A thread signalling its own process (raise_signal, os.kill(os.getpid(), ...)): where the VM
    /// handles the signal (a Python handler, SIG_IGN, SIGINT's KeyboardInterrupt) it is delivered here
    /// and its handler has run when the call returns, as in CPython; the kernel is not involved, so a
    /// host without a registration for it (an embedding application, the test host) is never killed.
    /// False where the signal's default action applies: the caller sends the real signal.
    /// </summary>
    public static bool DeliverOwnSignal(PyThreadState ts, int signum)
    {
        var rt = ts.Rt;
        var handler = Volatile.Read(ref rt.SignalHandlers[signum]);
        if (handler == null && signum == PyRuntime.SigInt) handler = rt.DefaultIntHandler;
        if (handler == null || (handler is PyInt i && i.Small == SigDfl)) return false;
        if (handler is PyInt) return true; // SIG_IGN
        if (ReferenceEquals(handler, rt.DefaultIntHandler))
        {
            if (!rt.DeliverKeyboardInterrupt()) return false;
        }
        else rt.DeliverSignal(signum);
        if (ReferenceEquals(ts, rt.MainThread)) rt.RaiseAsyncIfPending(ts);
        return true;
    }

    private static PosixNative.TimeVal ToTimeVal(PyThreadState ts, PyObject o)
    {
        double seconds = ModuleSupport<TSync>.ToDouble(ts, o);
        if (seconds < 0) seconds = 0;
        long whole = (long)Math.Floor(seconds);
        long micros = (long)Math.Round((seconds - whole) * 1e6);
        if (micros == 0 && seconds > 0 && whole == 0) micros = 1; // a tiny positive timer still fires
        return new PosixNative.TimeVal { Sec = whole, Usec = micros };
    }

    private static PyObject TimerTuple(PyThreadState ts, PosixNative.ITimerVal v) =>
        Ops<TSync>.NewTuple(ts, [ts.Rt.NewFloat(v.Value.Sec + v.Value.Usec / 1e6), ts.Rt.NewFloat(v.Interval.Sec + v.Interval.Usec / 1e6)]);
}
