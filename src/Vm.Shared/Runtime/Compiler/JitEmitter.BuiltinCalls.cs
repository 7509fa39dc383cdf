// Baseline compiler, code side: CALL_METHOD of a builtin method with up to two arguments, called
// with the stack locals as parameters and without spilling the frame (Interpreter.JitBuiltinMethods.cs
// says which methods and why that equals the spilled call).
using System.Reflection.Emit;
using Vm.Bytecode;

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
            if (op != Opcode.CALL_METHOD || arg > 2) return;
            var general = il.DefineLabel();
            var ok = il.DefineLabel();
            int b = d - arg - 2; // [descriptor self args...]
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldfld, F<PyThreadState>(nameof(PyThreadState.EvalBreaker)));
            il.Emit(OpCodes.Brtrue, general);
            BoxLive(i, d); // JitEmitter.Floats.cs: an unboxed argument as its PyObject
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
    }
}
