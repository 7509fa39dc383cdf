// Baseline compiler, entry side: generator frames in compiled code.
//
// Design note:
// - What: a plain generator's code (a generator function or expression; not a coroutine or async
//   generator) compiles like a function's (JitEmitter.Generators.cs). Its body is entered by Run
//   with a generator frame at a resume point: Ip 0 or just after a YIELD_VALUE, where Eval leaves a
//   suspended frame too. There it reloads the value stack the suspension spilled into f.Slots, so a
//   generator started in Eval may go on compiled and the reverse, resume by resume.
// - Which resumes run compiled: those that go through Run (Generators.Resume: next(), send(), a
//   builtin draining it, FOR_ITER in compiled code). A throw() into the frame unwinds in Run first
//   (a compiled body has no handler blocks, so the frame fails there) and never enters the body.
//   The eval loop's inline resumes (FOR_ITER / YIELD_FROM over a generator, InlineResume.cs) keep
//   running the frame in Eval.
// - Suspended state is the interpreter's: YIELD_VALUE spills the stack and saves Sp, Ip, LastIp and
//   Yielded as Eval's case does, so gi_frame, f_lineno, f_lasti, the cycle collector and a later
//   interpreted resume see the same frame. Claims (PyGenerator.Running) and the handled-exception
//   swap stay Resume's: nothing here is shared beyond what Resume already guards.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>Whether generator frame <paramref name="f"/> stands at a resume point of a compiled body
    /// (its first instruction, or just after a YIELD_VALUE).</summary>
    private static bool JitResumable(Frame f)
    {
        int ip = f.Ip;
        return ip == 0 || (ip < f.Code.Code.Length && Instr.Op(f.Code.Code[ip - 1]) == Opcode.YIELD_VALUE);
    }

    /// <summary>YIELD_VALUE's offer to a builtin draining the frame (YieldSinks.cs): true when consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool JitSinkAccepts(PyThreadState ts, Frame f, PyObject v) => f.Sink is { } sink && sink.Accept(ts, v);

    /// <summary>A compiled generator body entered elsewhere than at a resume point (Run checks JitResumable first).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitBadResumePoint(Frame f) =>
        throw new InvalidOperationException($"compiled generator {f.Code.QualName.Value} entered at instruction {f.Ip}");
}
