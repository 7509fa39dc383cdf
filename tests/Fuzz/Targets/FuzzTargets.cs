// The fuzz targets: each takes arbitrary bytes, runs them through one part of the VM, and ends in
// one of the outcomes the embedding API promises (a clean result, a Python exception, a stopped
// limit). Any other .NET exception propagates: that is a bug. The same code runs under AFL++
// (Program.cs, through SharpFuzz) and in tests/Vm.Tests (Replay/FuzzRegressionTests.cs), which
// replays the committed regression corpus.
using Vm.Hosting;

namespace Vm.Fuzz;

/// <summary>How an input ended. Anything else escapes as an exception and is a bug.</summary>
public enum FuzzOutcome
{
    /// <summary>The code ran to its end.</summary>
    Ok,
    /// <summary>A Python exception reached the host (SyntaxError, ValueError, ...).</summary>
    PythonError,
    /// <summary>A limit of the engine (instructions, memory, time) stopped the run.</summary>
    LimitStopped,
}

/// <summary>A target's own check failed (a round trip that must hold, data lost by threads).</summary>
public sealed class FuzzInvariantException(string target, string detail)
    : Exception($"fuzz target '{target}': invariant violated: {detail}");

/// <summary>The fuzz targets by name.</summary>
public static class FuzzTargets
{
    /// <summary>Every target, in the order the README lists them.</summary>
    public static readonly string[] Names = ["parse", "eval", "pickle", "struct", "int", "float", "threads"];

    /// <summary>Runs one input through the named target.</summary>
    /// <exception cref="ArgumentException">Unknown target.</exception>
    public static FuzzOutcome Run(string target, byte[] input) => target switch
    {
        "parse" => HelperEngines.Call(HelperEngines.Gil, "fuzz_parse", input, checkAsserts: false),
        "pickle" => HelperEngines.Call(HelperEngines.Gil, "fuzz_pickle", input, checkAsserts: false),
        "struct" => HelperEngines.Call(HelperEngines.Gil, "fuzz_struct", input, checkAsserts: true),
        "int" => HelperEngines.Call(HelperEngines.Gil, "fuzz_int", input, checkAsserts: true),
        "float" => HelperEngines.Call(HelperEngines.Gil, "fuzz_float", input, checkAsserts: true),
        "threads" => HelperEngines.Call(HelperEngines.FreeThreaded, "fuzz_threads", input, checkAsserts: true),
        "eval" => EvalTarget.Run(input),
        _ => throw new ArgumentException($"unknown fuzz target '{target}' (known: {string.Join(", ", Names)})", nameof(target)),
    };

    /// <summary>The limits every fuzzed call runs under: the "budget" past which a run is a hang.</summary>
    internal static EngineOptions LimitedOptions() => new()
    {
        Stdout = TextWriter.Null,
        Stderr = TextWriter.Null,
        Stdin = new StringReader(""),
        Timeout = TimeSpan.FromSeconds(2),
        MaxInstructions = 2_000_000,
        MaxMemoryBytes = 512L << 20,
        // untrusted input: no files, environment or processes (pickle can call any global)
        AllowFileSystem = false,
        AllowEnvironment = false,
        AllowProcesses = false,
    };

    /// <summary>Maps the engine's documented outcomes to <see cref="FuzzOutcome"/>; lets the rest escape.</summary>
    internal static FuzzOutcome Guard(string target, Action run, bool checkAsserts)
    {
        try
        {
            run();
            return FuzzOutcome.Ok;
        }
        catch (PythonException e) when (e.InnerException == null)
        {
            // Only the targets' own checks raise AssertionError where checkAsserts is set.
            if (checkAsserts && e.PythonType == "AssertionError")
                throw new FuzzInvariantException(target, e.PythonTraceback);
            return FuzzOutcome.PythonError;
        }
        catch (LimitExceededException)
        {
            return FuzzOutcome.LimitStopped;
        }
    }
}
