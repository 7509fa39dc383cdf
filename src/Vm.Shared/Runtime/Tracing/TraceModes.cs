// The eval loop's two instantiations (Interpreter.Eval.cs: Eval<TTrace>): the ordinary one, whose
// tracing code the JIT removes (NoTrace.On is a constant false), and the one a thread runs while it has
// a trace or profile function (sys.settrace / sys.setprofile). Run picks one per entry of the loop
// (PyThreadState.TraceOn); a loop that sees the choice change returns ReenterSignal and Run picks again.
namespace Vm.Runtime;

public interface ITraceMode
{
    static abstract bool On { get; }
}

/// <summary>No trace or profile function: the eval loop as it always was.</summary>
public struct NoTrace : ITraceMode
{
    public static bool On => false;
}

/// <summary>The thread has a trace or profile function: the loop reports calls, lines, returns and exceptions.</summary>
public struct Traced : ITraceMode
{
    public static bool On => true;
}
