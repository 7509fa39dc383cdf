// `pyvm -m NAME args...` runs module NAME as __main__: a file on the search path (the current
// directory first), else a module shipped inside the VM (Lib/, e.g. timeit), as CPython's -m
// finds frozen and standard-library modules through the import system.
using Xunit;

namespace Vm.Tests.Robustness;

public sealed class RunModuleOptionTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pyvm-m-" + Guid.NewGuid().ToString("N"));

    public RunModuleOptionTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "hello_mod.py"), """
            import sys
            print(__name__, sys.argv[1:])
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void Shipped_module_runs_as_main(string backend)
    {
        // `-m timeit -n 3 -r 2 pass`: ChildVm appends the "script" argument last, here the statement
        var r = ChildVm.Run(backend, "pass", vmOptions: ["-m", "timeit", "-n", "3", "-r", "2"], workingDirectory: _dir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(@"^3 loops, best of 2: \d[\d.]* (nsec|usec|msec|sec) per loop\n$", r.Stdout);
    }

    [Fact]
    public void Module_in_current_directory_runs_as_main_with_its_arguments()
    {
        var r = ChildVm.Run("gil", "x", vmOptions: ["-m", "hello_mod", "a"], workingDirectory: _dir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("__main__ ['a', 'x']\n", r.Stdout);
    }

    [Fact]
    public void Unknown_module_is_a_clear_error()
    {
        var r = ChildVm.Run("gil", "x", vmOptions: ["-m", "no_such_module_here"], workingDirectory: _dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("No module named no_such_module_here", r.Stderr);
    }
}
