// PYVM_GCTRACE=1 (src/Vm.Cli/GcTrace.cs): the pyvm command reports its GC pauses, split into
// suspension, collection and restart per generation, and why each collection ran. Checked in a
// child process with a small gen0 budget, so a program allocating ~60 MB of floats must show
// many gen0 collections triggered by allocation.
using System.Text.RegularExpressions;
using Xunit;

namespace Vm.Tests.Robustness;

public sealed class GcTraceTests
{
    private const string Program = """
        x = 1.0
        for _ in range(1_000_000):
            x *= 1.000001
        print(round(x, 3))
        """;

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void ReportsGen0CollectionsAndTheirReason(string backend)
    {
        var env = new Dictionary<string, string> { ["PYVM_GCTRACE"] = "1", ["DOTNET_GCgen0size"] = "100000" };
        var r = ChildVm.RunSource(backend, Program, environment: env);
        Assert.True(r.ExitCode == 0, ChildVm.Tail(r.Stderr));
        Assert.Equal("2.718\n", r.Stdout);
        // 1 M floats of 56 bytes with a 1 MB budget: dozens of collections (the exact number depends
        // on the GC's tuning; at least 10 is far below it and far above zero).
        var m = Regex.Match(r.Stderr, @"gctrace: gen0 count=(\d+) suspend_ms=[\d.]+ gc_ms=[\d.]+ restart_ms=[\d.]+ mean_pause_ms=[\d.]+");
        Assert.True(m.Success, ChildVm.Tail(r.Stderr));
        Assert.True(int.Parse(m.Groups[1].Value) >= 10, m.Value);
        // reason 0: the allocation budget ran out
        Assert.Matches(@"gctrace: reasons .*gen0/reason0=\d+", r.Stderr);
    }

    [Fact]
    public void SilentWhenNotAsked()
    {
        var r = ChildVm.RunSource("free-threaded", Program, environment: new Dictionary<string, string> { ["DOTNET_GCgen0size"] = "100000" });
        Assert.True(r.ExitCode == 0, ChildVm.Tail(r.Stderr));
        Assert.DoesNotContain("gctrace", r.Stderr);
    }
}
