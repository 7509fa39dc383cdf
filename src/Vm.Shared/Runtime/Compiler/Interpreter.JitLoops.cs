// Baseline compiler, entry side: a long loop leaves Eval for the compiled body of its own frame
// (on-stack entry at a loop head; JitEmitter.Loops.cs emits the entry).
//
// Design note:
// - When: Eval returns its re-entry signal every 2^13 backward jumps (Eval.cs, ReentryBackEdges)
//   with the frame saved at the jump (f.Ip the loop head, f.LastIp the JUMP_ABSOLUTE). Run counts
//   that towards compiling the code (NoteHotLoop) and then, when the code is compiled, the frame it
//   came back with is its own (not an inline callee's, whose return Eval must complete) and the
//   signal came from Eval at a backward jump, enters the compiled body there instead of Eval.
// - So a loop that runs once (a script's top-level loop, a main() called once) goes on compiled
//   after its first 2^13 iterations (PYVM_JIT=always) or after 4 x 2^13 (PYVM_JIT=1); module code,
//   which Run never enters compiled at its start (it runs once), compiles only this way, so a
//   short script pays no compile.
// - Safety: the frame is Eval's at that point (stack spilled, Sp/Ip/LastIp, the block stack), which
//   is what the compiled body reloads. A head the body does not emit (a loop in an except or finally
//   clause: handler code is Eval's) is not entered at all: only the heads in PyCode.JitLoopHeads are
//   (handing such a frame to the body and back restarted the handler: a loop walking a traceback in
//   `except` printed the clause's first line again every 2^13 iterations). Nothing is shared: the
//   frame is the running thread's own.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>The compiled body to enter frame f with at its loop head f.Ip, or null (see the note):
    /// Eval just returned the re-entry signal for f at a backward jump, and f's code is compiled.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JitCode? JitAtLoopHead(PyThreadState ts, Frame f)
    {
        if (f.Code.Jit is not JitCode j || ts.NativeRecursionDepth > JitNativeDepthBudget || f.ReturnsInline || ts.TraceOn) return null; // (traced: Tracing/PyThreadState.Tracing.cs)
        var instrs = f.Instrs;
        int last = f.LastIp;
        if ((uint)last >= (uint)instrs.Length || Instr.Op(instrs[last]) != Opcode.JUMP_ABSOLUTE || Instr.Arg(instrs[last]) != f.Ip || f.Ip > last) return null;
        // A loop in a handler block's code is not in the body (its head is no entry): Eval keeps it.
        if (f.Code.JitLoopHeads is not { } heads || Array.BinarySearch(heads, f.Ip) < 0) return null;
        Interlocked.Increment(ref ts.Rt.JitLoopEntries);
        if (JitLog.Enabled) JitLog.EnteredAtLoopHead(f.Code, f.Ip);
        return j;
    }
}
