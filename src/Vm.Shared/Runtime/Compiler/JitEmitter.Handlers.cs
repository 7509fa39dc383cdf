// Baseline compiler, code side: try/except/finally and with (Interpreter.JitHandlers.cs holds the steps).
//
// Scheme: compiled code keeps the frame's block stack exactly as Eval does (SETUP_FINALLY pushes a
// Finally block with the handler and the stack level, SETUP_WITH and SETUP_ASYNC_WITH run Eval's
// steps, POP_BLOCK pops), and never runs a handler itself: the handler blocks' code is unreachable in the compiled
// flow (StackDepths does not follow the SETUP_* edge), so it is not emitted. When an exception
// reaches the frame, the unwinding is Eval's, on the frame state compiled code keeps as Eval's at
// every point that can raise (the spilled stack, f.Sp, f.LastIp, the blocks):
// - thrown (PyException): Run's catch adds the traceback entry and Unwind finds the handler, sets
//   f.Ip/f.Sp, and Run continues the frame in Eval from the handler;
// - raised by value (Raise(), RAISE_VARARGS): JitRaise runs Eval's pyerror (RaiseInFrame); when a
//   handler takes the exception the compiled body returns ReenterSignal and Run continues the frame
//   in Eval from f's saved state, as after Eval's own re-entry.
// So the rest of that one call runs interpreted (handlers are cold); the next call starts compiled.
// Code with handler blocks is entered only through Run (PyCode.HasHandlerBlocks keeps it off
// RunCompiled, whose exit assumes the frame fails on any exception).
using System.Reflection.Emit;
using Vm.Bytecode;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private static bool SupportsHandlers(Opcode op) => op is Opcode.SETUP_FINALLY or Opcode.SETUP_WITH or Opcode.SETUP_ASYNC_WITH
        or Opcode.POP_BLOCK or Opcode.RAISE_VARARGS;

    /// <summary>The jumps whose target only unwinding reaches.</summary>
    private static bool EntersHandler(Opcode op) => op is Opcode.SETUP_FINALLY or Opcode.SETUP_WITH or Opcode.SETUP_ASYNC_WITH;

    private sealed partial class Emitter
    {
        /// <summary>The instructions of this file; false for any other.</summary>
        private bool HandlerOp(int i, Opcode op, int arg, int d)
        {
            switch (op)
            {
                case Opcode.SETUP_FINALLY: // f.PushBlock(Finally, arg, sp - f.StackBase)
                    il.Emit(OpCodes.Ldarg_2); Ldc((int)BlockKind.Finally); Ldc(arg); Ldc(d);
                    il.Emit(OpCodes.Call, typeof(Frame).GetMethod(nameof(Frame.PushBlock))!);
                    return true;
                case Opcode.SETUP_WITH:
                case Opcode.SETUP_ASYNC_WITH: // (its block only: BEFORE_ASYNC_WITH called __aenter__, whose result is awaited before it)
                    Step(i, op, arg, d); // JitEmitter.Cells.cs: SetupWithOp or AsyncOp through JitStackOp
                    return true;
                case Opcode.POP_BLOCK: // f.BlockCount--
                    il.Emit(OpCodes.Ldarg_2); il.Emit(OpCodes.Ldarg_2); il.Emit(OpCodes.Ldfld, F<Frame>(nameof(Frame.BlockCount)));
                    Ldc(1); il.Emit(OpCodes.Sub); il.Emit(OpCodes.Stfld, F<Frame>(nameof(Frame.BlockCount)));
                    return true;
                case Opcode.RAISE_VARARGS:
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Ldc(arg); Call("JitRaiseVarargs");
                    il.Emit(OpCodes.Ret);
                    return true;
                default:
                    return false;
            }
        }
    }
}
