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

/// <summary>sys.stdin as a text file: iteration, read(n), readline, readlines, universal newlines.</summary>
public sealed class StdinTextTests
{
    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void Stdin_iterates_by_line_with_universal_newlines(string backend)
    {
        var r = ChildVm.RunSource(backend, "import sys\nprint([l for l in sys.stdin])\n", stdin: "a\r\nb\rc\nlast");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("['a\\n', 'b\\n', 'c\\n', 'last']\n", r.Stdout);
    }

    [Fact]
    public void Stdin_read_readline_readlines_as_cpython()
    {
        // CPython 3.13 prints: 'ab' 'c\n' ['def\n'] '' False r
        var r = ChildVm.RunSource("gil", "import sys\nprint(repr(sys.stdin.read(2)), repr(sys.stdin.readline()), sys.stdin.readlines(), repr(sys.stdin.readline()), sys.stdin.closed, sys.stdin.mode)\n",
            stdin: "abc\ndef\n");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("'ab' 'c\\n' ['def\\n'] '' False r\n", r.Stdout);
    }

    [Fact]
    public void Json_tool_pretty_prints_stdin_and_json_lines()
    {
        var r = ChildVm.Run("gil", "--sort-keys", vmOptions: ["-m", "json.tool"], workingDirectory: Path.GetTempPath(),
            stdin: "{\"b\": [1, 2.5, null, true], \"a\": \"\u00e9\"}");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("{\n    \"a\": \"\\u00e9\",\n    \"b\": [\n        1,\n        2.5,\n        null,\n        true\n    ]\n}\n", r.Stdout);
        var lines = ChildVm.Run("gil", "--compact", vmOptions: ["-m", "json.tool", "--json-lines"], workingDirectory: Path.GetTempPath(),
            stdin: "{\"x\": 1}\n\n[2]\n");
        Assert.Equal("{\"x\":1}\n[2]\n", lines.Stdout);
        var bad = ChildVm.Run("gil", "-", vmOptions: ["-m", "json.tool"], workingDirectory: Path.GetTempPath(), stdin: "{\"a\": ");
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal("Expecting value: line 1 column 7 (char 6)\n", bad.Stderr);
    }
}
