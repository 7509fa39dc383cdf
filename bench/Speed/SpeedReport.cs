// The speed report: a markdown table (times, ratios to CPython, FT/GIL, peak memory, geometric
// means) and a CSV with one row per (workload, runner).
using System.Globalization;
using System.Text;
using Vm.Bench.Scaling;

namespace Vm.Bench.Speed;

public static class SpeedReport
{
    public const string Markdown = "speed.md", Csv = "speed.csv";
    public const string CsvHeader = "workload,runner,kind,repetitions,median_s,min_s,max_s,ratio_vs_cpython,ratio_vs_gil,peak_rss_mb,error";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string WriteAll(SpeedResults r)
    {
        var dir = r.Options.OutputDir ?? ReportWriter.DefaultDir(r.Started) + "-speed";
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, Markdown), RenderMarkdown(r));
        File.WriteAllText(Path.Combine(dir, Csv), RenderCsv(r));
        return Path.GetFullPath(dir);
    }

    private static string Mb(double v) => double.IsNaN(v) ? "—" : v.ToString("0", Inv);

    private static string TimeCell(SpeedCell? c) =>
        c == null ? "—" : !c.HasTime ? "error" : ReportFormat.Seconds(c.Median) + (c.Times.Length > 1 ? $" ({ReportFormat.Seconds(c.Min)}–{ReportFormat.Seconds(c.Max)})" : "");

    public static string RenderMarkdown(SpeedResults r)
    {
        var sb = new StringBuilder();
        var o = r.Options;
        sb.AppendLine("# Single-thread speed (issue 9)");
        sb.AppendLine();
        sb.AppendLine($"- Machine: {r.Machine.Cpu}, {r.Machine.LogicalCores} logical cores, {r.Machine.Os}, {r.Machine.DotNet}, load average {r.Machine.LoadAverage}");
        sb.AppendLine($"- Runners: {string.Join("; ", r.Runners.Select(x => $"{x.Name} = {x.Description}"))}");
        sb.AppendLine($"- Repetitions: {o.Repetitions} per cell, interleaved (repetition → workload → runner); median time quoted, (min–max) beside it; scale {o.Scale.ToString("0.###", Inv)}");
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
        return sb.ToString();
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
                sb.AppendLine(string.Join(',', w.Name, run.Name, run.Kind, c.Samples.Count.ToString(Inv), N(c.Median), N(c.Min), N(c.Max),
                    R(r.Ratio(w.Name, run.Kind, "cpython")), R(r.Ratio(w.Name, run.Kind, "gil")), N(c.PeakRssMb),
                    (c.Error ?? "").Replace(',', ';').Replace('\n', ' ')));
            }
        return sb.ToString();
    }
}
