// The speed report: a markdown table (times with their spread, ratios to CPython, FT/GIL, peak
// memory, geometric means) with every repetition's time below it, a CSV with one row per
// (workload, runner), and a JSON with every sample.
using System.Globalization;
using System.Text;
using System.Text.Json;
using Vm.Bench.Scaling;

namespace Vm.Bench.Speed;

public static class SpeedReport
{
    public const string Markdown = "speed.md", Csv = "speed.csv", Json = "speed.json";
    public const string CsvHeader = "workload,runner,kind,repetitions,median_s,min_s,max_s,ratio_vs_cpython,ratio_vs_gil,peak_rss_mb,error," +
                                    "clock,q1_s,q3_s,spread_pct,times_s,wall_times_s,jit_methods";
    /// <summary>A run whose wall-clock time exceeded its CPU time by more than this waited for a CPU (the report counts them).</summary>
    public const double WaitedNotable = 0.05;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string WriteAll(SpeedResults r)
    {
        var dir = r.Options.OutputDir ?? ReportWriter.DefaultDir(r.Started) + "-speed";
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, Markdown), RenderMarkdown(r));
        File.WriteAllText(Path.Combine(dir, Csv), RenderCsv(r));
        File.WriteAllText(Path.Combine(dir, Json), RenderJson(r));
        return Path.GetFullPath(dir);
    }

    private static string Mb(double v) => double.IsNaN(v) ? "—" : v.ToString("0", Inv);

    /// <summary>"0.222 (0.217–0.229, 5%)": median, (min–max, (max-min)/median).</summary>
    public static string TimeCell(SpeedCell? c) =>
        c == null ? "—" : !c.HasTime ? "error" : ReportFormat.Seconds(c.Median) +
            (c.Times.Length > 1 ? $" ({ReportFormat.Seconds(c.Min)}–{ReportFormat.Seconds(c.Max)}, {Percent(c.Spread)})" : "");

    private static string Percent(double fraction) => double.IsNaN(fraction) ? "—" : (fraction * 100).ToString("0", Inv) + "%";

    /// <summary>Where the quoted times came from: thread CPU time, wall-clock time, or both kinds.</summary>
    public static string ClockOf(IEnumerable<SpeedSample> samples)
    {
        var ok = samples.Where(s => s.Ok).ToList();
        return ok.Count == 0 ? "" : ok.All(s => s.IsCpuTime) ? "cpu" : ok.Any(s => s.IsCpuTime) ? "mixed" : "wall";
    }

    public static string RenderMarkdown(SpeedResults r)
    {
        var sb = new StringBuilder();
        var o = r.Options;
        sb.AppendLine("# Single-thread speed (issue 9)");
        sb.AppendLine();
        sb.AppendLine($"- Machine: {r.Machine.Cpu}, {r.Machine.LogicalCores} logical cores, {r.Machine.Os}, {r.Machine.DotNet}, load average {r.Machine.LoadAverage}");
        sb.AppendLine($"- Runners: {string.Join("; ", r.Runners.Select(x => $"{x.Name} = {x.Description}"))}");
        sb.AppendLine($"- Repetitions: {o.Repetitions} per cell, interleaved (repetition → workload → runner); median time quoted, (min–max, spread = (max-min)/median) beside it; scale {o.Scale.ToString("0.###", Inv)}" +
                      (o.Settle is { } st ? $"; --settle {Percent(st)}: unsettled cells repeated up to {o.RepetitionCap} times" : ""));
        var all = r.Cells.SelectMany(c => c.Samples).Where(s => s.Ok).ToList();
        int waited = all.Count(s => s.Waited > WaitedNotable);
        sb.AppendLine($"- Time = the timed run's thread CPU time (time.thread_time) where the interpreter has it ({all.Count(s => s.IsCpuTime)} of {all.Count} runs), else wall-clock time. " +
                      $"{waited} of {all.Count(s => s.IsCpuTime)} runs waited for a CPU for more than {Percent(WaitedNotable)} of their CPU time (wall-clock time minus CPU time: preemption, real-time throttling), which wall-clock time would have counted.");
        sb.AppendLine("- Ratio = median time / CPython's median time (below 1: faster than CPython). FT/GIL = free-threaded time / GIL time.");
        sb.AppendLine("- Peak memory = the largest peak resident set (VmHWM) of the child process over the repetitions, MiB.");
        foreach (var n in r.Notes) sb.AppendLine($"- Note: {n}");
        sb.AppendLine();
        sb.AppendLine("| workload | CPython s | GIL s | FT s | GIL/CPython | FT/CPython | FT/GIL | CPython MiB | GIL MiB | FT MiB |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var w in r.Workloads)
        {
            SpeedCell? cp = r.Find(w.Name, "cpython"), gil = r.Find(w.Name, "gil"), ft = r.Find(w.Name, "free-threaded");
            var errors = new[] { cp, gil, ft }.Where(c => c is { HasTime: false }).Select(c => $"{c!.Runner.Name}: {c.Error}");
            sb.AppendLine($"| {w.Name} | {TimeCell(cp)} | {TimeCell(gil)} | {TimeCell(ft)} | {ReportFormat.Ratio(r.Ratio(w.Name, "gil", "cpython"))} | " +
                          $"{ReportFormat.Ratio(r.Ratio(w.Name, "free-threaded", "cpython"))} | {ReportFormat.Ratio(r.Ratio(w.Name, "free-threaded", "gil"))} | " +
                          $"{Mb(cp?.PeakRssMb ?? double.NaN)} | {Mb(gil?.PeakRssMb ?? double.NaN)} | {Mb(ft?.PeakRssMb ?? double.NaN)} |");
            foreach (var e in errors) sb.AppendLine($"| ↳ {e.Replace("|", "/")} | | | | | | | | | |");
        }
        var (g, gn) = r.GeoMean("gil", "cpython");
        var (f, fn) = r.GeoMean("free-threaded", "cpython");
        var (fg, fgn) = r.GeoMean("free-threaded", "gil");
        sb.AppendLine($"| **geometric mean** | | | | {ReportFormat.Ratio(g)} | {ReportFormat.Ratio(f)} | {ReportFormat.Ratio(fg)} | | | |");
        sb.AppendLine();
        sb.AppendLine($"Geometric means over {gn} (GIL/CPython), {fn} (FT/CPython) and {fgn} (FT/GIL) workloads. " +
                      "Targets (issue 9): GIL/CPython at most 1.0 with no workload above 2.0; FT/GIL at most 1.05.");
        if (r.Runners.Any(x => x.Kind.EndsWith("-before", StringComparison.Ordinal))) AppendBeforeAfter(sb, r);
        AppendRepetitions(sb, r);
        return sb.ToString();
    }

    /// <summary>Every repetition's time in the order they ran; the wall-clock time beside a run that waited for a CPU.</summary>
    private static void AppendRepetitions(StringBuilder sb, SpeedResults r)
    {
        sb.AppendLine();
        sb.AppendLine("## Every repetition (in the order they ran; s)");
        sb.AppendLine();
        sb.AppendLine($"Wall-clock time in brackets where it exceeded the CPU time by more than {Percent(WaitedNotable)}; `jit N`: methods compiled during that timed run.");
        sb.AppendLine();
        sb.AppendLine("| workload | runner | times | median | IQR | spread |");
        sb.AppendLine("| --- | --- | --- | ---: | ---: | ---: |");
        foreach (var w in r.Workloads)
            foreach (var run in r.Runners)
            {
                var c = r.CellFor(w, run);
                var times = string.Join(" ", c.Samples.Select(RepetitionText));
                var (q1, q3) = c.Quartiles;
                sb.AppendLine($"| {w.Name} | {run.Name} | {times} | {ReportFormat.Seconds(c.Median)} | {ReportFormat.Seconds(q1)}–{ReportFormat.Seconds(q3)} | {Percent(c.Spread)} |");
            }
    }

    private static string RepetitionText(SpeedSample s)
    {
        if (!s.Ok) return "error";
        var t = s.Seconds.ToString("0.0000", Inv);
        if (s.Waited > WaitedNotable) t += $" [{s.WallSeconds.ToString("0.0000", Inv)}]";
        if (s.JitMethods > 0) t += $" (jit {s.JitMethods})";
        return t;
    }

    /// <summary>The older build (--pyvm-before) against this one, measured in the same run.</summary>
    private static void AppendBeforeAfter(StringBuilder sb, SpeedResults r)
    {
        sb.AppendLine();
        sb.AppendLine("## Before / after (the --pyvm-before build, interleaved in the same run)");
        sb.AppendLine();
        sb.AppendLine("| workload | GIL before/CPython | GIL after/CPython | FT before/CPython | FT after/CPython | GIL after/before | FT after/before |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var w in r.Workloads)
            sb.AppendLine($"| {w.Name} | {ReportFormat.Ratio(r.Ratio(w.Name, "gil-before", "cpython"))} | {ReportFormat.Ratio(r.Ratio(w.Name, "gil", "cpython"))} | " +
                          $"{ReportFormat.Ratio(r.Ratio(w.Name, "free-threaded-before", "cpython"))} | {ReportFormat.Ratio(r.Ratio(w.Name, "free-threaded", "cpython"))} | " +
                          $"{ReportFormat.Ratio(r.Ratio(w.Name, "gil", "gil-before"))} | {ReportFormat.Ratio(r.Ratio(w.Name, "free-threaded", "free-threaded-before"))} |");
        string G(string kind, string baseKind) => ReportFormat.Ratio(r.GeoMean(kind, baseKind).Mean);
        sb.AppendLine($"| **geometric mean** | {G("gil-before", "cpython")} | {G("gil", "cpython")} | {G("free-threaded-before", "cpython")} | " +
                      $"{G("free-threaded", "cpython")} | {G("gil", "gil-before")} | {G("free-threaded", "free-threaded-before")} |");
    }

    public static string RenderCsv(SpeedResults r)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CsvHeader);
        string N(double v) => double.IsNaN(v) ? "" : v.ToString("R", Inv);
        string R(double? v) => v is { } x ? x.ToString("R", Inv) : "";
        foreach (var w in r.Workloads)
            foreach (var run in r.Runners)
            {
                var c = r.CellFor(w, run);
                var (q1, q3) = c.Quartiles;
                sb.AppendLine(string.Join(',', w.Name, run.Name, run.Kind, c.Samples.Count.ToString(Inv), N(c.Median), N(c.Min), N(c.Max),
                    R(r.Ratio(w.Name, run.Kind, "cpython")), R(r.Ratio(w.Name, run.Kind, "gil")), N(c.PeakRssMb),
                    (c.Error ?? "").Replace(',', ';').Replace('\n', ' '),
                    ClockOf(c.Samples), N(q1), N(q3), N(c.Spread * 100),
                    string.Join(';', c.Samples.Select(s => N(s.Seconds))), string.Join(';', c.Samples.Select(s => N(s.WallSeconds))),
                    string.Join(';', c.Samples.Select(s => s.JitMethods.ToString(Inv)))));
            }
        return sb.ToString();
    }

    public static string RenderJson(SpeedResults r)
    {
        static double? J(double v) => double.IsNaN(v) ? null : v;
        var o = r.Options;
        var doc = new
        {
            date = r.Started.ToString("o", Inv),
            durationSeconds = (r.Finished - r.Started).TotalSeconds,
            machine = new { logicalCores = r.Machine.LogicalCores, cpu = r.Machine.Cpu, os = r.Machine.Os, dotnet = r.Machine.DotNet, loadAverageStart = r.Machine.LoadAverage },
            repetitions = o.Repetitions,
            settle = o.Settle,
            maxRepetitions = o.Settle != null ? o.RepetitionCap : (int?)null,
            scale = o.Scale,
            runners = r.Runners.Select(x => new { name = x.Name, kind = x.Kind, description = x.Description }),
            results = r.Workloads.SelectMany(w => r.Runners.Select(run => (w, run, c: r.CellFor(w, run)))).Select(x => new
            {
                workload = x.w.Name, runner = x.run.Name, kind = x.run.Kind, clock = ClockOf(x.c.Samples),
                median = J(x.c.Median), min = J(x.c.Min), max = J(x.c.Max), q1 = J(x.c.Quartiles.Q1), q3 = J(x.c.Quartiles.Q3), spread = J(x.c.Spread),
                ratioVsCpython = r.Ratio(x.w.Name, x.run.Kind, "cpython"), ratioVsGil = r.Ratio(x.w.Name, x.run.Kind, "gil"),
                peakRssMb = J(x.c.PeakRssMb), error = x.c.Error,
                samples = x.c.Samples.Select(s => new { seconds = J(s.Seconds), wallSeconds = J(s.WallSeconds), cpuClock = s.IsCpuTime, jitMethods = s.JitMethods, peakRssKb = s.PeakRssKb, error = s.Error }),
            }),
            notes = r.Notes,
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
    }
}
