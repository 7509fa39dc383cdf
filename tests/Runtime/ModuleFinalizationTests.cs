// At exit, module globals are released and what they hold runs __del__ (Runtime/ModuleFinalization.cs).
// The corpus program refcount/module_globals_at_exit.py checks the order against CPython where
// CPython's order is dict order; these check what CPython's collector orders its own way, so
// they compare sets of lines, each exactly once.
using Vm.Tests.Robustness;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class ModuleFinalizationTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Prelude = """
        import sys

        class Resource:
            def __init__(self, name):
                self.name = name

            def __del__(self):
                print("release", self.name, COUNTER)

        COUNTER = 7

        """;

    private static string[] Releases(string backend, string body)
    {
        var r = ChildVm.RunSource(backend, Prelude + body);
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}\n{ChildVm.Tail(r.Stderr)}");
        Assert.Equal("", r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("end", lines[0]);
        return lines[1..].Order(StringComparer.Ordinal).ToArray();
    }

    [Theory, MemberData(nameof(Backends))]
    public void ContainersClassAndFunctionAttributesDefaultsAndCyclesAreReleasedAtExit(string backend)
    {
        var released = Releases(backend, """
            items = [Resource("list item")]
            table = {"k": Resource("dict value")}

            class Holder:
                shared = Resource("class attribute")

            def fn(x=Resource("default value")):
                return x

            fn.tag = Resource("function attribute")
            cyclic = Resource("cycle")
            cyclic.me = cyclic
            print("end")
            """);
        Assert.Equal(new[]
        {
            "release class attribute 7", "release cycle 7", "release default value 7",
            "release dict value 7", "release function attribute 7", "release list item 7",
        }, released);
    }

    [Theory, MemberData(nameof(Backends))]
    public void AnImportedModulesGlobalsAreReleasedAtExit(string backend)
    {
        var dir = Directory.CreateTempSubdirectory("modfin");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "helper_mod.py"), """
                class Tracked:
                    def __del__(self):
                        print("release helper global", LABEL)

                LABEL = "readable"
                held = Tracked()
                """);
            var main = Path.Combine(dir.FullName, "main.py");
            File.WriteAllText(main, "import helper_mod\nprint('end')\n");
            var r = ChildVm.Run(backend, main);
            Assert.True(r.ExitCode == 0, ChildVm.Tail(r.Stderr));
            Assert.Equal("end\nrelease helper global readable\n", r.Stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void ADaemonThreadStillRunningKeepsTheGlobals(string backend)
    {
        // The daemon thread may still read the globals: nothing is released under it.
        var r = ChildVm.RunSource(backend, Prelude + """
            import threading, time
            keep = Resource("global")
            def spin():
                while True:
                    assert keep.name == "global"
                    time.sleep(0.001)
            threading.Thread(target=spin, daemon=True).start()
            time.sleep(0.05)
            print("end")
            """);
        Assert.True(r.ExitCode == 0, ChildVm.Tail(r.Stderr));
        Assert.Equal("end\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }
}
