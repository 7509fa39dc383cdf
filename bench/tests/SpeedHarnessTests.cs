// Tests of the single-thread speed harness (structure and arithmetic, never speed).
using Vm.Bench.Scaling;
using Vm.Bench.Speed;
using Xunit;

namespace Vm.Bench.Tests;

public class SpeedHarnessTests
{
    [Fact]
    public void OptionsParse()
    {
        var quick = SpeedOptions.Parse(["--quick"]);
        Assert.Equal(2, quick.Repetitions);
        Assert.True(quick.Scale < 1);
        var o = SpeedOptions.Parse(["--repetitions", "5", "--cpython", "none", "--runners", "gil"]);
        Assert.Equal(5, o.Repetitions);
        Assert.Null(o.CPython);
        Assert.Equal(["gil"], o.Runners);
        Assert.Throws<ArgumentException>(() => SpeedOptions.Parse(["--runners", "pypy"]));
        Assert.Throws<ArgumentException>(() => SpeedOptions.Parse(["--scale", "0"]));
        Assert.Null(o.Settle);
        var settle = SpeedOptions.Parse(["--repetitions", "4", "--settle", "3%"]);
        Assert.Equal(0.03, settle.Settle!.Value, 9);
        Assert.Equal(8, settle.RepetitionCap);
        Assert.Equal(6, SpeedOptions.Parse(["--repetitions", "4", "--settle", "2", "--max-repetitions", "6"]).RepetitionCap);
        Assert.Equal(4, SpeedOptions.Parse(["--repetitions", "4", "--max-repetitions", "2"]).RepetitionCap);
        Assert.Throws<ArgumentException>(() => SpeedOptions.Parse(["--settle", "0"]));
    }

    [Fact]
    public void SpreadIsMaxMinusMinOverTheMedianAndQuartilesInterpolate()
    {
        Assert.Equal(0.24, SpeedStats.RelativeSpread([0.2, 0.2, 0.25, 0.25, 0.26]), 9);
        Assert.Equal(0.0, SpeedStats.RelativeSpread([0.3]));
        Assert.True(double.IsNaN(SpeedStats.RelativeSpread([])));
        Assert.Equal((1.75, 3.25), SpeedStats.Quartiles([1, 2, 3, 4]));            // numpy.percentile's default
        Assert.Equal((2.0, 4.0), SpeedStats.Quartiles([1, 2, 3, 4, 5]));
        Assert.Equal((7.0, 7.0), SpeedStats.Quartiles([7]));
    }

    [Fact]
    public void ACellIsSettledWhenThreeTimesAgreeWithTheMedian()
    {
        // Two fast, two slow (the bimodal cells of the wall-clock reports): the median lies between the modes.
        Assert.False(SpeedStats.IsSettled([0.20, 0.20, 0.25, 0.25], 0.03));
        Assert.True(SpeedStats.IsSettled([0.200, 0.202, 0.205, 0.25], 0.03));
        Assert.False(SpeedStats.IsSettled([0.200, 0.202, 0.25], 0.005));
        Assert.False(SpeedStats.IsSettled([0.2, 0.2], 0.03));                  // too few to tell
        Assert.True(SpeedStats.IsSettled([0.2, 0.2], 0.03, agreeing: 2));
        Assert.True(SpeedStats.IsSettled([0.2, double.NaN, 0.2, 0.2], 0.01));  // a failed run is not a time
    }

    [Fact]
    public void CpuTimeIsQuotedAndWallClockKeptBesideIt()
    {
        var s = SpeedSample.FromOutput(new ChildProcess.Output(0, "@@bench mode=speed n=3 kernel=0.250000 cpu=0.200000 jit=4 ok=1 rss_kb=2048\n", "", false));
        Assert.Equal(0.2, s.Seconds);
        Assert.Equal(0.25, s.WallSeconds);
        Assert.True(s.IsCpuTime);
        Assert.Equal(4, s.JitMethods);
        Assert.Equal(0.25, s.Waited, 9);
        // An interpreter without a thread clock (cpu=-1) or an older workload driver (no cpu field): wall-clock time.
        var noClock = SpeedSample.FromOutput(new ChildProcess.Output(0, "@@bench mode=speed n=3 kernel=0.250000 cpu=-1.000000 jit=-1 ok=1 rss_kb=2048\n", "", false));
        Assert.Equal(0.25, noClock.Seconds);
        Assert.False(noClock.IsCpuTime);
        Assert.True(double.IsNaN(noClock.Waited));
        var old = SpeedSample.FromOutput(new ChildProcess.Output(0, "@@bench mode=speed n=3 kernel=0.5 ok=1 rss_kb=1\n", "", false));
        Assert.Equal(0.5, old.Seconds);
        Assert.Equal(-1, old.JitMethods);
        Assert.Equal("cpu", SpeedReport.ClockOf([s, s]));
        Assert.Equal("mixed", SpeedReport.ClockOf([s, old]));
        Assert.Equal("wall", SpeedReport.ClockOf([old, SpeedSample.Failed("x")]));
    }

