// Runs a program as __main__ on a fresh runtime of either backend and keeps its globals, for tests
// that look at the objects a program left behind.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

internal static class ProgramRun
{
    /// <summary>Runs <paramref name="source"/> ("gil" or "free-threaded" backend); fails the test
    /// when it exits with an error.</summary>
    public static (PyRuntime Rt, PyDict Globals) RunAsMain(string backend, string source, string filename)
    {
        var options = new RuntimeOptions { Stdout = new StringWriter(), Stderr = new StringWriter(), Stdin = new StringReader("") };
        PyRuntime rt = backend == "gil" ? GilEngine.Create(options) : FreeThreadedEngine.Create(options);
        int status = -1;
        var main = new Thread(() => status = ScriptRunner.RunMain(rt, source, filename, cached: false, finalizeModules: false), ScriptRunner.BigStackSize);
        main.Start();
        main.Join();
        Assert.True(status == 0, options.Stderr.ToString());
        var mod = (PyModule)rt.Modules.GetStr(rt.Intern("__main__"))!;
        return (rt, mod.Dict!);
    }
}
