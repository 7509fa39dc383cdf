// The resource-exhaustion programs of Robustness/programs (issue 10: huge allocations, deep
// containers, deep recursion in Python code, through yield from, in the parser) carry CPython
// 3.13's output beside them (.out) and run in a child pyvm, so a stack overflow fails one test
// instead of killing the test host. A class per backend, so xunit runs them in parallel with each
// other and with the other resource tests (the methods of one class run one after another).
using Xunit;

namespace Vm.Tests.Robustness;

public sealed class ResourceExhaustionProgramTests
{
    [Theory, MemberData(nameof(ResourceExhaustionPrograms.Names), MemberType = typeof(ResourceExhaustionPrograms))]
    public void ProgramPrintsWhatCPythonPrinted_Gil(string program) => ResourceExhaustionPrograms.Check(program, "gil");
}

public sealed class ResourceExhaustionProgramFreeThreadedTests
{
    [Theory, MemberData(nameof(ResourceExhaustionPrograms.Names), MemberType = typeof(ResourceExhaustionPrograms))]
    public void ProgramPrintsWhatCPythonPrinted_FreeThreaded(string program) => ResourceExhaustionPrograms.Check(program, "free-threaded");
}

public static class ResourceExhaustionPrograms
{
    public static TheoryData<string> Names() =>
        new() { "huge_alloc.py", "deep_containers.py", "deep_python_recursion.py", "deep_yield_from.py", "deep_parse.py" };

    public static void Check(string program, string backend)
    {
        var path = Path.Combine(ChildVm.ProgramsDir, program);
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".out")).Replace("\r\n", "\n");
        var r = ChildVm.Run(backend, path);
        Assert.True(r.ExitCode == 0 && r.Stdout == expected,
            $"{program} on {backend}: exit {r.ExitCode} after {r.Elapsed.TotalSeconds:F1} s\n--- expected\n{ChildVm.Tail(expected)}\n--- actual\n{ChildVm.Tail(r.Stdout)}\n--- stderr\n{ChildVm.Tail(r.Stderr)}");
    }
}
