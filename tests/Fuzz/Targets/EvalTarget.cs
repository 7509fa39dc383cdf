// Target "eval": the input is a Python program (a mutated corpus program), run in a fresh engine
// under the instruction, memory and time budget of FuzzTargets.LimitedOptions. A fresh engine per
// input keeps one input's changes to builtins or modules from leaking into the next.
using System.Text;
using Vm.Hosting;

namespace Vm.Fuzz;

internal static class EvalTarget
{
    public static FuzzOutcome Run(byte[] input)
    {
        // An odd length runs on the GIL backend, an even one on the free-threaded backend: both
        // get fuzzed, and a given input always picks the same one.
        var backend = (input.Length & 1) == 0 ? Backend.FreeThreaded : Backend.Gil;
        var source = Encoding.UTF8.GetString(input);
        using var engine = PythonEngine.Create(backend, FuzzTargets.LimitedOptions());
        return FuzzTargets.Guard("eval", () => engine.Execute(source, "<fuzz>"), checkAsserts: false);
    }
}
