// Baseline compiler, code side: generator, coroutine and async generator code objects (design note in
// Interpreter.JitGenerators.cs).
//
// A compiled generator body is entered at any of its resume points: Ip 0 (the first resume) or
// the instruction after a YIELD_VALUE, or a YIELD_FROM (one in a handler block's code is not emitted, so its
// resume returns the frame to Run untouched, and Eval resumes it). The entry compares f.Ip with each resume point, reloads the
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
    private sealed partial class Emitter
    {
        /// <summary>The entry of a body with more than one entry point: to f.Ip's (see the note at the
        /// top, and JitEmitter.Loops.cs for loop heads), or back to Run for Eval at any other.</summary>
        private void EntryDispatch(SortedSet<int> entries)
        {
            var ip = il.DeclareLocal(typeof(int));
            il.Emit(OpCodes.Ldarg_2); il.Emit(OpCodes.Ldfld, F<Frame>(nameof(Frame.Ip))); il.Emit(OpCodes.Stloc, ip);
            il.Emit(OpCodes.Ldloc, ip); il.Emit(OpCodes.Brfalse, labels[0]);
            foreach (int p in entries)
            {
                var next = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, ip); Ldc(p); il.Emit(OpCodes.Bne_Un, next);
                for (int k = 0; k < depth[p]; k++) Reload(k);
                il.Emit(OpCodes.Br, labels[p]);
                il.MarkLabel(next);
            }
            // A yield in a handler block's code (not emitted: only Eval runs a handler) left the frame
            // suspended there: the body hands the frame, untouched, back to Run, which resumes it in Eval.
            Call("JitResumeInEval");
            il.Emit(OpCodes.Ret);
        }

        /// <summary>The resume points of a generator body: after each YIELD_VALUE the body emits, and
        /// each YIELD_FROM itself (a suspended delegation resumes there, the sent value on top).</summary>
        private void AddResumePoints(SortedSet<int> entries)
        {
            for (int i = 0; i + 1 < instrs.Length; i++)
            {
                if (depth[i] < 0) continue;
                if (Instr.Op(instrs[i]) == Opcode.YIELD_VALUE) entries.Add(i + 1);
                else if (Instr.Op(instrs[i]) == Opcode.YIELD_FROM) entries.Add(i);
            }
        }

        /// <summary>YIELD_FROM at instruction i, stack depth d ([.. subiterator, value to send]): Eval's
        /// case without its inline resume (the subiterator runs through Run, as a send() would run
        /// it): suspended, the frame saved at i as Eval saves it and the value returned; finished,
        /// the result in place of the subiterator; failed, Eval's pyerror.</summary>
        private void YieldFrom(int i, int d)
        {
            var done = il.DefineLabel();
            var failed = il.DefineLabel();
            Sync(i, d);
            SetFrameInt(nameof(Frame.Ip), i + 1); // running, not suspended at i (gi_yieldfrom is None meanwhile)
            TsF(); Ldc(sb + d); Ldc(i); il.Emit(OpCodes.Ldloca, flag); Call("JitYieldFrom");
            il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, failed);
            il.Emit(OpCodes.Ldloc, flag); il.Emit(OpCodes.Brtrue, done);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Ret); // suspended
            il.MarkLabel(failed);
            Raise();
            il.MarkLabel(done);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 2]);
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

        /// <summary>FOR_ITER i over a generator (s[d-1] a PyGenerator): the frame synced as for
        /// JitForIterNext, then its generator step without the other iterators' tests (JitNextFast's
        /// call, JitForIterPair's: a generator has no pairs), to <paramref name="got"/> with the value
        /// in tmp or to <paramref name="end"/> when exhausted; any other iterator falls through.</summary>
        private void ForIterGenerator(int i, int d, Label got, Label end)
        {
            var other = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Isinst, typeof(PyGenerator)); il.Emit(OpCodes.Brfalse, other);
            Sync(i, d);
            SetFrameInt(nameof(Frame.Ip), i + 1);
            TsF(); Ldc(sb + d); Call("JitForIterGenerator");
            il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brtrue, got);
            il.Emit(OpCodes.Br, end);
            il.MarkLabel(other);
        }

        /// <summary>GET_AWAITABLE at instruction i, stack depth d: Eval's case (Interpreter.Async.cs) on
        /// the synced stack, the iterator `await` drives in place of the awaited object.</summary>
        private void GetAwaitable(int i, int d, int arg)
        {
            Sync(i, d);
            TsF(); Ldc(sb + d); Ldc(arg); Call("JitGetAwaitable");
            il.Emit(OpCodes.Stloc, s[d - 1]);
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
