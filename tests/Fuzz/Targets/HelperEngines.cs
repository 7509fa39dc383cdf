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
        // The helpers load without the time and instruction budget (importing modules on a
        // loaded machine can take longer than one fuzzed call may); the engine reads its
        // options at every call, so the budget holds from the first input on.
        var options = FuzzTargets.LimitedOptions();
        var (timeout, instructions) = (options.Timeout, options.MaxInstructions);
        (options.Timeout, options.MaxInstructions) = (null, null);
        var engine = PythonEngine.Create(backend, options);
        engine.Execute(HelperSource.Code, "<fuzz-helpers>");
        (options.Timeout, options.MaxInstructions) = (timeout, instructions);
        return engine;
    }

    public static FuzzOutcome Call(PythonEngine engine, string function, byte[] input, bool checkAsserts) =>
        FuzzTargets.Guard(function, () => engine.Call(function, input), checkAsserts);
}
