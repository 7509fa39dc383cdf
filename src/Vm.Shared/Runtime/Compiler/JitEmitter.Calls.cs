// Baseline compiler, code side: CALL of a few positional arguments with the arguments passed in
// registers (Interpreter.JitHeldCalls.cs says why that equals the spilled call).
using System.Reflection.Emit;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private sealed partial class Emitter
    {
        /// <summary>
        /// CALL of arg &lt;= HeldArgs.Capacity arguments when the callable is a PyFunction: the stack
        /// below the arguments spilled (all of it boxed first), f.Ip and f.LastIp set, then JitCallHeldN with the argument locals, its result at the call's
        /// base, and on to <paramref name="done"/>. Any other callable falls through to the spilled
        /// call JitEmitter.cs emits next. Nothing is emitted for the other instructions.
        /// </summary>
        private void HeldCall(int i, Opcode op, int arg, int d, Label done)
        {
            if (op != Opcode.CALL || arg > HeldArgs.Capacity) return;
            var general = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, s[d - arg - 1]);
            il.Emit(OpCodes.Isinst, typeof(PyFunction)); // sealed: one type compare
            il.Emit(OpCodes.Brfalse, general);
            var ok = il.DefineLabel();
            int below = d - arg;
            BoxLive(i, d); // JitEmitter.Floats.cs: the arguments too, as PyObjects
            Spill(below);
            SetFrameInt(nameof(Frame.Sp), sb + below);
            SetFrameInt(nameof(Frame.LastIp), i);
            SetFrameInt(nameof(Frame.Ip), i + 1);
            TsF(); Ldc(sb + below);
            for (int k = below; k < d; k++) il.Emit(OpCodes.Ldloc, s[k]);
            Call("JitCallHeld" + arg);
            int result = d + StackEffect.Of(op, arg) - 1;
            il.Emit(OpCodes.Stloc, s[result]); il.Emit(OpCodes.Ldloc, s[result]); il.Emit(OpCodes.Brtrue, ok);
            Raise();
            il.MarkLabel(ok);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(general);
        }
    }
}
