// Baseline compiler, code side: generator code objects (design note in Interpreter.JitGenerators.cs).
//
// A compiled generator body is entered at any of its resume points: Ip 0 (the first resume) or
// the instruction after a YIELD_VALUE. The entry compares f.Ip with each resume point, reloads the
// value stack locals s0..s(d-1) from f.Slots (where a suspension left them, the sent value on top,
// as Resume pushes it) and branches to that instruction's label. YIELD_VALUE is Eval's: offered to
// a draining builtin's sink first (YieldSinks.cs), else the stack below the value spilled, the
// frame's Sp, Ip (the next instruction) and LastIp (the yield) saved as Eval saves them, Yielded
// set, and the value returned. So a suspended frame is the interpreter's, whichever ran it.
using System.Reflection.Emit;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    /// <summary>Why generator-like <paramref name="code"/> is not compiled for being one, else null:
    /// plain generators compile (their other features are judged as any code's); coroutines and
    /// async generators do not (their awaits and async yields are not emitted).</summary>
    private static string? GeneratorIneligible(PyCode code) =>
        (code.Flags & (CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0 ? "coroutine or async generator"
        // A handler that catches leaves the frame to Eval (JitEmitter.Handlers.cs) at instructions that are
        // not resume points of the compiled body: generators with handler blocks stay interpreted for now.
        : code.IsGenerator && code.HasHandlerBlocks ? "generator with handler blocks"
        : null;

    private sealed partial class Emitter
    {
        /// <summary>The entry of a generator body: to the resume point f.Ip (see the note at the top).</summary>
        private void ResumeDispatch()
        {
            var ip = il.DeclareLocal(typeof(int));
            il.Emit(OpCodes.Ldarg_2); il.Emit(OpCodes.Ldfld, F<Frame>(nameof(Frame.Ip))); il.Emit(OpCodes.Stloc, ip);
            il.Emit(OpCodes.Ldloc, ip); il.Emit(OpCodes.Brfalse, labels[0]);
            for (int i = 0; i + 1 < instrs.Length; i++)
            {
                if (Instr.Op(instrs[i]) != Opcode.YIELD_VALUE || depth[i] < 0) continue;
                var next = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, ip); Ldc(i + 1); il.Emit(OpCodes.Bne_Un, next);
                for (int k = 0; k < depth[i + 1]; k++) Reload(k);
                il.Emit(OpCodes.Br, labels[i + 1]);
                il.MarkLabel(next);
            }
            // Run enters only at a resume point (JitResumable): never reached
            il.Emit(OpCodes.Ldarg_2); Call("JitBadResumePoint");
            il.Emit(OpCodes.Ldnull); il.Emit(OpCodes.Ret);
        }

        /// <summary>YIELD_VALUE at instruction i, stack depth d (see the note at the top).</summary>
        private void YieldValue(int i, int d)
        {
            var suspend = il.DefineLabel();
            BoxLive(i, d); // JitEmitter.Floats.cs
            TsF(); il.Emit(OpCodes.Ldloc, s[d - 1]); Call("JitSinkAccepts");
            il.Emit(OpCodes.Brfalse, suspend);
            // consumed: resumed as by next(), None the value of the yield expression
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldfld, F<PyRuntime>(nameof(PyRuntime.None))); il.Emit(OpCodes.Stloc, s[d - 1]);
            il.Emit(OpCodes.Br, labels[i + 1]);
            il.MarkLabel(suspend);
            Spill(d - 1);
            SetFrameInt(nameof(Frame.Sp), sb + d - 1);
            SetFrameInt(nameof(Frame.Ip), i + 1);
            SetFrameInt(nameof(Frame.LastIp), i);
            SetFrameBool(nameof(Frame.Yielded), true);
            il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Ret);
        }

        /// <summary>RETURN_VALUE of a generator: finished, not suspended (Eval's case).</summary>
        private void GeneratorReturned()
        {
            SetFrameBool(nameof(Frame.Finished), true);
            SetFrameBool(nameof(Frame.Yielded), false);
        }

        private void SetFrameBool(string field, bool v)
        {
            il.Emit(OpCodes.Ldarg_2); Ldc(v ? 1 : 0); il.Emit(OpCodes.Stfld, F<Frame>(field));
        }
    }
}
