// PYVM_GCTRACE=1: where the stop-the-world time of the .NET GC goes, printed on stderr at exit
// (for choosing the GC settings: DESIGN.md, "Allocation and the .NET GC decide scaling").
// GC.GetTotalPauseDuration gives one figure; the runtime's own GC events split every pause into
// suspending the threads (waiting for each to reach a safe point: on a loaded machine, for a
// descheduled thread to run again), the collection itself, and restarting the threads, per
// generation. The events arrive through an in-process EventListener on the runtime's dispatch
// thread, after the fact, with the timestamps taken when they were raised.
//
// Threading: OnEventWritten runs on the listener's dispatch thread only (one at a time), and
// Report reads the totals after Dispose has stopped the dispatch; the lock covers the hand-over.
using System.Diagnostics.Tracing;

namespace Vm.Cli;

internal sealed class GcTrace : EventListener
{
    private static GcTrace? s_instance;

    private readonly object _lock = new();
    private DateTime _suspendBegin, _gcStart, _restartBegin;
    private int _depth;
    private readonly double[] _suspendMs = new double[3], _gcMs = new double[3], _restartMs = new double[3];
    private readonly double[] _maxPauseMs = new double[3];
    private readonly int[] _count = new int[3];
    private readonly long[] _promoted = new long[3];
    // (generation, reason) -> count: why the gen1/gen2 collections happened (GCStart's Reason: 0 small
    // allocation, 1 induced, 4 large allocation, 5 out of space, ...).
    private readonly Dictionary<(int, int), int> _reasons = new();
    // Inside a gen0/gen1 collection: time up to the end of each mark root kind (GCMarkWithType's Type: 0 stacks,
    // 1 finalization queue, 2 handles, 3 older generations' cards, 6 dependent handles, ...), measured from the
    // previous mark event (the first from GCStart), and from the last mark event to GCEnd (plan, relocate, compact).
    private readonly Dictionary<int, double> _markMs = new();
    private readonly Dictionary<int, long> _markBytes = new();
    private DateTime _phaseStart;
    private double _afterMarkMs;

    public static void StartIfRequested()
    {
        if (Environment.GetEnvironmentVariable("PYVM_GCTRACE") is "1") s_instance = new GcTrace();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        // Keyword 0x1: GC events (start/end, suspend/restart); Informational is their level.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        lock (_lock)
        {
            switch (e.EventId)
            {
                case 9: // GCSuspendEEBegin
                    _suspendBegin = e.TimeStamp;
                    break;
                case 8: // GCSuspendEEEnd
                    _gcStart = e.TimeStamp;
                    break;
                case 1: // GCStart: Count, Depth, Reason, Type
                    _depth = Math.Clamp(Convert.ToInt32(Payload(e, "Depth") ?? 0), 0, 2);
                    var key = (_depth, Convert.ToInt32(Payload(e, "Reason") ?? -1));
                    _reasons[key] = _reasons.GetValueOrDefault(key) + 1;
                    _phaseStart = e.TimeStamp;
                    break;
                case 202: // GCMarkWithType: HeapNum, Type, Bytes (raised when that kind of root is marked)
                    if (_phaseStart != default && _depth < 2)
                    {
                        int kind = Convert.ToInt32(Payload(e, "Type") ?? -1);
                        _markMs[kind] = _markMs.GetValueOrDefault(kind) + (e.TimeStamp - _phaseStart).TotalMilliseconds;
                        _markBytes[kind] = _markBytes.GetValueOrDefault(kind) + Convert.ToInt64(Payload(e, "Bytes") ?? 0L);
                        _phaseStart = e.TimeStamp;
                    }
                    break;
                case 2: // GCEnd
                    if (_phaseStart != default && _depth < 2) _afterMarkMs += (e.TimeStamp - _phaseStart).TotalMilliseconds;
                    _phaseStart = default;
                    break;
                case 4: // GCHeapStats (after each collection): bytes that survived it into gen1 (from gen0) and gen2
                    _promoted[_depth] += Convert.ToInt64(Payload(e, "TotalPromotedSize0") ?? 0L) + Convert.ToInt64(Payload(e, "TotalPromotedSize1") ?? 0L);
                    break;
                case 7: // GCRestartEEBegin
                    _restartBegin = e.TimeStamp;
                    break;
                case 3: // GCRestartEEEnd: the pause is over
                    if (_suspendBegin == default || _gcStart == default || _restartBegin == default) break;
                    int d = _depth;
                    _count[d]++;
                    _suspendMs[d] += (_gcStart - _suspendBegin).TotalMilliseconds;
                    _gcMs[d] += (_restartBegin - _gcStart).TotalMilliseconds;
                    _restartMs[d] += (e.TimeStamp - _restartBegin).TotalMilliseconds;
                    _maxPauseMs[d] = Math.Max(_maxPauseMs[d], (e.TimeStamp - _suspendBegin).TotalMilliseconds);
                    _suspendBegin = _gcStart = _restartBegin = default;
                    break;
            }
        }
    }

    private static object? Payload(EventWrittenEventArgs e, string name)
    {
        var names = e.PayloadNames;
        if (names is null || e.Payload is null) return null;
        int i = names.IndexOf(name);
        return i >= 0 ? e.Payload[i] : null;
    }

    private static string MarkKind(int kind) => kind switch
    {
        0 => "stacks", 1 => "finalize_queue", 2 => "handles", 3 => "older_gen", 4 => "sizedref", 5 => "overflow",
        6 => "dependent_handles", 7 => "new_finalize_queue", _ => "kind" + kind,
    };

    /// <summary>Stops listening and prints the totals (nothing when PYVM_GCTRACE is not 1).</summary>
    public static void Report(TextWriter err)
    {
        var t = s_instance;
        if (t is null) return;
        s_instance = null;
        t.Dispose();
        lock (t._lock)
        {
            for (int g = 0; g < 3; g++)
            {
                if (t._count[g] == 0) continue;
                err.WriteLine(
                    $"gctrace: gen{g} count={t._count[g]} suspend_ms={t._suspendMs[g]:F1} gc_ms={t._gcMs[g]:F1} " +
                    $"restart_ms={t._restartMs[g]:F1} mean_pause_ms={(t._suspendMs[g] + t._gcMs[g] + t._restartMs[g]) / t._count[g]:F2} " +
                    $"max_pause_ms={t._maxPauseMs[g]:F1} promoted_kb={t._promoted[g] / 1024}");
            }
            if (t._markMs.Count > 0)
                err.WriteLine("gctrace: gen0+1 mark_ms " + string.Join(" ", t._markMs.OrderBy(p => p.Key).Select(p => $"{MarkKind(p.Key)}={p.Value:F1}({t._markBytes[p.Key] / 1024}kb)")) + $" after_mark_ms={t._afterMarkMs:F1}");
            err.WriteLine("gctrace: reasons " + string.Join(" ", t._reasons.OrderBy(p => p.Key).Select(p => $"gen{p.Key.Item1}/reason{p.Key.Item2}={p.Value}")));
        }
    }
}
