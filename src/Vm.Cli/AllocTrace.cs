// PYVM_ALLOCTRACE=1: which .NET types the run allocates, printed on stderr at exit (for cutting bytes
// per operation: docs/allocation.md). The runtime raises GCAllocationTick about every 100 KB a thread
// allocates, naming the type of the object that crossed the mark; the count of ticks per type times
// the bytes between ticks estimates each type's share of the bytes (a sample: a type that makes up
// a few percent of a long run is reliable, one tick is noise).
//
// Threading: OnEventWritten runs on the listener's dispatch thread only, and Report reads the
// totals after Dispose has stopped the dispatch; the lock covers the hand-over.
using System.Diagnostics.Tracing;

namespace Vm.Cli;

internal sealed class AllocTrace : EventListener
{
    private static AllocTrace? s_instance;

    private readonly object _lock = new();
    private readonly Dictionary<string, long> _bytes = new();
    private long _total;

    public static void StartIfRequested()
    {
        if (Environment.GetEnvironmentVariable("PYVM_ALLOCTRACE") is "1") s_instance = new AllocTrace();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        // Keyword 0x1 (GC) at Verbose: GCAllocationTick is a verbose event.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventId != 10 || e.PayloadNames is not { } names || e.Payload is not { } payload) return; // GCAllocationTick
        int ti = names.IndexOf("TypeName"), ai = names.IndexOf("AllocationAmount64");
        if (ti < 0) return;
        long amount = ai >= 0 ? Convert.ToInt64(payload[ai]) : 100 * 1024;
        lock (_lock)
        {
            string type = payload[ti] as string ?? "?";
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            _total += amount;
        }
    }

    /// <summary>Stops listening and prints the types that took at least 1% of the sampled bytes.</summary>
    public static void Report(TextWriter err)
    {
        if (Interlocked.Exchange(ref s_instance, null) is not { } t) return;
        t.Dispose();
        lock (t._lock)
        {
            err.WriteLine($"alloctrace: sampled_kb={t._total / 1024}");
            foreach (var (type, bytes) in t._bytes.OrderByDescending(p => p.Value))
            {
                if (bytes * 100 < t._total) break;
                err.WriteLine($"alloctrace: {100.0 * bytes / t._total,5:F1}% {type}");
            }
        }
    }
}
