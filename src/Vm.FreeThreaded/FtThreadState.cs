// Per-thread state of the free-threaded backend, hung on PyThreadState.Backend.
//
// Fields and their guards:
//  * Status (ThreadStatus, Interlocked / Volatile): attached, detached, suspended by a
//    stop-the-world pause, or exited. Only the thread itself moves it between Attached and
//    Detached; a stop-the-world requester moves Detached -> Suspended and back (StopTheWorld.cs).
//  * The critical-section stack (Sections, SectionCount): touched only by the owning thread,
//    so plain fields (CriticalSections.cs). DetachEpoch: written by the thread (Volatile) in
//    each Detach after its sections are suspended; read by others (the owner-section handshake).
//    InHostCode: the same readers, the same writer (HostCode.cs).
//  * The biased-refcount merge queue (MergeQueue, MergeSpare, MergeClosed): guarded by the
//    MergeLock monitor, because other threads push objects whose shared count went negative
//    (BiasedRefCount.cs). The owner drains it at its eval-breaker checks.
// The lead's runtime creates one per thread from PyRuntime.OnThreadCreated via Create(ts).
using Vm.Objects;
using Vm.Runtime;

namespace Vm.FreeThreaded;

/// <summary>Values of <see cref="FtThreadState.Status"/>.</summary>
public static class ThreadStatus
{
    /// <summary>Not running Python code (new, blocked, or between Detach and Attach).</summary>
    public const int Detached = 0;
    /// <summary>Running Python code: may touch objects, must honour the eval breaker.</summary>
    public const int Attached = 1;
    /// <summary>Detached and held by a stop-the-world pause: Attach waits until the world restarts.</summary>
    public const int Suspended = 2;
    /// <summary>The thread has gone (OnThreadExit ran).</summary>
    public const int Exited = 3;
}

/// <summary>One entry of a thread's critical-section stack.</summary>
internal struct CsEntry
{
    /// <summary>The (first) object whose mutex this section holds; null while it is being acquired or re-acquired.</summary>
    public PyObject? M1;
    /// <summary>The second object of a two-object section, or null.</summary>
    public PyObject? M2;
    /// <summary>Re-entrant Lock calls on an object this section already holds (CPython skips those).</summary>
    public int Nested;
    /// <summary>Its mutexes were released because the thread detached; re-taken when it is the top again.</summary>
    public bool Suspended;
    /// <summary>Holds no mutex bit: elided, or an owner section (CriticalSections.cs, "OWNER SECTIONS").
    /// Decided again whenever a suspended section resumes.</summary>
    public bool NoMutex;
}

public sealed class FtThreadState : ThreadBackendState
{
    /// <summary>The interpreter thread state this belongs to.</summary>
    public readonly PyThreadState Thread;
    /// <summary>The runtime's free-threaded state.</summary>
    public readonly FtRuntimeState RuntimeState;

    /// <summary><see cref="ThreadStatus"/> value (Interlocked / Volatile).</summary>
    internal int Status = ThreadStatus.Detached;

    // ---- critical-section stack (owner thread only) ----
    internal CsEntry[] Sections = new CsEntry[8];
    internal int SectionCount;
    /// <summary>
    /// True while this thread's critical sections take no mutexes (the runtime's only thread;
    /// CriticalSections.cs, "ELISION"). Read by the thread itself; turned false only by the
    /// conversion pause while this thread is parked or detached, true again only by the thread
    /// itself under its own pause once it is the only live thread (CriticalSections.ResumeElision).
    /// </summary>
    internal bool Elide;
    /// <summary>FtRuntimeState.OwnerSectionsEnabled, beside the stack the sections already load.</summary>
    internal readonly bool OwnerSections;
    /// <summary>Inside CriticalSections.EndElision or ResumeElision (their pause may re-enter Attach).</summary>
    internal bool EndingElision;
    /// <summary>
    /// Detaches so far (written by the thread, after it suspended its sections; read by a thread that waits
    /// for it to pass one: CriticalSections.cs, "OWNER SECTIONS").
    /// </summary>
    internal int DetachEpoch;
    /// <summary>
    /// Non-zero while the thread runs host code, its sections suspended (HostCode.cs); 1 (published): revokers
    /// need not wait for it. Written by the thread (Interlocked.Exchange), read by revokers (CriticalSections.WaitForDetach).
    /// </summary>
    internal int InHostCode;

