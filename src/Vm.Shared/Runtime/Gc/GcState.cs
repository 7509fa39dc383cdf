// Per-runtime state of the cycle collector (CycleCollector.cs): the gc module's settings and
// statistics, and the candidates of threads that have exited.
//
// Threads: Enabled, thresholds and Debug are plain fields read racily by the allocation-side
// trigger (a stale read only moves a collection by one check). Statistics are written by the
// collecting thread only (one collection at a time: Collecting is taken by CAS). Orphans is
// guarded by its own lock.
using Vm.Objects;

namespace Vm.Runtime.Gc;

public sealed class GcState
{
    public volatile bool Enabled = true;
    /// <summary>gc.set_threshold values; Threshold0 is the candidate count that schedules a collection.</summary>
    public long Threshold0 = 2000, Threshold1 = 10, Threshold2 = 0;
    public int Debug;
    /// <summary>Young objects (GcCandidates.cs, "When to collect") counted since the last
    /// collection; threads add their counts in batches (Interlocked).</summary>
    internal long Young;
    /// <summary>Objects the last collection traversed and kept alive.</summary>
    internal long LongLived;

    /// <summary>CPython 3.13's gc_should_collect: threshold 0 exceeded, and the young objects at
    /// least a quarter of the long-lived ones (amortises a collection's cost over the young).</summary>
    public bool ShouldCollect(long young)
    {
        long t0 = Threshold0;
        return Enabled && t0 > 0 && young > t0 && (young > LongLived / 4 || Threshold1 == 0);
    }

    /// <summary>gc.get_count()[0]: the young count, including the threads' unflushed parts.</summary>
    public long YoungCount(PyRuntime rt)
    {
        long n = Volatile.Read(ref Young);
        foreach (var t in rt.Threads.Values) n += t.GcYoungLocal;
        return Math.Max(0, n);
    }

    /// <summary>1 while a collection runs (CAS 0 -> 1): one at a time, and none from inside one.</summary>
    internal int Collecting;
    public long Collections, Collected, Uncollectable;
    /// <summary>gc.garbage and gc.callbacks (set by the gc module; null before it is imported).</summary>
    public PyList? Garbage, Callbacks;

    private readonly object _orphansLock = new();
    private List<PyObject>? _orphans;

    /// <summary>DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.</summary>
    public const int DebugSaveAll = 32;

    /// <summary>A thread is going away: its buffered candidates wait here for the next collection.</summary>
    public void AdoptCandidates(PyThreadState ts)
    {
        Interlocked.Add(ref Young, ts.GcYoungLocal);
        ts.GcYoungLocal = 0;
        var buf = Interlocked.Exchange(ref ts.GcCandidates, null);
        if (buf == null || buf.Count == 0) return;
        lock (_orphansLock) (_orphans ??= new()).AddRange(buf);
    }

    internal List<PyObject>? TakeOrphans()
    {
        lock (_orphansLock)
        {
            var o = _orphans;
            _orphans = null;
            return o;
        }
    }
}
