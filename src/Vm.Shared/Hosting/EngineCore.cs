// The backend-independent half of an engine: who may run code when, and how a call is stopped.
//
// Design notes (concurrency):
//  * _gate (a Monitor) serialises host calls: one host thread at a time runs code on the
//    engine's main thread state `Main`. Between calls Main is detached (GIL released), so the
//    Python threads a script started keep running. A host function called from Python may call
//    back into the engine on the same host thread (the Monitor is re-entrant; _depth counts).
//  * _run is the limits state of the outermost call in progress, or null. It is written only by
//    the thread holding _gate (Begin/End) and read by every Python thread at its eval-breaker
//    checks (HostHook) and waits (StoppableWaitSeam); a stale read only delays a check.
//  * Stopping (limit, timeout, cancellation) is one CompareExchange on RunState.Reason, then the
//    EvalBreakerBits.HostHook bit on every thread state and a pulse of every monitor a Python
//    thread waits on; each thread then raises SystemExit at its next check or wait, which ends
//    threads silently and unwinds the main frame to Run, which turns it into the host's exception.
//  * Each thread adds its counts to the call's totals in batches (ThreadCounters.Flush*), so
//    threads of the free-threaded backend do not contend on one cache line at every check; a
//    total may lag by one batch per thread.
//  * Zero cost without limits: the HostHook bit is set only while a call with MaxMemoryBytes or
//    MaxInstructions runs, or once a stop was requested; the eval loop reaches the hook only from
//    its eval-breaker slow path.
using Vm.Objects;
using Vm.Runtime;
using Vm.Text;

namespace Vm.Hosting;

internal abstract class EngineCore : IDisposable
{
    public readonly PyRuntime Rt;
    public readonly EngineOptions Options;
    public readonly Backend Backend;
    /// <summary>The thread state host calls run on.</summary>
    protected readonly PyThreadState Main;
    private readonly object _gate = new();
    private int _depth;
    private bool _disposed;
    private volatile RunState? _run;
    private readonly StoppableWaitSeam _seam;
    /// <summary>How long a stopped call waits for the script's threads to finish.</summary>
    private static readonly TimeSpan s_threadExitGrace = TimeSpan.FromSeconds(5);

    protected EngineCore(Backend backend, PyRuntime rt, EngineOptions options, Func<object, bool>? isRuntimeMonitor)
    {
        Backend = backend;
        Rt = rt;
        Options = options;
        Main = rt.MainThread;
        _seam = new StoppableWaitSeam(rt.WaitSeam, this, isRuntimeMonitor);
        rt.WaitSeam = _seam;
        rt.HostHook = OnHostHook;
        rt.ThreadStateCreated = OnThreadStateCreated;
        if (options.MaxRecursionDepth is int depth) rt.RecursionLimit = depth;
    }

    public static RuntimeOptions RuntimeOptionsOf(EngineOptions o) => new()
    {
        Stdout = o.Stdout,
        Stderr = o.Stderr,
        Stdin = o.Stdin ?? new StringReader(""),
        SearchPath = o.SearchPaths.ToList(),
    };

    /// <summary>The active call's limits (null between calls).</summary>
    internal RunState? CurrentRun => _run;

    /// <summary>Python threads of this engine other than the host's.</summary>
    public int ScriptThreadCount => Rt.Threads.Count - 1;

    // ------------------------------------------------------------------ running host calls

