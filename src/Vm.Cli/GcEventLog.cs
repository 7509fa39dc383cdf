// PYVM_GCTRACE=1: one line per .NET garbage collection on stderr (generation, reason, pause, what
// survived and the generation sizes after it), read in-process from the runtime's own GC events.
// For tuning the GC settings (DESIGN.md, "Allocation and the .NET GC decide scaling"): it shows
// why a collection was of generation 1 or 2 and how much each one promoted, which the totals of
// PYVM_GCSTATS cannot.
using System.Diagnostics.Tracing;

namespace Vm.Cli;

internal sealed class GcEventLog : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly TextWriter _out;
    private long _startTicks;
    private string _start = "";

    private GcEventLog(TextWriter output) => _out = output;

    /// <summary>Starts logging when PYVM_GCTRACE=1; the listener lives for the process.</summary>
    public static void StartIfRequested()
    {
        if (Environment.GetEnvironmentVariable("PYVM_GCTRACE") is "1") s_instance = new GcEventLog(Console.Error);
    }

    private static GcEventLog? s_instance;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        switch (e.EventName)
        {
            case "GCStart_V2":
                _startTicks = e.TimeStamp.Ticks;
                _start = $"gc #{Field(e, "Count")} gen{Field(e, "Depth")} reason={Field(e, "Reason")}";
                break;
            case "GCHeapStats_V2":
                _out.WriteLine($"{_start} promoted0={Kb(e, "TotalPromotedSize0")} promoted1={Kb(e, "TotalPromotedSize1")} " +
                               $"gen0={Kb(e, "GenerationSize0")} gen1={Kb(e, "GenerationSize1")} gen2={Kb(e, "GenerationSize2")} " +
                               $"loh={Kb(e, "GenerationSize3")} pinned={Field(e, "PinnedObjectCount")} handles={Field(e, "GCHandleCount")}");
                break;
            case "GCEnd_V1":
                _out.WriteLine($"{_start} end after {(e.TimeStamp.Ticks - _startTicks) / 10_000.0:F2} ms");
                break;
        }
    }

    private static string Field(EventWrittenEventArgs e, string name)
    {
        int i = e.PayloadNames?.IndexOf(name) ?? -1;
        return i >= 0 ? Convert.ToString(e.Payload![i]) ?? "" : "?";
    }

    private static string Kb(EventWrittenEventArgs e, string name)
    {
        int i = e.PayloadNames?.IndexOf(name) ?? -1;
        return i >= 0 ? (Convert.ToInt64(e.Payload![i]) / 1024) + "K" : "?";
    }
}
