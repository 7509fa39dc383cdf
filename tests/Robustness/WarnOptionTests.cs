using Xunit;

namespace Vm.Tests.Robustness;

/// <summary>pyvm's -W options and PYTHONWARNINGS reach sys.warnoptions and the warnings filters, as in CPython.</summary>
public class WarnOptionTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Program = """
        import sys, warnings
        print(sys.warnoptions)
        try:
            warnings.warn("boom", RuntimeWarning)
            print("shown")
        except RuntimeWarning as e:
            print("raised", e)
        warnings.warn("dep", DeprecationWarning)
        print("end")
        """;

    [Theory, MemberData(nameof(Backends))]
    public void DashWErrorTurnsTheWarningIntoAnException(string backend)
    {
        var r = ChildVm.RunSource(backend, Program, vmOptions: ["-W", "error::RuntimeWarning"]);
        Assert.Equal("['error::RuntimeWarning']\nraised boom\nend\n", r.Stdout);
        Assert.Contains("DeprecationWarning: dep", r.Stderr); // __main__ still shows DeprecationWarning
    }

    [Theory, MemberData(nameof(Backends))]
    public void EnvironmentOptionsComeFirstAndLaterOptionsWin(string backend)
    {
        var env = new Dictionary<string, string> { ["PYTHONWARNINGS"] = "ignore::DeprecationWarning,bogus" };
        var r = ChildVm.RunSource(backend, Program, vmOptions: ["-Werror::RuntimeWarning"], environment: env);
        Assert.Equal("['ignore::DeprecationWarning', 'bogus', 'error::RuntimeWarning']\nraised boom\nend\n", r.Stdout);
        Assert.Equal("Invalid -W option ignored: invalid action: 'bogus'\n", r.Stderr);
    }

    [Theory, MemberData(nameof(Backends))]
    public void WithoutOptionsWarningsArePrintedOnce(string backend)
    {
        var r = ChildVm.RunSource(backend, Program + "\nfor i in range(3):\n    warnings.warn('loop')\n");
        Assert.Equal("[]\nshown\nend\n", r.Stdout);
        Assert.Single(r.Stderr.Split('\n'), l => l.EndsWith("UserWarning: loop"));
        Assert.Contains("RuntimeWarning: boom", r.Stderr);
    }
}
