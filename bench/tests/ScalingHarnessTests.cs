// Tests of the scaling harness (not timed: they check structure and arithmetic, never speed).
using System.Diagnostics;
using System.Text.Json;
using Vm.Bench.Scaling;
using Xunit;

namespace Vm.Bench.Tests;

public class ScalingHarnessTests
{
    [Fact]
    public void QuickOptionsUseOneAndTwoThreadsAndOneRepetition()
    {
        var o = ScalingOptions.Parse(["--quick"]);
        Assert.Equal([1, 2], o.Threads);
        Assert.Equal(1, o.Repetitions);
        Assert.Null(o.Scale);                                              // sized by calibration
        Assert.Equal(ScalingOptions.QuickTargetSeconds, o.TargetSeconds);
        Assert.Equal("multiprocessing", o.ProcessesVia);                   // processes = multiprocessing on the GIL backend
        Assert.Equal(ScalingOptions.FullTargetSeconds, ScalingOptions.Parse([]).TargetSeconds);
        Assert.True(ScalingOptions.FullTargetSeconds >= 0.5);
        Assert.Equal(0.5, ScalingOptions.Parse(["--quick", "--target", "0.5"]).TargetSeconds);
        Assert.Throws<ArgumentException>(() => ScalingOptions.Parse(["--target", "0"]));
        var full = ScalingOptions.Parse(["--threads", "4,2", "--repetitions", "5", "--cpython", "none"]);
        Assert.Equal([1, 2, 4], full.Threads);   // 1 is added: speedup needs time(1)
        Assert.Equal(5, full.Repetitions);
        Assert.Empty(full.CPythons);
        Assert.Throws<ArgumentException>(() => ScalingOptions.Parse(["--runners", "jython"]));
    }

    [Fact]
    public void EveryWorkloadDeclaresAKnownFamilyAndTheQuickSetCoversAllFamilies()
    {
        var all = Workload.LoadAll(Workload.FindDirectory());
        Assert.True(all.Count >= 30, $"only {all.Count} workloads");
        Assert.All(all, w => Assert.Contains(w.Family, Workload.Families));
        Assert.All(all, w => Assert.False(string.IsNullOrWhiteSpace(w.Description), w.Name));
        Assert.Equal(Workload.Families.Order(), all.Where(w => w.Quick).Select(w => w.Family).Distinct().Order());
    }

    [Fact]
    public void BenchLineIsParsed()
    {
        var f = ChildProcess.ParseBenchLine("noise\n@@bench mode=threads threads=2 n=10 kernel=0.250000 ok=1 gil_switches=7\n");
        Assert.NotNull(f);
        Assert.Equal(0.25, ChildProcess.Number(f, "kernel"));
        Assert.Equal("7", f["gil_switches"]);
        Assert.Null(ChildProcess.ParseBenchLine("no result here"));
    }

    [Fact]
    public void CalibrateLineIsParsed()
    {
        Assert.Equal(123456L, Calibration.ParseCalibrateLine("@@ready\n@@calibrate n=123456 chunk=1024 chunk_seconds=0.05\n"));
        Assert.Null(Calibration.ParseCalibrateLine("@@calibrate chunk=1"));
        Assert.Null(Calibration.ParseCalibrateLine("@@calibrate n=0"));
        Assert.Null(Calibration.ParseCalibrateLine("nothing"));
    }

