// Baseline compiler diagnostic: PYVM_JITLOG=1 prints one line to stderr per code object when it
// reaches the compile threshold: "jit: compiled <qualname> (<file>:<line>)" or
// "jit: declined <qualname>: <reason>" (JitEmitter.Ineligible's reason, or the emission failure).
// Each code object reaches the threshold once (JitState leaves 0 then), so each is logged once.
// A frame that leaves Eval for its compiled body at a loop head logs "jit: entered <qualname> at
// loop head <ip>" (Interpreter.JitLoops.cs).
using Vm.Objects;

namespace Vm.Runtime;

internal static class JitLog
{
    /// <summary>Whether PYVM_JITLOG=1 was set at start-up.</summary>
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("PYVM_JITLOG") == "1";

    private static readonly object Gate = new();

    public static void EnteredAtLoopHead(PyCode code, int ip) =>
        Write($"jit: entered {code.QualName.Value} at loop head {ip}");

    public static void Compiled(PyCode code) =>
        Write($"jit: compiled {code.QualName.Value} ({code.Unit.FileName}:{code.Unit.FirstLineNo})");

    public static void Declined(PyCode code, string reason) =>
        Write($"jit: declined {code.QualName.Value}: {reason}");

    private static void Write(string line)
    {
        lock (Gate) Console.Error.WriteLine(line); // threads may reach the threshold together
    }
}