    // ---- biased-refcount merge queue (guarded by MergeLock) ----
    internal readonly object MergeLock = new();
    internal List<PyObject> MergeQueue = new();
    internal List<PyObject>? MergeSpare;
    /// <summary>Set (under MergeLock) once the thread has drained its queue for the last time.</summary>
    internal bool MergeClosed;

    /// <summary>
    /// This thread's share of the counts of deferred objects, by registry index (DeferredRefCount.cs).
    /// Written by the owner thread only; read and cleared by a stop-the-world requester.
    /// </summary>
    internal int[] DeferredDeltas = [];

    // ---- dead containers' storage (Qsbr.cs) ----
    /// <summary>The QSBR sequence this thread saw at its last quiescent report (written by it, Volatile; read by others).</summary>
    internal long QsbrObserved;
    /// <summary>This thread's dead containers waiting for their storage's grace period (owner thread only).</summary>
    internal QsbrPending? QsbrQueue;
    /// <summary>Dead containers whose storage was pooled, kept (refused at release), dropped from a full queue (owner thread only).</summary>
    public long QsbrReleased, QsbrRefused, QsbrDropped;

    /// <summary>Contention counters (FtStats.cs); null unless PYVM_FTSTATS is set. Owner thread only.</summary>
    internal FtThreadStats? Stats;

    /// <summary>This thread's counters, or null when counting is off.</summary>
    public FtThreadStats? Counters => Stats;

    private FtThreadState(PyThreadState ts, FtRuntimeState rs)
    {
        Thread = ts;
        RuntimeState = rs;
        OwnerSections = rs.OwnerSectionsEnabled;
    }

    /// <summary>
    /// Creates the free-threaded state of <paramref name="ts"/> and stores it in ts.Backend. Call from
    /// PyRuntime.OnThreadCreated; ts.Rt.BackendState must already be an <see cref="FtRuntimeState"/>.
    /// The thread starts detached: call FreeThreadedSync.Attach before it runs Python code.
    /// </summary>
    public static FtThreadState Create(PyThreadState ts)
    {
        ArgumentNullException.ThrowIfNull(ts);
        if (ts.Rt.BackendState is not FtRuntimeState rs)
            throw new InvalidOperationException("the runtime's BackendState must be an FtRuntimeState before threads are created");
        var state = new FtThreadState(ts, rs);
        Interlocked.Increment(ref rs.LiveThreads);
        if (Interlocked.Increment(ref rs.ThreadsCreated) == 1 && rs.ElisionEnabled)
        {
            state.Elide = true;
            Volatile.Write(ref rs.Eliding, 1);
        }
        if (FtStats.Enabled) state.Stats = FtStats.NewThread(ts, rs);
        Qsbr.Register(state);
        ts.Backend = state;
        return state;
    }

    /// <summary>The current <see cref="ThreadStatus"/>.</summary>
    public int CurrentStatus => Volatile.Read(ref Status);

    /// <summary>True while this thread's critical sections take no mutexes.</summary>
    public bool ElidesLocks => Elide;

    /// <summary>Number of entries on the critical-section stack.</summary>
    public int CriticalSectionDepth => SectionCount;

    /// <summary>Number of objects waiting in the merge queue (diagnostics and tests).</summary>
    public int PendingMerges
    {
        get
        {
            lock (MergeLock) return MergeQueue.Count;
        }
    }
}