    /// <summary>
    /// io_sleep's kernel is 2 ms sleeps: whatever clock sizes it, n sleeps last at least n x 2 ms,
    /// so a kernel sized to 0.2 s has n of at most 100. Sized by its (near zero) CPU time instead,
    /// n came out in the tens of thousands and one scaling run of it took minutes.
    /// </summary>
    [Fact]
    public async Task BlockingWorkloadIsSizedByItsWallTime()
    {
        var psi = new ProcessStartInfo(Interpreters.DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "pyvm.dll"), Path.Combine(Workload.FindDirectory(), "io_sleep.py"),
                     "--mode", "calibrate", "--target", "0.2", "--no-warmup" })
            psi.ArgumentList.Add(a);
        var r = await ChildProcess.RunAsync(psi, TimeSpan.FromMinutes(2));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var n = Calibration.ParseCalibrateLine(r.Stdout);
        Assert.NotNull(n);
        Assert.InRange(n!.Value, 1, 100);
    }

    [Fact]
    public void SpeedupIsThreadsTimesTimeOneOverTimeT()
    {
        var w = new Workload("w", "cpu", true, "w.py", "test");
        var gil = new FixedRunner("gil", "gil");
        var ft = new FixedRunner("free-threaded", "free-threaded");
        var r = new ScalingResults { Options = ScalingOptions.Parse(["--threads", "1,2", "--cpython", "none"]), Workloads = [w], Runners = [gil, ft], Machine = new MachineInfo(), PyvmGc = "test" };
        foreach (var t in new[] { 1.0, 1.2, 1.1 }) r.CellFor(w, gil, 1).Samples.Add(new Sample(t, null, new Dictionary<string, long>()));
        r.CellFor(w, gil, 2).Samples.Add(new Sample(1.1, null, new Dictionary<string, long>()));
        r.CellFor(w, ft, 1).Samples.Add(new Sample(2.2, null, new Dictionary<string, long>()));
        r.CellFor(w, ft, 2).Samples.Add(Sample.Failed("boom"));
        var s = r.SpeedupOf("w", "gil", 2)!.Value;
        Assert.Equal(2.0, s.Median, 9);
        Assert.Equal(2 * 1.0 / 1.1, s.Low, 9);
        Assert.Equal(2 * 1.2 / 1.1, s.High, 9);
        Assert.Null(r.SpeedupOf("w", "free-threaded", 2));               // no successful time(2)
        Assert.Equal(2.0, r.SingleThreadRatio("w", "free-threaded")!.Value, 9);
        Assert.Equal("error", ReportFormat.TimeCell(r.Find("w", "free-threaded", 2)));
    }

    /// <summary>
    /// A tiny real run: one workload sized by calibration to a 0.05 s kernel, threads 1 and 2, one
    /// repetition, both backends and processes (multiprocessing, the default).
    /// </summary>
    [Fact]
    public async Task TinyRunWritesAllFourReportFiles()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ft-scaling-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var o = ScalingOptions.Parse(["--workloads", "int_loop", "--threads", "1,2", "--repetitions", "1", "--target", "0.05",
                "--runners", "gil,free-threaded,processes", "--output", dir, "--silent",
                "--pyvm", Path.Combine(AppContext.BaseDirectory, "pyvm.dll")]);   // not ./pyvm: no ReadyToRun publish in a test
            var results = await ScalingHarness.RunAsync(o);
            ReportWriter.WriteAll(results);
            string[] runners = ["gil", "free-threaded", "processes"];
            foreach (var c in results.Cells.Values) Assert.True(c.HasTime, $"{c.Runner.Name} T={c.Threads}: {c.Error}");
            var n = Assert.Single(results.Workloads).N;
            Assert.True(n > 0, "calibration gave no n: " + string.Join("; ", results.Notes));

            var md = File.ReadAllLines(Path.Combine(dir, ReportWriter.Markdown));
            Assert.Contains(md, l => l.StartsWith("- Machine: ") && l.Contains("logical cores"));
            Assert.Contains(md, l => l.StartsWith("- Formula: speedup(T) = T × time(1) / time(T)"));
            Assert.Contains(md, l => l.StartsWith("- Repetitions: 1"));
            Assert.Contains(md, l => l.StartsWith("- Work: each workload sized so that one thread takes about 0.05 s on the GIL backend"));
            Assert.Contains(md, l => l.StartsWith("- `int_loop` (cpu, n = ") && l.Contains(" per thread)"));
            Assert.Contains(md, l => l.StartsWith("  - `processes`: ") && l.Contains("multiprocessing"));
            Assert.Contains(md, l => l.StartsWith("  - `free-threaded`: interleaved: "));
            Assert.Contains(md, l => l.StartsWith("  - `processes`: separate: "));
            foreach (var name in runners)
            {
                var row = Assert.Single(md, l => l.StartsWith($"| int_loop | cpu | {name} |"));
                Assert.Matches(@"\| \d+\.\d+×( \(\d+\.\d+–\d+\.\d+\))? \|", row);   // the T=2 speedup (with the pairs' spread)
            }
            Assert.Contains(md, l => l.StartsWith("| **geometric mean** |"));

            var csv = File.ReadAllLines(Path.Combine(dir, ReportWriter.Csv));
            Assert.Equal(DataReports.CsvHeader, csv[0]);
            Assert.Equal(runners.Length * 2, csv.Length - 1);
            int nColumn = Array.IndexOf(DataReports.CsvHeader.Split(','), "n");
            Assert.All(csv.Skip(1), l => Assert.Equal(n.ToString(), l.Split(',')[nColumn]));
            int speedupColumn = Array.IndexOf(DataReports.CsvHeader.Split(','), "speedup");
            int pairsColumn = Array.IndexOf(DataReports.CsvHeader.Split(','), "speedup_pairs");
            int loadColumn = Array.IndexOf(DataReports.CsvHeader.Split(','), "load_avg");
            int coresColumn = Array.IndexOf(DataReports.CsvHeader.Split(','), "cores_used");
            foreach (var name in runners)
                foreach (var t in new[] { 1, 2 })
                {
                    var cols = Assert.Single(csv, l => l.StartsWith($"int_loop,cpu,{name},") && l.Split(',')[4] == t.ToString()).Split(',');
                    Assert.True(double.Parse(cols[6], System.Globalization.CultureInfo.InvariantCulture) > 0);
                    Assert.True(double.Parse(cols[speedupColumn], System.Globalization.CultureInfo.InvariantCulture) > 0);
                    Assert.True(double.Parse(cols[coresColumn], System.Globalization.CultureInfo.InvariantCulture) > 0);   // CPU time was reported
                    // interleaved thread runners: one round = kernels 1, 2, 1 → two adjacent pairs; processes: separate runs
                    Assert.Equal(t == 2 && name != "processes" ? "2" : "0", cols[pairsColumn]);
                    if (File.Exists("/proc/loadavg")) Assert.True(double.Parse(cols[loadColumn], System.Globalization.CultureInfo.InvariantCulture) >= 0);   // the load beside each figure
                }

            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, ReportWriter.Json)));
            var root = json.RootElement;
            Assert.True(root.GetProperty("machine").GetProperty("logicalCores").GetInt32() >= 1);
            Assert.Equal(1, root.GetProperty("repetitions").GetInt32());
            Assert.Contains("time(1)", root.GetProperty("formula").GetString());
            Assert.Equal(0.05, root.GetProperty("targetSeconds").GetDouble());
            Assert.Equal(n, root.GetProperty("workloads")[0].GetProperty("n").GetInt64());
            var rows = root.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(runners.Length * 2, rows.Count);
            Assert.Equal(runners.Order(), rows.Select(x => x.GetProperty("runner").GetString()!).Distinct().Order());
            Assert.All(rows, x => Assert.True(x.GetProperty("median").GetDouble() > 0));
            Assert.All(rows.Where(x => x.GetProperty("threads").GetInt32() == 2), x => Assert.True(x.GetProperty("speedup").GetDouble() > 0));

            var png = File.ReadAllBytes(Path.Combine(dir, ReportWriter.Chart));
            Assert.True(png.Length > 1000);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private sealed class FixedRunner(string name, string kind) : Runner(name, kind, "test runner")
    {
        public override Task<Sample> MeasureAsync(Workload w, int threads, ScalingOptions o) => throw new NotSupportedException();
    }
}
