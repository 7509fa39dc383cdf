// What a scaling run measured, and the figures derived from it: medians, spreads, speedups
// (T × time(1) / time(T) for equal per-thread work) and single-thread ratios to the GIL backend.
using System.Runtime.InteropServices;

namespace Vm.Bench.Scaling;

/// <summary>All samples of one workload on one runner at one thread count.</summary>
public sealed class Cell(Workload workload, Runner runner, int threads)
{
    public Workload Workload { get; } = workload;
    public Runner Runner { get; } = runner;
    public int Threads { get; } = threads;
    public List<Sample> Samples { get; } = [];
    /// <summary>The machine's 1-minute load average when each run that measured this cell started.</summary>
    public List<double> LoadAverages { get; } = [];
    public double MedianLoad => Stats.Median([.. LoadAverages.Order()]);
    /// <summary>Interleaved runs (T &gt; 1): the speedup of every adjacent pair of kernels.</summary>
    public List<double> PairSpeedups { get; } = [];

    public double[] Times => [.. Samples.Where(s => s.Ok).Select(s => s.Seconds).Order()];
    public bool HasTime => Samples.Any(s => s.Ok);
    public string? Error => HasTime ? null : Samples.FirstOrDefault(s => !s.Ok)?.Error;
    public double Median => Stats.Median(Times);
    public double Min => HasTime ? Times[0] : double.NaN;
    public double Max => HasTime ? Times[^1] : double.NaN;

    /// <summary>Median over the samples of CPU time / wall time: the cores the kernel really got.</summary>
    public double CoresUsed
    {
        get
        {
            var v = Samples.Where(s => s.Ok && s.Seconds > 0 && !double.IsNaN(s.CpuSeconds)).Select(s => s.CpuSeconds / s.Seconds).Order().ToArray();
            return Stats.Median(v);
        }
    }

    /// <summary>Median of a GIL statistic over the samples that report it (GIL backend only).</summary>
    public long? GilStat(string key)
    {
        var values = Samples.Where(s => s.Ok && s.GilStats.ContainsKey(key)).Select(s => (double)s.GilStats[key]).Order().ToArray();
        return values.Length == 0 ? null : (long)Math.Round(Stats.Median(values));
    }
}

/// <summary>
/// Speedup at T threads: interleaved, the median and min–max of the adjacent pairs' ratios;
/// separate, from the medians, with the extreme combinations of time(1) and time(T) as its spread.
/// </summary>
public readonly record struct Speedup(double Median, double Low, double High);

public sealed class MachineInfo
{
    public int LogicalCores { get; init; } = Environment.ProcessorCount;
    public string Cpu { get; init; } = ReadCpuModel();
    public string Os { get; init; } = RuntimeInformation.OSDescription;
    public string DotNet { get; init; } = RuntimeInformation.FrameworkDescription;
    public string LoadAverage { get; init; } = ReadLoadAverage();

    private static string ReadCpuModel()
    {
        try
        {
            var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name")) : null;
            return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException) { return RuntimeInformation.ProcessArchitecture.ToString(); }
    }

    /// <summary>The 1-minute load average now (NaN where /proc/loadavg does not exist).</summary>
    public static double LoadNow()
    {
        try
        {
            return File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
        }
        catch (IOException) { return double.NaN; }
    }

    private static string ReadLoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException) { return "n/a"; }
    }
}

public sealed class ScalingResults
{
    public const string Formula = "speedup(T) = T × time(1) / time(T), the same per-thread work in each of T threads (or processes)";

    /// <summary>How a runner's speedups were measured, for the report header.</summary>
    public static string MethodOf(Runner r, ScalingOptions o) => r.Interleaves(o)
        ? $"interleaved: one process per workload and T, one warm-up, then kernels at 1, T, 1, T, ..., 1 threads ({o.Repetitions} at T, {o.Repetitions + 1} at 1); speedup = median of the {2 * o.Repetitions} adjacent pairs' ratios, spread = their min–max" + RestNote
        : $"separate: one process per kernel ({o.Repetitions} per thread count, interleaved with the other runners); speedup = from the medians, spread = the extreme combinations of time(1) and time(T)";

    /// <summary>_harness.py rests before each kernel under a real-time policy (its realtime_rest).</summary>
    private static string RestNote => RealTimeThreads.Active
        ? "; under SCHED_RR/FIFO each kernel follows a rest of one real-time period, so the kernel's real-time runtime limit (950 ms per 1 s on a CPU) does not stop a thread mid-kernel (docs/ft-scaling.md)"
        : "";

    public required ScalingOptions Options { get; init; }
    public required IReadOnlyList<Workload> Workloads { get; init; }
    public required IReadOnlyList<Runner> Runners { get; init; }
    public required MachineInfo Machine { get; init; }
    public required string PyvmGc { get; init; }
    public DateTimeOffset Started { get; init; } = DateTimeOffset.Now;
    public DateTimeOffset Finished { get; set; }
    public string LoadAverageAtEnd { get; set; } = "";
    /// <summary>Runners or workloads left out, each with the reason.</summary>
    public List<string> Notes { get; } = [];
    public Dictionary<(string Workload, string Runner, int Threads), Cell> Cells { get; } = [];

    public Cell CellFor(Workload w, Runner r, int t)
    {
        if (!Cells.TryGetValue((w.Name, r.Name, t), out var c)) Cells[(w.Name, r.Name, t)] = c = new Cell(w, r, t);
        return c;
    }

    public Cell? Find(string workload, string runner, int threads) => Cells.GetValueOrDefault((workload, runner, threads));

    public Speedup? SpeedupOf(string workload, string runner, int threads)
    {
        var one = Find(workload, runner, 1);
        var many = Find(workload, runner, threads);
        if (many is { PairSpeedups.Count: > 0 }) return Interleaving.Summarise(many.PairSpeedups);
        if (one is not { HasTime: true } || many is not { HasTime: true }) return null;
        return new Speedup(threads * one.Median / many.Median, threads * one.Min / many.Max, threads * one.Max / many.Min);
    }

    /// <summary>time(1) on <paramref name="runner"/> divided by time(1) on the GIL backend (lower is faster).</summary>
    public double? SingleThreadRatio(string workload, string runner)
    {
        var gil = Runners.FirstOrDefault(r => r.Kind == "gil");
        if (gil == null) return null;
        var b = Find(workload, gil.Name, 1);
        var c = Find(workload, runner, 1);
        if (b is not { HasTime: true } || c is not { HasTime: true }) return null;
        return c.Median / b.Median;
    }

    /// <summary>Geometric mean of the single-thread ratios over the workloads that have one.</summary>
    public double? SingleThreadGeoMean(string runner)
    {
        var ratios = Workloads.Select(w => SingleThreadRatio(w.Name, runner)).Where(r => r is > 0).Select(r => r!.Value).ToArray();
        return ratios.Length == 0 ? null : Math.Exp(ratios.Average(Math.Log));
    }
}

public static class Stats
{
    public static double Median(double[] sorted)
    {
        if (sorted.Length == 0) return double.NaN;
        int m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
