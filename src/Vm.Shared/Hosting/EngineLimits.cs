// The state behind EngineOptions' limits: one RunState per limited host call, per-thread
// counters, a wait seam that wakes stopped threads, and the instruction estimate.
//
// Concurrency: RunState.Reason is set once (CompareExchange) by whoever stops the call; the
// totals are Interlocked sums of per-thread counts, flushed in batches so threads of the
// free-threaded backend do not contend on them at every check. ThreadCounters belong to one
// thread state and are touched only by the thread running it (and by Begin for Main, whose
// runner is that same thread).
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Hosting;

internal sealed class RunState
{
    public const string Cancelled = "Cancelled";
    public const string Disposed = "Disposed";

    public readonly TimeSpan? Timeout;
    public readonly long? MaxMemory;
    public readonly long? MaxInstructions;
    /// <summary>Why the call was stopped (a limit's name or <see cref="Cancelled"/>), or null.</summary>
    public string? Reason;
    public long Instructions;
    public long Allocated;
    public Watchdog.Entry? Timer;
    public CancellationTokenRegistration Registration;

    public RunState(TimeSpan? timeout, long? maxMemory, long? maxInstructions)
    {
        Timeout = timeout;
        MaxMemory = maxMemory;
        MaxInstructions = maxInstructions;
    }

    /// <summary>Limits that need the eval-breaker hook on every check (the others need it only to stop).</summary>
    public bool NeedsHook => MaxMemory != null || MaxInstructions != null;
}

/// <summary>PyThreadState.HostData of a thread the engine has seen at a check.</summary>
internal sealed class ThreadCounters
{
    /// <summary>Instructions counted locally before they are added to the call's total.</summary>
    public const long FlushEvery = 1024;
    /// <summary>Bytes counted locally before they are added to the call's total.</summary>
    public const long FlushBytesEvery = 256 * 1024;

    public RunState? Run;
    public long AllocatedBase;
    public long PendingInstructions;
    public long PendingBytes;
    /// <summary>Survived a stop (blocked in host code): stops at its next check.</summary>
    public bool Doomed;

    /// <summary>First check of this thread in a run: counting starts here.</summary>
    public void StartRun(RunState run)
    {
        Run = run;
        AllocatedBase = GC.GetAllocatedBytesForCurrentThread();
        PendingInstructions = 0;
        PendingBytes = 0;
    }
}

/// <summary>
/// Estimates the instructions executed since the previous check of a frame. A check after a
/// call instruction charges 1 (the callee's own checks count its work); a check at a backward
/// jump charges the length of the loop body it closes, precomputed once per code object.
/// </summary>
internal static class InstructionEstimator
{
    private static readonly ConditionalWeakTable<PyCode, Dictionary<int, int>> s_loopLengths = new();

    public static long Charge(Frame? f)
    {
        if (f == null) return 1;
        var code = f.Code.Code;
        int ip = f.Ip;
        if (ip > 0 && ip <= code.Length && IsCall((Opcode)(code[ip - 1] & 0xFF))) return 1;
        var lengths = s_loopLengths.GetValue(f.Code, LoopLengths);
        return lengths.TryGetValue(ip, out int n) ? n : 1;
    }

    private static bool IsCall(Opcode op) =>
        op is Opcode.CALL or Opcode.CALL_KW or Opcode.CALL_METHOD or Opcode.CALL_METHOD_KW or Opcode.CALL_EX;

    private static Dictionary<int, int> LoopLengths(PyCode c)
    {
        var d = new Dictionary<int, int>();
        var code = c.Code;
        for (int p = 0; p < code.Length; p++)
        {
            if ((Opcode)(code[p] & 0xFF) != Opcode.JUMP_ABSOLUTE) continue;
            int target = code[p] >>> 8;
            if (target > p) continue;
            int len = p - target + 1;
            if (!d.TryGetValue(target, out int old) || len > old) d[target] = len;
        }
        return d;
    }
}

/// <summary>
/// Wraps the runtime's wait seam: every timed wait of a Python thread (sleep, lock acquire,
/// join, queue get) registers its monitor, so a stop can pulse it; a waiter that wakes (or
/// arrives) while its call is being stopped raises the stop signal instead of waiting on.
/// Registration happens while the waiter holds the monitor, and the stopper pulses only after
/// taking it, so a pulse cannot fall between the waiter's check and its wait.
/// </summary>
internal sealed class StoppableWaitSeam : IWaitSeam
{
    private readonly IWaitSeam _inner;
    private readonly EngineCore _engine;
    private readonly ConcurrentDictionary<object, int> _waiting = new(ReferenceEqualityComparer.Instance);

    private readonly Func<object, bool>? _isRuntimeMonitor;

    public StoppableWaitSeam(IWaitSeam inner, EngineCore engine, Func<object, bool>? isRuntimeMonitor)
    {
        _inner = inner;
        _engine = engine;
        _isRuntimeMonitor = isRuntimeMonitor;
    }

    public bool Wait(object monitor, int timeoutMs)
    {
        if (_isRuntimeMonitor != null && _isRuntimeMonitor(monitor)) return _inner.Wait(monitor, timeoutMs);
        _waiting.AddOrUpdate(monitor, 1, static (_, n) => n + 1);
        try
        {
            ThrowIfStopping();
            bool signalled = _inner.Wait(monitor, timeoutMs);
            ThrowIfStopping();
            return signalled;
        }
        finally
        {
            while (true)
            {
                int n = _waiting.TryGetValue(monitor, out var v) ? v : 0;
                if (n <= 1)
                {
                    if (_waiting.TryRemove(new KeyValuePair<object, int>(monitor, n))) break;
                }
                else if (_waiting.TryUpdate(monitor, n - 1, n)) break;
            }
        }
    }

    private void ThrowIfStopping()
    {
        if (_engine.CurrentRun?.Reason is string reason) throw EngineCore.StopSignal(_engine.Rt, reason);
    }

    /// <summary>Pulses every monitor a Python thread waits on (they re-check and raise).</summary>
    public void WakeAll()
    {
        foreach (var m in _waiting.Keys)
        {
            if (!Monitor.TryEnter(m, 200)) continue;
            try { Monitor.PulseAll(m); }
            finally { Monitor.Exit(m); }
        }
    }
}
