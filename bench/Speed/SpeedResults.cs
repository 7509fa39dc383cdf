// What a speed run measured: per (workload, runner) the kernel times and peak resident sets of
// its repetitions, and the ratios derived from the medians (time / CPython's time, FT / GIL).
using Vm.Bench.Scaling;

namespace Vm.Bench.Speed;

/// <summary>One run of one workload: kernel seconds and the child's peak RSS in KiB (or why there is none).</summary>
public sealed record SpeedSample(double Seconds, long PeakRssKb, string? Error)
{
    public bool Ok => Error == null;
    public static SpeedSample Failed(string error) => new(double.NaN, -1, error);

    /// <summary>Reads the `@@bench mode=speed ...` line of a finished child.</summary>
    public static SpeedSample FromOutput(ChildProcess.Output r)
    {
        if (r.TimedOut) return Failed("timed out");
        var f = ChildProcess.ParseBenchLine(r.Stdout);
        if (f == null || r.ExitCode != 0)
        {
            var why = f != null && f.TryGetValue("detail", out var d) ? d.Replace('_', ' ') : ChildProcess.LastLine(r.Stderr);
            return Failed($"exit {r.ExitCode}: {(why.Length > 0 ? why : "no result line")}");
        }
        if (f.GetValueOrDefault("ok") != "1") return Failed("check failed: " + f.GetValueOrDefault("detail", "?").Replace('_', ' '));
        var rss = ChildProcess.Number(f, "rss_kb");
        return new SpeedSample(ChildProcess.Number(f, "kernel"), double.IsNaN(rss) ? -1 : (long)rss, null);
    }
}

/// <summary>An interpreter a workload runs on: CPython, or pyvm with one backend.</summary>
public sealed record SpeedRunner(string Name, string Kind, string Description, InterpreterCommand Command)
{
    public async Task<SpeedSample> MeasureAsync(Workload w, SpeedOptions o)
    {
        var psi = Command.StartInfo(w.Path, ["--scale", o.Scale.ToString("R", System.Globalization.CultureInfo.InvariantCulture)]);
        return SpeedSample.FromOutput(await ChildProcess.RunAsync(psi, o.Timeout));
    }
}

public sealed class SpeedCell(Workload workload, SpeedRunner runner)
{
    public Workload Workload { get; } = workload;
    public SpeedRunner Runner { get; } = runner;
    public List<SpeedSample> Samples { get; } = [];

    public double[] Times => [.. Samples.Where(s => s.Ok).Select(s => s.Seconds).Order()];
    public bool HasTime => Samples.Any(s => s.Ok);
    public string? Error => HasTime ? null : Samples.FirstOrDefault(s => !s.Ok)?.Error;
    public double Median => Stats.Median(Times);
    public double Min => HasTime ? Times[0] : double.NaN;
    public double Max => HasTime ? Times[^1] : double.NaN;
    /// <summary>The largest peak RSS over the repetitions, in MiB (NaN when none was reported).</summary>
    public double PeakRssMb => Samples.Where(s => s.Ok && s.PeakRssKb >= 0).Select(s => s.PeakRssKb / 1024.0).DefaultIfEmpty(double.NaN).Max();
}

public sealed class SpeedResults
{
    public required SpeedOptions Options { get; init; }
    public required IReadOnlyList<Workload> Workloads { get; init; }
    public required IReadOnlyList<SpeedRunner> Runners { get; init; }
    public required MachineInfo Machine { get; init; }
    public List<string> Notes { get; } = [];
    public DateTimeOffset Started { get; } = DateTimeOffset.Now;
    public DateTimeOffset Finished { get; set; }
    private readonly Dictionary<(string, string), SpeedCell> _cells = [];

    public IEnumerable<SpeedCell> Cells => _cells.Values;

    public SpeedCell CellFor(Workload w, SpeedRunner r)
    {
        if (!_cells.TryGetValue((w.Name, r.Name), out var c)) _cells[(w.Name, r.Name)] = c = new SpeedCell(w, r);
        return c;
    }

    public SpeedCell? Find(string workload, string runnerKind) =>
        _cells.Values.FirstOrDefault(c => c.Workload.Name == workload && c.Runner.Kind == runnerKind);

    /// <summary>median time(kind) / median time(baseKind) for one workload, or null when either is missing.</summary>
    public double? Ratio(string workload, string kind, string baseKind)
    {
        var a = Find(workload, kind);
        var b = Find(workload, baseKind);
        if (a is not { HasTime: true } || b is not { HasTime: true } || b.Median <= 0) return null;
        return a.Median / b.Median;
    }

    /// <summary>Geometric mean of <see cref="Ratio"/> over the workloads that have it, and how many did.</summary>
    public (double? Mean, int Count) GeoMean(string kind, string baseKind)
    {
        var logs = Workloads.Select(w => Ratio(w.Name, kind, baseKind)).Where(r => r is > 0).Select(r => Math.Log(r!.Value)).ToList();
        return logs.Count == 0 ? (null, 0) : (Math.Exp(logs.Average()), logs.Count);
    }
}
