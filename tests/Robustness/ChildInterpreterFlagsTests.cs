// multiprocessing children run with the parent's -X and -W options, as CPython passes them
// (subprocess._args_from_interpreter_flags): sys._xoptions and sys.warnoptions in a spawn child
// and in a forkserver child equal the parent's.
using System.Runtime.Versioning;
using Xunit;

namespace Vm.Tests.Robustness;

[UnsupportedOSPlatform("windows")]
public sealed class ChildInterpreterFlagsTests
{
    private const string Program = """
        import multiprocessing as mp
        import sys


        def show(q):
            q.put((sorted(sys._xoptions.items()), sys.warnoptions))


        if __name__ == "__main__":
            print(sorted(sys._xoptions.items()), sys.warnoptions)
            for method in ("spawn", "forkserver"):
                ctx = mp.get_context(method)
                q = ctx.Queue()
                p = ctx.Process(target=show, args=(q,))
                p.start()
                print(method, *q.get())
                p.join()
        """;

    [Theory]
    [InlineData("gil", "nojit", "('nojit', True)")]
    [InlineData("free-threaded", "nojit", "('nojit', True)")]
    [InlineData("free-threaded", "jit=always", "('jit', 'always')")]
    public void ChildrenSeeTheParentsXAndWOptions(string backend, string xoption, string entry)
    {
        var r = ChildVm.RunSource(backend, Program, vmOptions: ["-X", xoption, "-W", "ignore::DeprecationWarning"]);
        Assert.True(r.ExitCode == 0, ChildVm.Tail(r.Stderr));
        string gil = backend == "gil" ? "('gil', '1')" : "('gil', '0')";
        string options = string.CompareOrdinal(gil, entry) < 0 ? $"[{gil}, {entry}]" : $"[{entry}, {gil}]";
        string flags = $"{options} ['ignore::DeprecationWarning']";
        Assert.Equal($"{flags}\nspawn {flags}\nforkserver {flags}\n", r.Stdout);
    }

    [Fact]
    public void XOptionsMapNamesToValuesOrTrueInCommandLineOrder()
    {
        var r = ChildVm.RunSource("free-threaded", "import sys; print(sys._xoptions)", vmOptions: ["-X", "foo", "-Xbar=a=b"]);
        Assert.True(r.ExitCode == 0, ChildVm.Tail(r.Stderr));
        Assert.Equal("{'gil': '0', 'foo': True, 'bar': 'a=b'}\n", r.Stdout); // ChildVm passes -X gil=N first
    }
}
