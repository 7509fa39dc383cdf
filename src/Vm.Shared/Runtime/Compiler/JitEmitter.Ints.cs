// Baseline compiler, code side: the machine-int cases of BINARY_OP + / - and COMPARE_OP inline
// (Interpreter.JitInts.cs holds the helpers and why a hit equals the general path).
using System.Reflection.Emit;
using Vm.Bytecode;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private sealed partial class Emitter
    {
        /// <summary>BINARY_OP <paramref name="arg"/> on s[d-2], s[d-1]: for + and - (and += -=) the
        /// int case, the result into s[d-2] and a branch to <paramref name="done"/>; on a miss (or
        /// another operator) the code falls through to the general paths.</summary>
        private void IntBinaryFast(int arg, int d, Label done)
        {
            string? helper = (BinaryOpArg)arg switch
            {
                BinaryOpArg.Add or BinaryOpArg.InplaceAdd => "JitIntAdd",
                BinaryOpArg.Subtract or BinaryOpArg.InplaceSubtract => "JitIntSub",
                _ => null,
            };
            if (helper == null) return;
            var miss = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]); Call(helper);
            il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, miss);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 2]);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(miss);
        }

        /// <summary>COMPARE_OP <paramref name="arg"/> on s[d-2], s[d-1]: the int-int case, the bool into
        /// s[d-2] and a branch to <paramref name="done"/>; on a miss the code falls through.</summary>
        private void IntCompareFast(int arg, int d, Label done)
        {
            var miss = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(arg & CompareOpArgs.OperatorMask);
            Call("JitIntCompare");
            il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, miss);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 2]);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(miss);
        }
    }
}
