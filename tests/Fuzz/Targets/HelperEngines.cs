// The engines the byte-level targets (parse, pickle, struct, int, float, threads) call into: one
// per backend, created once per process with the Python helpers of HelperSource loaded, and
// reused for every input (creating an engine per input would cost more than the target itself).
// The helpers keep no state between calls; a call that hits a limit leaves the engine usable.
using Vm.Hosting;

namespace Vm.Fuzz;

internal static class HelperEngines
{
    private static readonly Lazy<PythonEngine> s_gil = new(() => Create(Backend.Gil));
    private static readonly Lazy<PythonEngine> s_freeThreaded = new(() => Create(Backend.FreeThreaded));

    public static PythonEngine Gil => s_gil.Value;
    public static PythonEngine FreeThreaded => s_freeThreaded.Value;

    private static PythonEngine Create(Backend backend)
    {
        var engine = PythonEngine.Create(backend, FuzzTargets.LimitedOptions());
        engine.Execute(HelperSource.Code, "<fuzz-helpers>");
        return engine;
    }

    public static FuzzOutcome Call(PythonEngine engine, string function, byte[] input, bool checkAsserts) =>
        FuzzTargets.Guard(function, () => engine.Call(function, input), checkAsserts);
}
