// report.md: header (machine, repetitions, formula), the speedup table (one row per workload and
// runner), the single-thread comparison with the GIL backend, every measured time, and notes.
using System.Text;

namespace Vm.Bench.Scaling;

public static class MarkdownReport
{
    public static string Render(ScalingResults r)
    {
        var o = r.Options;
        var sb = new StringBuilder();
        sb.AppendLine("# Scaling report: GIL threads vs free-threaded threads vs processes").AppendLine();
        sb.AppendLine($"- Date: {r.Started:yyyy-MM-dd HH:mm:ss zzz} (took {(r.Finished - r.Started).TotalMinutes:0.0} min)");
        sb.AppendLine($"- Machine: {r.Machine.LogicalCores} logical cores, {r.Machine.Cpu}; {r.Machine.Os}; load average {r.Machine.LoadAverage} at start, {r.LoadAverageAtEnd} at end");
        sb.AppendLine($"- .NET: {r.Machine.DotNet}; pyvm GC settings: {r.PyvmGc}");
        sb.AppendLine($"- Repetitions: {o.Repetitions} per cell (the median is quoted, the spread min–max in brackets){(o.Quick ? "; --quick" : "")}");
        sb.AppendLine(o.Scale is { } scale
            ? $"- Work: each workload's built-in per-thread size × {scale:0.###} (no calibration)"
            : $"- Work: each workload sized so that one thread takes about {o.TargetSeconds:0.###} s on the GIL backend (calibrated once before measuring; n per thread is listed under Workloads); every runner does that same n per thread");
        sb.AppendLine($"- Formula: {ScalingResults.Formula}. time = the kernel time the workload measures itself after a warm-up (perf_counter around starting and joining its threads), so interpreter start-up and JIT warm-up are excluded; for processes, max(end) − min(start) of the T processes' kernels, each child warmed up and released together by a Barrier.");
        sb.AppendLine("- Warm-up (bench/workloads/_harness.py): chunks of the work timed in thread CPU time until three in a row bring no 3% gain, lie near the best chunk, and no background (JIT) compile ran during them; on pyvm also at least 1.5 s, a tier-up compile seen and 0.75 s without background compiles (pyvm's eval loop goes precompiled → slower instrumented → final code); at most 10 s.");
        sb.AppendLine("- Method (speedup and its spread in brackets):");
        foreach (var run in r.Runners) sb.AppendLine($"  - `{run.Name}`: {ScalingResults.MethodOf(run, o)}");
        sb.AppendLine($"- Threads: {string.Join(", ", o.Threads)}");
        sb.AppendLine("- Runners:");
        foreach (var run in r.Runners) sb.AppendLine($"  - `{run.Name}`: {run.Description}");
        sb.AppendLine();

        sb.AppendLine("## Speedup").AppendLine();
        var many = o.Threads.Where(t => t > 1).ToArray();
        sb.Append("| Workload | Family | Runner | time(1) |");
        foreach (var t in many) sb.Append($" T={t} |");
        sb.AppendLine(" GIL switches (max T) |");
        sb.Append("|---|---|---|---:|");
        foreach (var _ in many) sb.Append("---:|");
        sb.AppendLine("---:|");
        foreach (var w in r.Workloads)
            foreach (var run in r.Runners)
            {
                sb.Append($"| {w.Name} | {w.Family} | {run.Name} | {ReportFormat.TimeCell(r.Find(w.Name, run.Name, 1))} |");
                foreach (var t in many) sb.Append($" {ReportFormat.SpeedupCell(r.SpeedupOf(w.Name, run.Name, t))} |");
                var switches = many.Length > 0 ? r.Find(w.Name, run.Name, many[^1])?.GilStat("switches") : null;
                sb.AppendLine($" {(switches?.ToString() ?? "")} |");
            }
        sb.AppendLine();

        sb.AppendLine("## Single thread, relative to the GIL backend").AppendLine();
        sb.AppendLine("time(1) on each runner divided by time(1) on `gil` (below 1 is faster).").AppendLine();
        sb.Append("| Workload |");
        foreach (var run in r.Runners) sb.Append($" {run.Name} |");
        sb.AppendLine();
        sb.Append("|---|");
        foreach (var _ in r.Runners) sb.Append("---:|");
        sb.AppendLine();
        foreach (var w in r.Workloads)
        {
            sb.Append($"| {w.Name} |");
            foreach (var run in r.Runners) sb.Append($" {ReportFormat.Ratio(r.SingleThreadRatio(w.Name, run.Name))} |");
            sb.AppendLine();
        }
        sb.Append("| **geometric mean** |");
        foreach (var run in r.Runners) sb.Append($" **{ReportFormat.Ratio(r.SingleThreadGeoMean(run.Name))}** |");
        sb.AppendLine().AppendLine();

        sb.AppendLine("## All times").AppendLine();
        sb.AppendLine("cores used = the interpreter's CPU time during the kernel / the kernel's wall time (median): a CPU-bound");
        sb.AppendLine("run that scales uses about T; a machine busy with other work shows less. load = the machine's 1-minute");
        sb.AppendLine("load average when the cell's runs started (median): beside a figure it says how busy the machine was.").AppendLine();
        sb.AppendLine("| Workload | Runner | T | median (min–max) | samples | cores used | load |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var w in r.Workloads)
            foreach (var run in r.Runners)
                foreach (var t in o.Threads)
                {
                    var c = r.Find(w.Name, run.Name, t);
                    sb.AppendLine($"| {w.Name} | {run.Name} | {t} | {ReportFormat.TimeCell(c)} | {c?.Times.Length ?? 0} | {ReportFormat.Number(c?.CoresUsed ?? double.NaN)} | {ReportFormat.Number(c?.MedianLoad ?? double.NaN, "0.0")} |");
                }
        sb.AppendLine();

        var failures = r.Cells.Values.Where(c => c.Samples.Any(s => !s.Ok)).ToList();
        if (failures.Count > 0 || r.Notes.Count > 0)
        {
            sb.AppendLine("## Notes").AppendLine();
            foreach (var n in r.Notes) sb.AppendLine($"- {n}");
            foreach (var c in failures)
                sb.AppendLine($"- {c.Workload.Name} on {c.Runner.Name} at T={c.Threads}: {c.Samples.Count(s => !s.Ok)} failed run(s): {c.Samples.First(s => !s.Ok).Error}");
            sb.AppendLine();
        }
        sb.AppendLine("## Workloads").AppendLine();
        foreach (var w in r.Workloads) sb.AppendLine($"- `{w.Name}` ({w.Family}{(w.N is { } n ? $", n = {n:N0} per thread" : "")}): {w.Description}");
        sb.AppendLine();
        sb.AppendLine("![speedup chart](speedup.png)");
        return sb.ToString();
    }
}
