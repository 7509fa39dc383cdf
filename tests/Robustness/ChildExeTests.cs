// PYVM_CHILD_EXE: the pyvm command starts multiprocessing children with that executable (./pyvm
// names its NativeAOT build there while the script runs on ReadyToRun). Here the "child
// executable" is a shell script that logs its arguments and runs pyvm.dll, so the test sees which
// command each child ran.
using System.Runtime.Versioning;
using Xunit;

namespace Vm.Tests.Robustness;

[UnsupportedOSPlatform("windows")]
public sealed class ChildExeTests : IDisposable
{
    private const string Program = """
        import multiprocessing as mp

        def work(q, x):
            q.put(x * 2)

        if __name__ == "__main__":
            ctx = mp.get_context("spawn")
            q = ctx.Queue()
            p = ctx.Process(target=work, args=(q, 21))
            p.start()
            print(q.get())
            p.join()
            print("exitcode", p.exitcode)
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pyvm-childexe-" + Guid.NewGuid().ToString("N"));
    private string Wrapper => Path.Combine(_dir, "child-pyvm");
    private string Log => Path.Combine(_dir, "children.log");

    public ChildExeTests()
    {
        Directory.CreateDirectory(_dir);
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(host) || !File.Exists(host)) host = "dotnet";
        File.WriteAllText(Wrapper, $"#!/bin/sh\necho \"$@\" >> '{Log}'\nexec '{host}' '{Path.Combine(AppContext.BaseDirectory, "pyvm.dll")}' \"$@\"\n");
        File.SetUnixFileMode(Wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void ChildrenRunTheNamedExecutable(string backend)
    {
        var r = ChildVm.RunSource(backend, Program, environment: new Dictionary<string, string> { ["PYVM_CHILD_EXE"] = Wrapper });
        Assert.True(r.ExitCode == 0, ChildVm.Tail(r.Stderr));
        Assert.Equal("42\nexitcode 0\n", r.Stdout);
        var line = Assert.Single(File.ReadAllLines(Log));
        Assert.Contains("--multiprocessing-fork", line);
        Assert.Contains(backend == "gil" ? "gil=1" : "gil=0", line);   // the parent's backend
    }

    [Fact]
    public void AMissingExecutableIsIgnored()
    {
        var r = ChildVm.RunSource("free-threaded", Program,
            environment: new Dictionary<string, string> { ["PYVM_CHILD_EXE"] = Path.Combine(_dir, "absent") });
        Assert.True(r.ExitCode == 0, ChildVm.Tail(r.Stderr));
        Assert.Equal("42\nexitcode 0\n", r.Stdout);
        Assert.False(File.Exists(Log));
    }
}
