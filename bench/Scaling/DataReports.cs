// results.csv (one row per workload, runner and thread count) and results.json (the same rows
// with every sample, plus the header facts and the single-thread comparison).
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vm.Bench.Scaling;

public static class DataReports
{
    public const string CsvHeader =
        "workload,family,runner,runner_kind,threads,samples,median_s,min_s,max_s,speedup,speedup_low,speedup_high,speedup_pairs,single_thread_vs_gil,cores_used,load_avg,gil_switches,gil_contended_acquisitions,n,error";

    public static string RenderCsv(ScalingResults r)
    {
        var sb = new StringBuilder().AppendLine(CsvHeader);
        foreach (var row in Rows(r))
        {
            sb.AppendLine(string.Join(',',
                Quote(row.Workload), row.Family, Quote(row.Runner), row.RunnerKind, row.Threads.ToString(CultureInfo.InvariantCulture),
                row.Samples.ToString(CultureInfo.InvariantCulture),
                N(row.MedianSeconds, "0.000000"), N(row.MinSeconds, "0.000000"), N(row.MaxSeconds, "0.000000"),
                N(row.Speedup, "0.0000"), N(row.SpeedupLow, "0.0000"), N(row.SpeedupHigh, "0.0000"),
                row.PairSpeedups.Length.ToString(CultureInfo.InvariantCulture), N(row.SingleThreadVsGil, "0.0000"), N(row.CoresUsed, "0.000"), N(row.LoadAverage, "0.00"),
                row.GilSwitches?.ToString(CultureInfo.InvariantCulture) ?? "", row.GilContendedAcquisitions?.ToString(CultureInfo.InvariantCulture) ?? "",
                row.N?.ToString(CultureInfo.InvariantCulture) ?? "", Quote(row.Error ?? "")));
        }
        return sb.ToString();
    }

    public static string RenderJson(ScalingResults r)
    {
        var doc = new
        {
            date = r.Started.ToString("o", CultureInfo.InvariantCulture),
            durationSeconds = (r.Finished - r.Started).TotalSeconds,
            machine = new { logicalCores = r.Machine.LogicalCores, cpu = r.Machine.Cpu, os = r.Machine.Os, dotnet = r.Machine.DotNet, loadAverageStart = r.Machine.LoadAverage, loadAverageEnd = r.LoadAverageAtEnd },
            pyvmGc = r.PyvmGc,
            formula = ScalingResults.Formula,
            repetitions = r.Options.Repetitions,
            scale = r.Options.Scale,
            targetSeconds = r.Options.Scale == null ? r.Options.TargetSeconds : (double?)null,
            quick = r.Options.Quick,
            threads = r.Options.Threads,
            method = r.Options.Method,
            runners = r.Runners.Select(x => new { name = x.Name, kind = x.Kind, description = x.Description, method = ScalingResults.MethodOf(x, r.Options) }),
            workloads = r.Workloads.Select(w => new { name = w.Name, family = w.Family, n = w.N, description = w.Description }),
            results = Rows(r).Select(row => new
            {
                workload = row.Workload, family = row.Family, runner = row.Runner, runnerKind = row.RunnerKind, threads = row.Threads,
                times = row.Times, median = Nullable(row.MedianSeconds), min = Nullable(row.MinSeconds), max = Nullable(row.MaxSeconds),
                speedup = Nullable(row.Speedup), speedupLow = Nullable(row.SpeedupLow), speedupHigh = Nullable(row.SpeedupHigh), pairSpeedups = row.PairSpeedups,
                singleThreadVsGil = Nullable(row.SingleThreadVsGil), coresUsed = Nullable(row.CoresUsed), loadAverage = Nullable(row.LoadAverage), gilSwitches = row.GilSwitches, gilContendedAcquisitions = row.GilContendedAcquisitions,
                n = row.N, error = row.Error,
            }),
            singleThreadGeoMean = r.Runners.ToDictionary(x => x.Name, x => r.SingleThreadGeoMean(x.Name)),
            notes = r.Notes,
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
    }

    public sealed record Row(string Workload, string Family, string Runner, string RunnerKind, int Threads, int Samples, double[] Times,
        double MedianSeconds, double MinSeconds, double MaxSeconds, double Speedup, double SpeedupLow, double SpeedupHigh,
        double[] PairSpeedups, double SingleThreadVsGil, double CoresUsed, double LoadAverage, long? GilSwitches, long? GilContendedAcquisitions, long? N, string? Error);

    public static IEnumerable<Row> Rows(ScalingResults r)
    {
        foreach (var w in r.Workloads)
            foreach (var run in r.Runners)
                foreach (var t in r.Options.Threads)
                {
                    var c = r.Find(w.Name, run.Name, t);
                    if (c == null) continue;
                    var s = r.SpeedupOf(w.Name, run.Name, t);
                    yield return new Row(w.Name, w.Family, run.Name, run.Kind, t, c.Times.Length, c.Times, c.Median, c.Min, c.Max,
                        s?.Median ?? double.NaN, s?.Low ?? double.NaN, s?.High ?? double.NaN, [.. c.PairSpeedups],
                        t == 1 ? r.SingleThreadRatio(w.Name, run.Name) ?? double.NaN : double.NaN, c.CoresUsed, c.MedianLoad,
                        c.GilStat("switches"), c.GilStat("contended_acquisitions"), w.N, c.Error);
                }
    }

    private static double? Nullable(double v) => double.IsNaN(v) ? null : v;

    private static string N(double v, string format) => double.IsNaN(v) ? "" : v.ToString(format, CultureInfo.InvariantCulture);

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
