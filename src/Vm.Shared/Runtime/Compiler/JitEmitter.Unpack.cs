// Baseline compiler, code side: UNPACK_SEQUENCE of up to four items through JitUnpackSmallHit
// (Interpreter.JitUnpack.cs says why it equals the step and how it reads a list on the
// free-threaded backend): the items come back in a struct, straight into the stack locals.
// `for a, b in it` (FOR_ITER then UNPACK_SEQUENCE 2) over an iterator with pairs (enumerate, zip of
// two, dict items) takes the pair without its 2-tuple, as Eval's FOR_ITER does (JitForIterPair).
using System.Reflection.Emit;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private sealed partial class Emitter
    {
        private LocalBuilder? smallItems, pairA, pairB, pairMode;

        /// <summary>Whether FOR_ITER <paramref name="i"/> is followed by UNPACK_SEQUENCE 2 that only it reaches.</summary>
        private bool PairFor(int i)
        {
            if (i + 2 >= instrs.Length || instrs[i + 1] != Instr.Encode(Opcode.UNPACK_SEQUENCE, 2) || depth[i + 1] < 0) return false;
            foreach (var w in instrs)
                if (StackEffect.IsJump(Instr.Op(w)) && Instr.Arg(w) == i + 1) return false;
            return true;
        }

        /// <summary>FOR_ITER i's step (frame synced) for an iterator with pairs: Eval's NextPair path,
        /// the pair into s[d] (second) and s[d+1] (first), on to i + 2 past the UNPACK_SEQUENCE, or to
        /// <paramref name="end"/> when exhausted; any other iterator falls through to the general step.</summary>
        private void ForIterPair(int i, int d, Label end)
        {
            pairA ??= il.DeclareLocal(typeof(PyObject));
            pairB ??= il.DeclareLocal(typeof(PyObject));
            pairMode ??= il.DeclareLocal(typeof(int));
            var other = il.DefineLabel();
            TsF(); Ldc(sb + d); il.Emit(OpCodes.Ldloca, pairA); il.Emit(OpCodes.Ldloca, pairB); Call("JitForIterPair");
            il.Emit(OpCodes.Stloc, pairMode);
            il.Emit(OpCodes.Ldloc, pairMode); il.Emit(OpCodes.Brfalse, other);
            il.Emit(OpCodes.Ldloc, pairMode); Ldc(0); il.Emit(OpCodes.Blt, end);
            il.Emit(OpCodes.Ldloc, pairB); il.Emit(OpCodes.Stloc, s[d]);
            il.Emit(OpCodes.Ldloc, pairA); il.Emit(OpCodes.Stloc, s[d + 1]);
            il.Emit(OpCodes.Br, labels[i + 2]);
            il.MarkLabel(other);
        }

        /// <summary>s[d-1..d-1+n) = the n (at most 4) items, last first, and on to <paramref name="done"/>; a miss falls through.</summary>
        private void UnpackSmallHit(int d, int n, Label done)
        {
            smallItems ??= il.DeclareLocal(typeof(JitItems4));
            var miss = il.DefineLabel();
            string[] fields = ["A", "B", "C", "D"];
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(n); Call("JitUnpackSmallHit");
            il.Emit(OpCodes.Stloc, smallItems);
            il.Emit(OpCodes.Ldloc, smallItems); il.Emit(OpCodes.Ldfld, typeof(JitItems4).GetField("A")!); il.Emit(OpCodes.Brfalse, miss);
            for (int m = 0; m < n; m++)
            {
                il.Emit(OpCodes.Ldloc, smallItems); il.Emit(OpCodes.Ldfld, typeof(JitItems4).GetField(fields[n - 1 - m])!);
                il.Emit(OpCodes.Stloc, s[d - 1 + m]);
            }
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(miss);
        }
    }
}