    [Fact]
    public void ReportsShowEveryRepetitionAndTheSpread()
    {
        var a = new Workload("a", "speed", true, "a.py", "test");
        var cmd = new InterpreterCommand("x", []);
        SpeedRunner gil = new("gil", "gil", "", cmd);
        var r = new SpeedResults { Options = SpeedOptions.Parse(["--cpython", "none"]), Workloads = [a], Runners = [gil], Machine = new MachineInfo() };
        var cell = r.CellFor(a, gil);
        cell.Samples.Add(new SpeedSample(0.20, 1024, null, 0.201, 0, IsCpuTime: true));
        cell.Samples.Add(new SpeedSample(0.22, 1024, null, 0.27, 3, IsCpuTime: true));   // waited 23% for a CPU
        cell.Samples.Add(new SpeedSample(0.21, 1024, null, 0.21, 0, IsCpuTime: true));
        cell.Samples.Add(SpeedSample.Failed("boom"));
        Assert.Equal("0.210 (0.200–0.220, 10%)", SpeedReport.TimeCell(cell));
        var md = SpeedReport.RenderMarkdown(r).Split('\n');
        Assert.Contains(md, l => l.StartsWith("| a | 0.210 (0.200–0.220, 10%) |") || l.StartsWith("| a | — | 0.210 (0.200–0.220, 10%) |"));
        Assert.Contains(md, l => l.StartsWith("| a | gil | 0.2000 0.2200 [0.2700] (jit 3) 0.2100 error | 0.210 | 0.205–0.215 | 10% |"));
        Assert.Contains(md, l => l.Contains("1 of 3 runs waited for a CPU"));
        var csv = SpeedReport.RenderCsv(r).Split('\n');
        var row = csv[1].Split(',');
        var header = SpeedReport.CsvHeader.Split(',');
        Assert.Equal(header.Length, row.Length);
        string Col(string name) => row[Array.IndexOf(header, name)];
        Assert.Equal("cpu", Col("clock"));
        Assert.Equal("0.2;0.22;0.21;", Col("times_s"));
        Assert.Equal("0.201;0.27;0.21;", Col("wall_times_s"));
        Assert.Equal(100 * 0.02 / 0.21, double.Parse(Col("spread_pct"), System.Globalization.CultureInfo.InvariantCulture), 6);
        using var json = System.Text.Json.JsonDocument.Parse(SpeedReport.RenderJson(r));
        var res = json.RootElement.GetProperty("results")[0];
        Assert.Equal(4, res.GetProperty("samples").GetArrayLength());
        Assert.Equal(0.27, res.GetProperty("samples")[1].GetProperty("wallSeconds").GetDouble());
        Assert.Equal(0.02 / 0.21, res.GetProperty("spread").GetDouble(), 9);
        Assert.Equal(0.205, res.GetProperty("q1").GetDouble(), 9);
    }

    [Fact]
    public void TheIssueWorkloadsAreThereAndDescribed()
    {
        var all = Workload.LoadAll(SpeedHarness.FindDirectory());
        string[] required = ["fib", "nbody", "text_dict", "oop", "sort_comp", "richards", "spectral_norm", "fannkuch",
                             "nqueens", "raytrace", "unpacking", "generators", "string_format", "pidigits"];
        Assert.Equal(required.Order(), all.Select(w => w.Name).Where(required.Contains).Order());
        Assert.All(all, w => Assert.Equal("speed", w.Family));
        Assert.All(all, w => Assert.False(string.IsNullOrWhiteSpace(w.Description), w.Name));
    }

