// Runs a Coyote TestingEngine from an xunit test (COYOTE.md: rewritten assemblies only; one
// engine at a time, hence xunit parallelisation is off in xunit.runner.json).
//
// Budgets. Each scenario declares its CI iteration count (chosen so the whole suite stays within a
// few minutes on 2 cores). FT_COYOTE_ITERATIONS overrides it for every scenario (deep runs:
// FT_COYOTE_ITERATIONS=100000). Seeded-bug tests stop at the first bug and must find it within
// max(CI budget, FT_COYOTE_ITERATIONS).
//
// Traces. Every bug found (seeded or real) is written to FT_COYOTE_TRACES (default: the folder
// coyote-traces/ beside the test DLL) as <Scenario>.trace (Coyote's reproducible trace) and
// <Scenario>.txt (the readable trace and bug report). FT_COYOTE_REPLAY=<path to a .trace file>
// makes the scenario of that name replay the trace instead of exploring (see README.md).
// Seeded-bug tests also replay their own trace at once and assert it reproduces the bug.
using System.Diagnostics;
using Microsoft.Coyote;
using Microsoft.Coyote.SystematicTesting;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.Harness;

/// <summary>What one engine run explored and found.</summary>
public sealed record CoyoteResult(
    string Scenario,
    int Iterations,
    int Bugs,
    string? BugReport,
    string? TracePath,
    TimeSpan Elapsed,
    bool Replayed);

public static class CoyoteRun
{
    public const string IterationsVar = "FT_COYOTE_ITERATIONS";
    public const string TracesVar = "FT_COYOTE_TRACES";
    public const string ReplayVar = "FT_COYOTE_REPLAY";

    /// <summary>The iteration budget of a scenario: FT_COYOTE_ITERATIONS if set, else its CI default.</summary>
    public static uint Budget(uint ciDefault)
    {
        var s = Environment.GetEnvironmentVariable(IterationsVar);
        return uint.TryParse(s, out uint n) && n > 0 ? n : ciDefault;
    }

    /// <summary>The folder bug traces are written to.</summary>
    public static string TraceDir
    {
        get
        {
            var d = Environment.GetEnvironmentVariable(TracesVar);
            if (string.IsNullOrWhiteSpace(d)) d = Path.Combine(AppContext.BaseDirectory, "coyote-traces");
            Directory.CreateDirectory(d);
            return d;
        }
    }

    /// <summary>The base configuration every scenario starts from.</summary>
    public static Configuration BaseConfig(uint iterations) =>
        Configuration.Create()
            .WithTestingIterations(iterations)
            .WithTelemetryEnabled(false)
            .WithConsoleLoggingEnabled(false)
            .WithPartiallyControlledConcurrencyAllowed(true)
            .WithMaxSchedulingSteps(20_000)
            .WithDeadlockTimeout(5000);

    /// <summary>Explores <paramref name="test"/> (one fresh runtime per call) and reports to the test output.</summary>
    public static CoyoteResult Explore(ITestOutputHelper output, string scenario, uint ciIterations, Action test,
        Func<Configuration, Configuration>? tune = null)
    {
        uint iterations = Budget(ciIterations);
        var config = BaseConfig(iterations);
        if (tune is not null) config = tune(config);

        var replay = Environment.GetEnvironmentVariable(ReplayVar);
        bool replaying = !string.IsNullOrWhiteSpace(replay) &&
                         string.Equals(Path.GetFileNameWithoutExtension(replay), scenario, StringComparison.Ordinal);
        if (replaying) config = config.WithReproducibleTrace(File.ReadAllText(replay!));

        var sw = Stopwatch.StartNew();
        using var engine = TestingEngine.Create(config, test);
        engine.Run();
        sw.Stop();
        var report = engine.TestReport;
        int explored = report.NumOfExploredFairPaths + report.NumOfExploredUnfairPaths;
        string? bug = report.NumOfFoundBugs > 0 ? string.Join("\n", report.BugReports) : null;
        string? tracePath = null;
        if (bug is not null && !replaying)
        {
            tracePath = Path.Combine(TraceDir, scenario + ".trace");
            File.WriteAllText(tracePath, engine.ReproducibleTrace);
            File.WriteAllText(Path.Combine(TraceDir, scenario + ".txt"),
                "Bug: " + bug + "\n\n" + report.GetText(config, "...") + "\n\n" + engine.ReadableTrace);
        }
        var result = new CoyoteResult(scenario, explored, report.NumOfFoundBugs, bug, tracePath, sw.Elapsed, replaying);
        output.WriteLine(
            $"[coyote] {scenario}: {(replaying ? "replayed " + replay : $"{explored} of {iterations} iterations explored")} " +
            $"in {sw.Elapsed.TotalSeconds:F2} s; bugs found: {report.NumOfFoundBugs}" +
            (report.NumOfFoundBugs > 0 ? $" (at iteration {explored})" : "") +
            (tracePath is not null ? $"; trace: {tracePath}" : ""));
        if (bug is not null) output.WriteLine("[coyote] " + bug);
        return result;
    }

    /// <summary>A scenario over the real backends: Coyote must find nothing.</summary>
    public static CoyoteResult AssertNoBug(ITestOutputHelper output, string scenario, uint ciIterations, Action test,
        Func<Configuration, Configuration>? tune = null)
    {
        var r = Explore(output, scenario, ciIterations, test, tune);
        Assert.True(r.Bugs == 0, $"Coyote found a bug in {scenario} (trace: {r.TracePath}):\n{r.BugReport}");
        return r;
    }

    /// <summary>
    /// A seeded bug: Coyote must find it within the budget, the trace is saved, and replaying the
    /// trace must reproduce it.
    /// </summary>
    /// <paramref name="requireReplay"/> false is for a seeded race between plain memory accesses,
    /// which Coyote does not schedule (memory-location rewriting is off for Vm.Shared, COYOTE.md):
    /// its trace may replay without the race going the same way.
    public static CoyoteResult AssertFindsBug(ITestOutputHelper output, string scenario, uint ciIterations, Action test,
        Func<Configuration, Configuration>? tune = null, string? expectedInReport = null, bool requireReplay = true)
    {
        var r = Explore(output, scenario, ciIterations, test, tune);
        Assert.True(r.Bugs > 0, $"Coyote did not find the seeded bug of {scenario} in {r.Iterations} iterations");
        if (expectedInReport is not null)
            Assert.Contains(expectedInReport, r.BugReport!, StringComparison.OrdinalIgnoreCase);
        if (r.Replayed || !requireReplay) return r;

        // The saved trace must reproduce the bug.
        var config = BaseConfig(1).WithReproducibleTrace(File.ReadAllText(r.TracePath!));
        if (tune is not null) config = tune(config).WithReproducibleTrace(File.ReadAllText(r.TracePath!));
        using var engine = TestingEngine.Create(config, test);
        engine.Run();
        Assert.True(engine.TestReport.NumOfFoundBugs > 0, $"replaying {r.TracePath} did not reproduce the bug");
        output.WriteLine($"[coyote] {scenario}: replaying the saved trace reproduces the bug");
        return r;
    }
}
