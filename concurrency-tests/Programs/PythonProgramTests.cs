// Scenario 5: small threaded Python programs run on the VM under Coyote, on both backends. Each
// iteration builds a fresh runtime (GilEngine / FreeThreadedEngine) whose timed waits go through the
// CoyoteWaitSeam, runs the program as __main__ and checks that it printed exactly what CPython 3.13
// printed (the .out beside it) and exited with status 0. The programs assert their own invariants
// (a lost update, a thread passing a barrier early, a second __del__ would all change the output);
// a deadlock or a lost wake-up is reported by Coyote.
using Microsoft.Coyote.Specifications;
using Vm.ConcurrencyTests.Harness;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace Vm.ConcurrencyTests.Programs;

public sealed class PythonProgramTests(ITestOutputHelper output)
{
    public static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "Programs");

    public static IEnumerable<object[]> Cases()
    {
        foreach (var p in Directory.EnumerateFiles(ProgramsDir, "*.py").Order(StringComparer.Ordinal))
        {
            yield return [Path.GetFileNameWithoutExtension(p), "gil"];
            yield return [Path.GetFileNameWithoutExtension(p), "free-threaded"];
        }
    }

    /// <summary>A fresh runtime of the backend whose output goes to string writers.</summary>
    private sealed record Prepared(PyRuntime Rt, StringWriter Stdout, StringWriter Stderr);

    private static Prepared Prepare(string backend)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var options = new RuntimeOptions { Stdout = stdout, Stderr = stderr };
        PyRuntime rt = backend == "gil" ? GilEngine.Create(options) : FreeThreadedEngine.Create(options);
        rt.WaitSeam = new CoyoteWaitSeam();
        return new Prepared(rt, stdout, stderr);
    }

    /// <summary>Runtimes built before the engine starts (building one under Coyote costs about a second).</summary>
    private const int Prebuilt = 20;

    [Theory]
    [MemberData(nameof(Cases))]
    public void PythonProgram_InvariantsHoldUnderCoyote(string program, string backend)
    {
        var path = Path.Combine(ProgramsDir, program + ".py");
        var source = File.ReadAllText(path);
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".out")).Replace("\r\n", "\n");
        uint budget = CoyoteRun.Budget(CiIterations);
        // One fresh runtime per iteration: the first ones are built now, uncontrolled and
        // single-threaded; a deep run builds the rest inside its iterations.
        var pool = new Queue<Prepared>();
        for (int i = 0; i < Math.Min(budget, Prebuilt); i++) pool.Enqueue(Prepare(backend));
        CoyoteRun.AssertNoBug(output, $"Program_{program}_{backend}", CiIterations, () =>
        {
            var p = pool.Count > 0 ? pool.Dequeue() : Prepare(backend);
            p.Rt.WaitSeam = new CoyoteWaitSeam();
            int status = ScriptRunner.RunMain(p.Rt, source, path);
            string stdout = p.Stdout.ToString();
            Specification.Assert(status == 0 && stdout == expected,
                $"{program}.py on {backend}: exit {status}\n--- expected\n{expected}--- actual\n{stdout}--- stderr\n{p.Stderr}");
        }, c => c.WithMaxSchedulingSteps(200_000));
    }

    private const uint CiIterations = 5;
}
