// `pyvm x.py` runs the main script under an absolute file name, as CPython does since 3.9: __file__,
// co_filename and the traceback's File line are the current directory joined to the path as given
// (not normalised), while sys.argv[0] stays as typed.
using Xunit;

namespace Vm.Tests.Robustness;

public sealed class MainScriptPathTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pyvm-mainpath-" + Guid.NewGuid().ToString("N"));

    public MainScriptPathTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "main.py"), """
            import sys
            print(__file__)
            print(sys._getframe().f_code.co_filename)
            print(sys.argv[0])
            raise ValueError("boom")
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("gil", "main.py")]
    [InlineData("free-threaded", "main.py")]
    [InlineData("gil", "./main.py")]
    public void Relative_script_name_becomes_absolute(string backend, string given)
    {
        var r = ChildVm.Run(backend, given, workingDirectory: _dir);
        var expected = Path.Combine(_dir, given);
        Assert.Equal($"{expected}\n{expected}\n{given}\n", r.Stdout);
        Assert.Contains($"File \"{expected}\", line 5, in <module>", r.Stderr);
    }
}
