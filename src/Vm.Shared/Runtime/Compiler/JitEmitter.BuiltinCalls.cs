// Baseline compiler, code side: CALL_METHOD of a builtin method with up to two arguments, and CALL 1
// of len, called with the stack locals as parameters and without spilling the frame
// (Interpreter.JitBuiltinMethods.cs says which builtins and why that equals the spilled call).
using System.Reflection.Emit;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private sealed partial class Emitter
    {
        /// <summary>
        /// CALL_METHOD of arg &lt;= 2 arguments: when no eval-breaker request is pending, JitBuiltinMethodN
        /// with the descriptor, self and the arguments (boxed first); its result at the call's base and on
        /// to <paramref name="done"/>. A decline falls through to the spilled call JitEmitter.cs emits next;
        /// a raise spills the unchanged stack (as JitCall's error leaves it) and takes the frame's error path.
        /// </summary>
        private void BuiltinMethodCall(int i, Opcode op, int arg, int d, Label done)
        {
            if (op == Opcode.CALL && arg == 1)
            {
                BuiltinFunctionCall(i, d, done);
                return;
            }
            if (op != Opcode.CALL_METHOD || arg > 2) return;
            var general = il.DefineLabel();
            var ok = il.DefineLabel();
            int b = d - arg - 2; // [descriptor self args...]
            GuardBuiltinCallable(i, d, b, general);
            il.Emit(OpCodes.Ldarg_1);
            for (int k = b; k < d; k++) il.Emit(OpCodes.Ldloc, s[k]);
            il.Emit(OpCodes.Ldloca, flag);
            Call("JitBuiltinMethod" + arg);
            il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brtrue, ok);
            il.Emit(OpCodes.Ldloc, flag); il.Emit(OpCodes.Brfalse, general);
            Sync(i, d); // raised: the stack as it was, for the unwinding to drop
            SetFrameInt(nameof(Frame.Ip), i + 1);
            Raise();
            il.MarkLabel(ok);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[b]);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(general);
        }

        /// <summary>CALL 1 ([callable x]): when no eval-breaker request is pending, JitBuiltinFunction1 (len of an
        /// exact container); its result at the call's base and on to <paramref name="done"/>, else on to the
        /// spilled call (a decline does nothing).</summary>
        private void BuiltinFunctionCall(int i, int d, Label done)
        {
            var general = il.DefineLabel();
            GuardBuiltinCallable(i, d, d - 2, general);
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]);
            Call("JitBuiltinFunction1");
            il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, general);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 2]);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(general);
        }

        /// <summary>On to <paramref name="general"/> when an eval-breaker request is pending or stack slot
        /// <paramref name="callable"/> is not a PyBuiltinFunction (sealed: one type compare, so a Python
        /// callee pays no helper call); else the live unboxed values boxed (JitEmitter.Floats.cs).</summary>
        private void GuardBuiltinCallable(int i, int d, int callable, Label general)
        {
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldfld, F<PyThreadState>(nameof(PyThreadState.EvalBreaker)));
            il.Emit(OpCodes.Brtrue, general);
            il.Emit(OpCodes.Ldloc, s[callable]); il.Emit(OpCodes.Isinst, typeof(PyBuiltinFunction)); il.Emit(OpCodes.Brfalse, general);
            BoxLive(i, d);
        }
    }
}
