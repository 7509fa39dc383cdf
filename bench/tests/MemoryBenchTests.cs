using Vm.Bench;
using Vm.Bench.Memory;
using Xunit;

namespace Vm.Bench.Tests;

public class MemoryBenchTests
{
    /// <summary>Every kind on both backends (a small N, one round): each run reports a positive
    /// peak and a number of bytes per object, and the table has a row per kind.</summary>
    [Fact]
    public void EveryKindRunsOnBothBackendsAndFillsTheTable()
    {
        var runners = MemoryBench.Runners("/nonexistent/python", Path.Combine(AppContext.BaseDirectory, "pyvm.dll"));
        Assert.Equal(["pyvm-gil", "pyvm-ft"], runners.Select(r => r.Name));
        var log = new List<string>();
        var table = MemoryBench.Measure(runners, MemoryBench.Kinds, 20_000, 1,
            Path.Combine(AppContext.BaseDirectory, "memory", "memory_bench.py"), log.Add);
        foreach (var ((kind, runner), samples) in table)
        {
            var s = Assert.Single(samples);
            Assert.True(s.PeakRssMb > 1, $"{runner} {kind}: peak {s.PeakRssMb} MiB; {string.Join("; ", log)}");
            Assert.False(double.IsNaN(s.BytesPerObject), $"{runner} {kind}");
            // at rest <= peak with one batch <= peak with both batches, all measured (not NaN)
            Assert.True(s.BaselineMb > 1 && s.BaselineMb <= s.PeakOneBatchMb && s.PeakOneBatchMb <= s.PeakRssMb,
                $"{runner} {kind}: at rest {s.BaselineMb}, one batch {s.PeakOneBatchMb}, both {s.PeakRssMb}");
        }
        var md = MemoryBench.Format(table, runners).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2 + MemoryBench.Kinds.Length, md.Length);
        Assert.Contains(md, l => l.StartsWith("| instance | "));
        Assert.Equal(1 + 3 * runners.Count, md[0].Split('|', StringSplitOptions.RemoveEmptyEntries).Length);   // kind + 3 figures per runner
        Assert.Contains("pyvm-ft peak MiB (N objects)", md[0]);
    }
}
