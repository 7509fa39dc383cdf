// What a speed run measured: per (workload, runner) the kernel times and peak resident sets of
// its repetitions, and the ratios derived from the medians (time / CPython's time, FT / GIL).
using Vm.Bench.Scaling;

namespace Vm.Bench.Speed;

/// <summary>
/// One run of one workload: the quoted kernel seconds, the child's peak RSS in KiB (or why there
/// is none), the wall-clock seconds of the same timed run and the methods the JIT compiled in it.
///
/// The quoted time is the script thread's CPU time (`cpu=` of the bench line), not the wall-clock
/// time. Why (session 13, base build, chrt -r 1, load ~30, fib/oop/pidigits/spectral_norm x 5
/// runs x 2 backends): the wall-clock times were bimodal exactly as in the speed reports (oop
/// 0.179-0.238 s, pidigits 0.107-0.166, spectral_norm 0.081-0.139), and every slow-mode run had
/// wall - cpu = 0.050-0.053 s while every other run had wall = cpu within 1 ms: the process was
/// not running for 50 ms. That is the kernel's real-time throttling (sched_rt_runtime_us 950000
/// of sched_rt_period_us 1000000: SCHED_RR tasks, ours and the other agents' chrt -r 1 processes,
/// are stopped for the last 50 ms of each second they saturate the CPU), so a 0.1-0.25 s timed
/// run containing that window reads 25-60% slow. Not tier-up (0-8 methods compiled during the
/// timed run, the same in fast and slow runs; no tiered-compilation thread CPU), not the GC (the
/// gen0 counts and pauses of slow runs were those of fast ones). Thread CPU time over the same 40
/// runs spread 3-10% per cell (fib GIL 0.214-0.223, oop GIL 0.185-0.203). Where the clock is
/// missing (cpu=-1) the wall-clock time is quoted.
/// </summary>
public sealed record SpeedSample(double Seconds, long PeakRssKb, string? Error, double WallSeconds = double.NaN, int JitMethods = -1, bool IsCpuTime = false)
{
    public bool Ok => Error == null;
    public static SpeedSample Failed(string error) => new(double.NaN, -1, error);

    /// <summary>How much longer the wall-clock time was than the quoted CPU time (0.25: 25%), NaN when not both are known.</summary>
    public double Waited => IsCpuTime && Seconds > 0 ? WallSeconds / Seconds - 1 : double.NaN;

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
        double wall = ChildProcess.Number(f, "kernel"), cpu = ChildProcess.Number(f, "cpu"), jit = ChildProcess.Number(f, "jit");
        return new SpeedSample(cpu >= 0 ? cpu : wall, double.IsNaN(rss) ? -1 : (long)rss, null, wall, double.IsNaN(jit) ? -1 : (int)jit, IsCpuTime: cpu >= 0);
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
    /// <summary>The quoted times in the order the repetitions ran (NaN for a failed one).</summary>
    public double[] TimesInRunOrder => [.. Samples.Select(s => s.Seconds)];
    public bool HasTime => Samples.Any(s => s.Ok);
    public string? Error => HasTime ? null : Samples.FirstOrDefault(s => !s.Ok)?.Error;
    public double Median => Stats.Median(Times);
    public double Min => HasTime ? Times[0] : double.NaN;
    public double Max => HasTime ? Times[^1] : double.NaN;
    /// <summary>(max - min) / median of the quoted times (0 for one sample, NaN for none).</summary>
    public double Spread => SpeedStats.RelativeSpread(Times);
    public (double Q1, double Q3) Quartiles => SpeedStats.Quartiles(Times);
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
