// A .NET exception escaping a builtin (a bug in the VM) must not take the host down: the eval loop
// turns it into a SystemError the script can catch, on both backends.
using Vm.Builtins;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class InternalFaultTests
{
    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void DotNetExceptionFromABuiltin_BecomesACatchableSystemError(string backend)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fault_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, """
            def call():
                return broken(1)
            try:
                call()
            except SystemError as e:
                print('caught', e)
            print('still running', sum(range(5)))
            call()
            """);
        try
        {
            PyRuntime Create(RuntimeOptions o)
            {
                PyRuntime rt = backend == "gil" ? GilEngine.Create(o) : FreeThreadedEngine.Create(o);
                Def.Function(rt, rt.BuiltinsDict, "broken", (ts, a, kw) => throw new InvalidOperationException("seeded fault"), "builtins");
                return rt;
            }
            var r = CapturedRun.RunFile(Create, path, timeoutMs: 120_000);
            Assert.Equal("caught internal error in the VM: System.InvalidOperationException: seeded fault\nstill running 10\n", r.Stdout);
            Assert.Equal(1, r.Status);
            Assert.Contains("line 2, in call", r.Stderr);
            Assert.Contains("SystemError: internal error in the VM: System.InvalidOperationException: seeded fault", r.Stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
