// Writes the four report files into the output folder and prints the console table.
using Spectre.Console;

namespace Vm.Bench.Scaling;

public static class ReportWriter
{
    public const string Markdown = "report.md", Csv = "results.csv", Json = "results.json", Chart = "speedup.png";

    /// <summary>Writes report.md, results.csv, results.json and speedup.png; returns the folder.</summary>
    public static string WriteAll(ScalingResults r)
    {
        var dir = r.Options.OutputDir ?? DefaultDir(r.Started);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, Markdown), MarkdownReport.Render(r));
        File.WriteAllText(Path.Combine(dir, Csv), DataReports.RenderCsv(r));
        File.WriteAllText(Path.Combine(dir, Json), DataReports.RenderJson(r));
        SpeedupChart.Save(r, Path.Combine(dir, Chart));
        return Path.GetFullPath(dir);
    }

    /// <summary>bench/results/&lt;timestamp&gt; in the repository (gitignored), else ./scaling-results/&lt;timestamp&gt;.</summary>
    public static string DefaultDir(DateTimeOffset when)
    {
        var stamp = when.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var root = RepoRoot.Find();
        return root != null ? Path.Combine(root, "bench", "results", stamp) : Path.Combine("scaling-results", stamp);
    }
}

public static class ConsoleReport
{
    public static void Print(ScalingResults r)
    {
        var many = r.Options.Threads.Where(t => t > 1).ToArray();
        AnsiConsole.MarkupLine(Markup.Escape($"Machine: {r.Machine.LogicalCores} logical cores, {r.Machine.Cpu}; load average {r.Machine.LoadAverage} at start, {r.LoadAverageAtEnd} at end"));
        AnsiConsole.MarkupLine(Markup.Escape($"Repetitions: {r.Options.Repetitions} per cell (median shown); method: {r.Options.Method} (thread runners); work: " + (r.Options.Scale is { } sc
            ? $"built-in sizes × {sc:0.###}" : $"sized to ~{r.Options.TargetSeconds:0.###} s single-threaded on gil")));
        var table = new Table().Border(TableBorder.Rounded).Title("Speedup = T × time(1) / time(T)");
        table.AddColumn("Workload");
        table.AddColumn("Runner");
        table.AddColumn(new TableColumn("time(1)").RightAligned());
        foreach (var t in many) table.AddColumn(new TableColumn($"T={t}").RightAligned());
        table.AddColumn(new TableColumn("vs gil (T=1)").RightAligned());
        foreach (var w in r.Workloads)
        {
            bool first = true;
            foreach (var run in r.Runners)
            {
                var cells = new List<string>
                {
                    first ? Markup.Escape(w.Name) : "",
                    Markup.Escape(run.Name),
                    Markup.Escape(ReportFormat.TimeCell(r.Find(w.Name, run.Name, 1))),
                };
                foreach (var t in many) cells.Add(Colour(r.SpeedupOf(w.Name, run.Name, t), t));
                cells.Add(ReportFormat.Ratio(r.SingleThreadRatio(w.Name, run.Name)));
                table.AddRow(cells.ToArray());
                first = false;
            }
            if (w != r.Workloads[^1]) table.AddEmptyRow();
        }
        AnsiConsole.Write(table);
        var geo = string.Join("  ", r.Runners.Select(x => $"{x.Name} {ReportFormat.Ratio(r.SingleThreadGeoMean(x.Name))}"));
        AnsiConsole.MarkupLine(Markup.Escape($"Single-thread time relative to the GIL backend (geometric mean): {geo}"));
        foreach (var note in r.Notes) AnsiConsole.MarkupLine("[grey]" + Markup.Escape(note) + "[/]");
        foreach (var c in r.Cells.Values.Where(c => !c.HasTime))
            AnsiConsole.MarkupLine("[red]" + Markup.Escape($"{c.Workload.Name} on {c.Runner.Name} at T={c.Threads}: {c.Error}") + "[/]");
    }

    private static string Colour(Speedup? s, int threads)
    {
        var text = Markup.Escape(ReportFormat.SpeedupCell(s, withSpread: false));
        if (s is not { } v) return text;
        var colour = v.Median >= 0.8 * Math.Min(threads, Environment.ProcessorCount) ? "green" : v.Median <= 1.1 ? "red" : "yellow";
        return $"[{colour}]{text}[/]";
    }
}