    [Fact]
    public void RatiosAndGeometricMeanComeFromTheMedians()
    {
        var a = new Workload("a", "speed", true, "a.py", "test");
        var b = new Workload("b", "speed", true, "b.py", "test");
        var cmd = new InterpreterCommand("x", []);
        SpeedRunner cp = new("cpython-3.13.0", "cpython", "", cmd), gil = new("gil", "gil", "", cmd), ft = new("free-threaded", "free-threaded", "", cmd);
        var r = new SpeedResults { Options = SpeedOptions.Parse([]), Workloads = [a, b], Runners = [cp, gil, ft], Machine = new MachineInfo() };
        foreach (var t in new[] { 1.0, 3.0, 2.0 }) r.CellFor(a, cp).Samples.Add(new SpeedSample(t, 1024, null));
        r.CellFor(a, gil).Samples.Add(new SpeedSample(4.0, 2048, null));
        r.CellFor(a, ft).Samples.Add(new SpeedSample(6.0, 4096, null));
        r.CellFor(b, cp).Samples.Add(new SpeedSample(1.0, 1024, null));
        r.CellFor(b, gil).Samples.Add(new SpeedSample(8.0, 1024, null));
        r.CellFor(b, ft).Samples.Add(SpeedSample.Failed("boom"));
        Assert.Equal(2.0, r.Ratio("a", "gil", "cpython")!.Value, 9);
        Assert.Equal(1.5, r.Ratio("a", "free-threaded", "gil")!.Value, 9);
        Assert.Null(r.Ratio("b", "free-threaded", "cpython"));
        var (mean, count) = r.GeoMean("gil", "cpython");
        Assert.Equal(2, count);
        Assert.Equal(4.0, mean!.Value, 9);                      // sqrt(2 * 8)
        Assert.Equal(4.0, r.CellFor(a, ft).PeakRssMb, 9);
        var md = SpeedReport.RenderMarkdown(r);
        Assert.Contains(md.Split('\n'), l => l.StartsWith("| **geometric mean** | | | | 4.00 |"));
        Assert.Contains(md.Split('\n'), l => l.StartsWith("| ↳ free-threaded: boom"));
    }

    [Fact]
    public void BenchLineWithPeakMemoryIsRead()
    {
        var s = SpeedSample.FromOutput(new ChildProcess.Output(0, "@@bench mode=speed n=3 kernel=0.500000 ok=1 rss_kb=2048\n", "", false));
        Assert.True(s.Ok);
        Assert.Equal(0.5, s.Seconds);
        Assert.Equal(2048, s.PeakRssKb);
        var bad = SpeedSample.FromOutput(new ChildProcess.Output(3, "@@bench mode=speed n=3 kernel=0.5 ok=0 rss_kb=1 detail=result_1_!=_2\n", "", false));
        Assert.False(bad.Ok);
        Assert.Contains("result 1 != 2", bad.Error);
    }

    /// <summary>A tiny real run: two workloads, two repetitions, every runner; both files written.</summary>
    [Fact]
    public async Task TinyRunWritesMarkdownAndCsv()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ft-speed-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var o = SpeedOptions.Parse(["--workloads", "fib,unpacking", "--repetitions", "2", "--scale", "0.05", "--output", dir, "--silent"]);
            var results = await SpeedHarness.RunAsync(o);
            SpeedReport.WriteAll(results);
            Assert.Equal(o.CPython != null && File.Exists(o.CPython) ? 3 : 2, results.Runners.Count);
            foreach (var c in results.Cells)
            {
                Assert.True(c.HasTime, $"{c.Workload.Name} on {c.Runner.Name}: {c.Error}");
                Assert.Equal(2, c.Samples.Count);
                Assert.True(c.PeakRssMb > 1, $"{c.Runner.Name}: peak RSS {c.PeakRssMb}");
            }
            var md = File.ReadAllLines(Path.Combine(dir, SpeedReport.Markdown));
            // One row in the main table (a time or "—" after the name), one per runner under "Every repetition".
            Assert.Single(md, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| fib \| [\d—]"));
            Assert.Single(md, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| unpacking \| [\d—]"));
            Assert.Equal(results.Runners.Count, md.Count(l => l.StartsWith("| fib | ") && results.Runners.Any(x => l.StartsWith($"| fib | {x.Name} | "))));
            Assert.Matches(@"^\| \*\*geometric mean\*\* \| \| \| \| [\d.—]+ \| [\d.—]+ \| \d+\.\d\d \|", Assert.Single(md, l => l.StartsWith("| **geometric mean**")));
            Assert.True(File.Exists(Path.Combine(dir, SpeedReport.Json)));
            Assert.All(results.Cells.SelectMany(c => c.Samples), s => Assert.True(s.IsCpuTime, "every interpreter here has time.thread_time"));
            var csv = File.ReadAllLines(Path.Combine(dir, SpeedReport.Csv));
            Assert.Equal(SpeedReport.CsvHeader, csv[0]);
            Assert.Equal(2 * results.Runners.Count, csv.Length - 1);
            Assert.All(csv.Skip(1), l => Assert.True(double.Parse(l.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture) > 0, l));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
