// One interpreter instance: its types, modules, threads and settings. There is no mutable static
// state anywhere in the VM; several runtimes (of either backend) can live in one process.
using System.Collections.Concurrent;
using Vm.Concurrency;

namespace Vm.Runtime;

/// <summary>Backend-specific per-runtime state (the GIL object, or the free-threaded machinery).</summary>
public abstract class RuntimeBackendState { }

public abstract partial class PyRuntime
{
    /// <summary>The GIL object or the free-threaded runtime state; set by the backend.</summary>
    public RuntimeBackendState? BackendState;

    /// <summary>All live thread states by id.</summary>
    public readonly ConcurrentDictionary<int, PyThreadState> Threads = new();

    /// <summary>Set once something exists whose release at exit is observable: a class with
    /// __del__, a generator (closing it runs its finally blocks) or a weak reference with a
    /// callback. Without it exit finalisation (ModuleFinalization.cs) is skipped: it would change
    /// nothing a program can see, and costs `-c pass` about 12 ms.</summary>
    public bool ExitFinalizationNeeded;

    /// <summary>The seam every timed wait goes through (swapped by the Coyote tests).</summary>
    public IWaitSeam WaitSeam = new MonitorWaitSeam();

    /// <summary>
    /// Per-runtime state of a test harness (the Coyote suite's checking sync policy keeps its lock
    /// records here, so that it needs no static state). Never read or written by the VM.
    /// </summary>
    public object? TestState;

    private int _nextThreadId;

    /// <summary>Thread ids are process-unique so objects shared by two runtimes never alias owners.</summary>
    protected int AllocateThreadId() => Interlocked.Increment(ref _nextThreadId) + (RuntimeSerial << 20);

    /// <summary>A per-runtime serial spreading thread ids of different runtimes apart.</summary>
    protected int RuntimeSerial;

    /// <summary>"gil" or "free-threaded".</summary>
    public abstract string BackendName { get; }

    /// <summary>Creates and registers the state of a new thread (not yet attached).</summary>
    public virtual PyThreadState NewThreadState()
    {
        var ts = new PyThreadState(this, AllocateThreadId());
        Threads[ts.Id] = ts;
        OnThreadCreated(ts);
        ThreadStateCreated?.Invoke(ts);
        return ts;
    }

    /// <summary>Unregisters a thread state after its thread has finished running Python code.</summary>
    public virtual void DeleteThreadState(PyThreadState ts)
    {
        OnThreadExiting(ts);
        Gc.AdoptCandidates(ts);
        Threads.TryRemove(ts.Id, out _);
    }

    /// <summary>Backend hook: set up ts.Backend.</summary>
    protected abstract void OnThreadCreated(PyThreadState ts);

    /// <summary>Backend hook: a thread is going away (merge its queue, give objects away).</summary>
    protected abstract void OnThreadExiting(PyThreadState ts);

    /// <summary>Parks every other thread of this runtime until <see cref="StartTheWorld"/> (free-threaded backend; a no-op under the GIL).</summary>
    public virtual void StopTheWorld(PyThreadState ts) { }
    public virtual void StartTheWorld(PyThreadState ts) { }
}