    /// <summary>
    /// Runs body on Main, attached, under the gate. limited: the call counts against the
    /// options' limits and the token. Python errors become PythonException, stops the
    /// limit's exception.
    /// </summary>
    public T Run<T>(Func<PyThreadState, T> body, bool limited, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, typeof(PythonEngine));
        ct.ThrowIfCancellationRequested();
        if (ReferenceEquals(t_hostCallEngine, this))
        {
            if (t_hostCallDetached) throw new InvalidOperationException("A host function that releases the GIL cannot call back into the engine.");
            if (!ReferenceEquals(t_hostCallThread, Main))
                throw new InvalidOperationException("A host function called on a thread the script started cannot call back into the engine.");
        }
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, typeof(PythonEngine));
            if (_depth > 0) return RunNested(body);
            _depth = 1;
            var ident = Main.Ident;
            Main.Ident = Environment.CurrentManagedThreadId;
            Rt.Attach(Main);
            RunState? run = limited ? Begin(ct) : null;
            Exception? failure = null;
            T result = default!;
            try
            {
                result = body(Main);
            }
            catch (PyException e)
            {
                failure = run?.Reason != null ? null : ToHostException(Main, e.Value);
            }
            catch (SyntaxErrorException se)
            {
                failure = new PythonException(se.Kind, se.Msg, ScriptRunner.FormatSyntaxError(se));
            }
            finally
            {
                // Detach first: on the GIL backend the script's threads need the GIL to reach
                // the check where they stop.
                Rt.Detach(Main);
                if (run != null) End(run);
                Main.Ident = ident;
                _depth = 0;
            }
            if (run?.Reason is string reason) throw StopException(reason, run, ct);
            if (failure != null) throw failure;
            return result;
        }
    }

    private T RunNested<T>(Func<PyThreadState, T> body)
    {
        // A host function called back into the engine: Main is attached on this thread, in host code
        // (TSync.EnterHostCode), which it leaves while the callback runs Python code.
        _depth++;
        bool fromHostCode = LeaveHostCode(Main);
        try
        {
            return body(Main);
        }
        catch (PyException e)
        {
            if (_run?.Reason != null) throw; // let the stop unwind to the outermost call
            throw ToHostException(Main, e.Value);
        }
        catch (SyntaxErrorException se)
        {
            throw new PythonException(se.Kind, se.Msg, ScriptRunner.FormatSyntaxError(se));
        }
        finally
        {
            if (fromHostCode) EnterHostCode(Main);
            _depth--;
        }
    }

    /// <summary>TSync.LeaveHostCode / EnterHostCode of the engine's sync policy.</summary>
    protected abstract bool LeaveHostCode(PyThreadState ts);
    protected abstract void EnterHostCode(PyThreadState ts);

    // The host function running on this OS thread (set by HostValues around the call): which
    // engine, which Python thread called it, and whether it released the GIL.
    [ThreadStatic] private static EngineCore? t_hostCallEngine;
    [ThreadStatic] private static PyThreadState? t_hostCallThread;
    [ThreadStatic] private static bool t_hostCallDetached;

    /// <summary>Runs a host function's .NET code, recording the call for re-entrancy checks.</summary>
    internal object? InvokeHostCode(PyThreadState ts, Delegate fn, object?[] args, bool detached)
    {
        var (engine, thread, wasDetached) = (t_hostCallEngine, t_hostCallThread, t_hostCallDetached);
        (t_hostCallEngine, t_hostCallThread, t_hostCallDetached) = (this, ts, detached);
        try
        {
            return fn.DynamicInvoke(args);
        }
        finally
        {
            (t_hostCallEngine, t_hostCallThread, t_hostCallDetached) = (engine, thread, wasDetached);
        }
    }

    private static Exception StopException(string reason, RunState run, CancellationToken ct) => reason switch
    {
        RunState.Cancelled => new OperationCanceledException("The script was cancelled by the host.", ct),
        RunState.Disposed => new ObjectDisposedException(nameof(PythonEngine), "The engine was disposed while the script ran."),
        "Timeout" => new LimitExceededException("Timeout", $"The script ran longer than its Timeout of {run.Timeout?.TotalMilliseconds} ms and was stopped."),
        "MaxMemoryBytes" => new LimitExceededException("MaxMemoryBytes", $"The script allocated more than its MaxMemoryBytes of {run.MaxMemory} bytes and was stopped."),
        "MaxInstructions" => new LimitExceededException("MaxInstructions", $"The script executed more than its MaxInstructions of {run.MaxInstructions} instructions and was stopped."),
        _ => new LimitExceededException(reason, $"The script exceeded its {reason} limit and was stopped."),
    };

    public abstract void Execute(string source, string fileName, CancellationToken ct);
    public abstract object? Evaluate(string expression, Type? target, CancellationToken ct);
    public abstract object? CallGlobal(string name, object?[] args, Type? target, CancellationToken ct);
    public abstract object? CallHandle(PythonObject handle, object?[] args, Type? target, CancellationToken ct);
    public abstract object? GetGlobal(string name, Type? target, out bool found);
    public abstract void SetGlobal(string name, object? value);
    public abstract bool RemoveGlobal(string name);
    public abstract IReadOnlyList<string> GlobalNames();
    public abstract void Release(PythonObject h);
    public abstract string Repr(PythonObject h);

    /// <summary>A Python exception as the host sees it (attached).</summary>
    protected abstract Exception ToHostException(PyThreadState ts, PyBaseException e);

    // ------------------------------------------------------------------ limits

    private RunState Begin(CancellationToken ct)
    {
        var o = Options;
        var run = new RunState(o.Timeout, o.MaxMemoryBytes, o.MaxInstructions);
        _run = run;
        if (run.NeedsHook)
        {
            Counters(Main).StartRun(run);
            foreach (var ts in Rt.Threads.Values) ts.SetEvalBreakerBit(EvalBreakerBits.HostHook);
        }
        if (o.Timeout is TimeSpan t)
        {
            run.Timer = Watchdog.Schedule(t, () => Stop(run, "Timeout"));
        }
        if (ct.CanBeCanceled) run.Registration = ct.Register(() => Stop(run, RunState.Cancelled));
        return run;
    }

    /// <summary>Stops every Python thread of the engine (first reason wins).</summary>
    internal void Stop(RunState run, string reason)
    {
        if (Interlocked.CompareExchange(ref run.Reason, reason, null) != null) return;
        foreach (var ts in Rt.Threads.Values) ts.SetEvalBreakerBit(EvalBreakerBits.HostHook);
        _seam.WakeAll();
    }

    /// <summary>Called with Main detached: waits for a stopped script's threads, then clears the run.</summary>
    private void End(RunState run)
    {
        run.Timer?.Dispose();
        run.Registration.Dispose();
        if (run.Reason != null)
        {
            var deadline = DateTime.UtcNow + s_threadExitGrace;
            while (Rt.Threads.Count > 1 && DateTime.UtcNow < deadline) Thread.Sleep(1);
            // Threads still alive (blocked in a host function) stay doomed: they stop at their next check.
            foreach (var ts in Rt.Threads.Values)
                if (!ReferenceEquals(ts, Main)) Counters(ts).Doomed = true;
        }
        _run = null;
        foreach (var ts in Rt.Threads.Values)
            if (!(ts.HostData is ThreadCounters { Doomed: true })) ts.ClearEvalBreakerBit(EvalBreakerBits.HostHook);
    }

    private static ThreadCounters Counters(PyThreadState ts)
    {
        if (ts.HostData is ThreadCounters c) return c;
        c = new ThreadCounters();
        ts.HostData = c;
        return c;
    }

    private void OnThreadStateCreated(PyThreadState ts)
    {
        var run = _run;
        if (run != null && (run.NeedsHook || run.Reason != null)) ts.SetEvalBreakerBit(EvalBreakerBits.HostHook);
    }

    /// <summary>The eval loop's hook (EvalBreakerBits.HostHook set on ts): account, and stop when told.</summary>
    private void OnHostHook(PyThreadState ts)
    {
        var c = Counters(ts);
        if (c.Doomed) throw StopSignal(ts.Rt, "stopped by the host");
        var run = _run;
        if (run == null)
        {
            ts.ClearEvalBreakerBit(EvalBreakerBits.HostHook);
            if (_run != null) ts.SetEvalBreakerBit(EvalBreakerBits.HostHook); // a run began meanwhile
            return;
        }
        if (run.Reason is string reason) throw StopSignal(ts.Rt, reason);
        if (!ReferenceEquals(c.Run, run)) c.StartRun(run);
        if (run.MaxInstructions is long maxInstr)
        {
            c.PendingInstructions += InstructionEstimator.Charge(ts.Frame);
            if (c.PendingInstructions >= ThreadCounters.FlushEvery)
            {
                long total = Interlocked.Add(ref run.Instructions, c.PendingInstructions);
                c.PendingInstructions = 0;
                if (total > maxInstr) StopHere(ts, run, "MaxInstructions");
            }
        }
        if (run.MaxMemory is long maxMem)
        {
            long now = GC.GetAllocatedBytesForCurrentThread();
            c.PendingBytes += now - c.AllocatedBase;
            c.AllocatedBase = now;
            if (c.PendingBytes >= ThreadCounters.FlushBytesEvery)
            {
                long total = Interlocked.Add(ref run.Allocated, c.PendingBytes);
                c.PendingBytes = 0;
                if (total > maxMem) StopHere(ts, run, "MaxMemoryBytes");
            }
        }
    }

    private void StopHere(PyThreadState ts, RunState run, string reason)
    {
        Stop(run, reason);
        throw StopSignal(ts.Rt, run.Reason ?? reason);
    }

    /// <summary>What a stopped thread raises: SystemExit ends threads silently and is not caught by `except Exception`.</summary>
    internal static PyException StopSignal(PyRuntime rt, string reason) =>
        new(rt.NewException(rt.ExceptionTypes["SystemExit"], "script stopped by the host: " + reason));

    // ------------------------------------------------------------------ lifetime

    /// <summary>Stops the script's threads and makes the engine unusable.</summary>
    public void Dispose()
    {
        // A call in progress is stopped first (it ends with ObjectDisposedException).
        if (_run is RunState running) Stop(running, RunState.Disposed);
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            if (Rt.Threads.Count > 1)
            {
                var run = new RunState(null, null, null);
                _run = run;
                Stop(run, RunState.Disposed);
                var deadline = DateTime.UtcNow + s_threadExitGrace;
                while (Rt.Threads.Count > 1 && DateTime.UtcNow < deadline) Thread.Sleep(1);
            }
            Rt.ReleaseSignalRegistrations();
        }
    }
}
