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
            Assert.Single(md, l => l.StartsWith("| fib |"));
            Assert.Single(md, l => l.StartsWith("| unpacking |"));
            Assert.Matches(@"^\| \*\*geometric mean\*\* \| \| \| \| [\d.—]+ \| [\d.—]+ \| \d+\.\d\d \|", Assert.Single(md, l => l.StartsWith("| **geometric mean**")));
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
