// Replays the committed fuzz regression corpus (tests/Fuzz/regressions/<target>/<file>: every
// crashing or hanging input the fuzzers found, plus hand-made nasty ones) through the same target
// code the fuzzer runs (tests/Fuzz/Targets). Each input must end as a clean result, a Python
// exception or a stopped limit, within its time budget; any other .NET exception fails the test.
using Vm.Fuzz;
using Xunit;

namespace Vm.Tests.Fuzz;

public sealed class FuzzRegressionTests
{
    /// <summary>Where the corpus is copied beside the test assembly (see Vm.Tests.csproj).</summary>
    private static string CorpusDir => Path.Combine(AppContext.BaseDirectory, "fuzz-regressions");

    /// <summary>A run's budget is 2 s (FuzzTargets.LimitedOptions) plus engine start and stop.</summary>
    private static readonly TimeSpan s_hangAfter = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
        {
            var dir = Path.Combine(CorpusDir, target);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
                data.Add(target, Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_ends_as_python_exception_or_clean_result(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(CorpusDir, target, file));
        Exception? escaped = null;
        FuzzOutcome outcome = default;
        // The fuzzer runs inputs on a process's main thread (8 MB stack): so does the replay.
        var thread = new Thread(() =>
        {
            try { outcome = FuzzTargets.Run(target, input); }
            catch (Exception e) { escaped = e; }
        }, 8 << 20) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(s_hangAfter), $"{target}/{file} still running after {s_hangAfter.TotalSeconds} s (hang)");
        Assert.Null(escaped);
        Assert.True(Enum.IsDefined(outcome));
    }

    [Fact]
    public void Every_target_has_a_regression_corpus()
    {
        foreach (var target in FuzzTargets.Names)
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(CorpusDir, target)));
    }

    [Fact]
    public void The_guard_passes_python_errors_and_reports_failed_checks()
    {
        Assert.Equal(FuzzOutcome.PythonError, FuzzTargets.Run("parse", "def (:"u8.ToArray()));
        Assert.Equal(FuzzOutcome.Ok, FuzzTargets.Run("int", [10, (byte)'4', (byte)'2']));
        var failedCheck = new Vm.Hosting.PythonException("AssertionError", "lost", "AssertionError: lost\n");
        Assert.Throws<FuzzInvariantException>(() => FuzzTargets.Guard("t", () => throw failedCheck, checkAsserts: true));
        Assert.Equal(FuzzOutcome.PythonError, FuzzTargets.Guard("t", () => throw failedCheck, checkAsserts: false));
        Assert.Throws<InvalidCastException>(() => FuzzTargets.Guard("t", () => throw new InvalidCastException(), checkAsserts: false));
        Assert.Throws<ArgumentException>(() => FuzzTargets.Run("no-such-target", []));
    }
}
