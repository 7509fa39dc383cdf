// Baseline compiler, code side: CALL 1 / CALL_METHOD 1 of a math builtin inside a float or int chain
// (float_math's `x * x - math.sqrt(x * x) + 0.25`, math_floor's `acc += math.floor(i * 0.5)`,
// raytrace's `-b - math.sqrt(disc)`), the argument and the result kept unboxed.
//
// Where: a CALL with one positional argument ([f, x]) or a CALL_METHOD with one ([NULL, f, x], a
// module attribute's LOAD_METHOD). As a consumer (AnalyseChains: Consumer returns it when the
// producer's slot is its argument) it lets a float or int producer leave x unboxed; as a producer
// its result stays unboxed when a float operator (float result) or an int-taking instruction (int
// result) consumes it, or another such call. A call of this shape working above a producer's slot
// may come between producer and consumer: its general path spills through Sync, which boxes the slot.
// How: at run time the callee on the stack is tested (Interpreter.JitMathCalls.cs): a math function
// of one float (PyBuiltinFunction.FloatFn: sqrt, exp, sin, fabs, ...), math.floor/ceil/trunc
// (IntRoundFn) or builtins.abs (IsAbs); the argument is taken as it lies: an unboxed double, an
// unboxed long, or a boxed exact float / exact int. The step's result goes where the call's result
// goes (unboxed when the call is a producer, else boxed once). Any decline - another callee (a
// rebound `math.sqrt`, a Python function), CALL_METHOD with a self, a bool, a subclass, an argument
// the builtin would raise for - falls through to the general call, which spills the (boxed) stack and
// runs as before, so the builtin raises its own error with the interpreter's frame.
using System.Reflection.Emit;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private sealed partial class Emitter
    {
        private LocalBuilder? mathKind, mathR, mathN;

        /// <summary>Whether instruction j is a CALL 1 or CALL_METHOD 1 (a possible math call).</summary>
        private bool MathCallShape(int j) =>
            Instr.Op(instrs[j]) is Opcode.CALL or Opcode.CALL_METHOD && Instr.Arg(instrs[j]) == 1 && depth[j] >= 2 + (MethodCall(j) ? 1 : 0);

        private bool MethodCall(int j) => Instr.Op(instrs[j]) == Opcode.CALL_METHOD;

        /// <summary>The depth of a math call's result (its lowest stack slot).</summary>
        private int MathCallResult(int j) => depth[j] - (MethodCall(j) ? 3 : 2);

        /// <summary>Whether consumer c takes an unboxed float as its operand at depth k (a float operator or a math call's argument).</summary>
        private bool TakesFloat(int c, int k) => Instr.Op(instrs[c]) switch
        {
            Opcode.BINARY_OP => FloatChainOp(Instr.Arg(instrs[c])),
            Opcode.UNARY_NEGATIVE or Opcode.COMPARE_OP => true,
            _ => MathCallShape(c) && depth[c] - 1 == k,
        };

        /// <summary>The math calls as producers: a result consumed as a float, an int, or both (see the top of this file).</summary>
        private void AnalyseMathCalls(bool[] target)
        {
            for (int p = 0; p < instrs.Length; p++)
            {
                if (depth[p] < 0 || !MathCallShape(p)) continue;
                int k = MathCallResult(p);
                int c = Consumer(p, k, target);
                if (c < 0) continue;
                if (TakesFloat(c, k)) MarkFloatProducer(p, c, k);
                if (TakesInt(c)) MarkIntProducer(p, c, k);
            }
        }

        /// <summary>Consumer's answer for a math call at j: j itself when k is its argument, -1 when k
        /// is its callee or NULL, otherwise null (the call works above k: look further).</summary>
        private int? MathCallConsumer(int j, int k)
        {
            if (!MathCallShape(j)) return -1;
            if (depth[j] - 1 == k) return j;
            if (MathCallResult(j) <= k) return -1;
            return null;
        }

        /// <summary>
        /// The fast path of a math call at i (stack depth d): the step's result at its slot and on to
        /// <paramref name="done"/>; a decline falls through to the general call.
        /// </summary>
        private void MathCall(int i, int d, Label done)
        {
            if (!MathCallShape(i)) return;
            var general = il.DefineLabel();
            var boxedArg = il.DefineLabel();
            var got = il.DefineLabel();
            var intResult = il.DefineLabel();
            int a = d - 1, f = d - 2, res = MathCallResult(i);
            mathKind ??= il.DeclareLocal(typeof(int));
            mathR ??= il.DeclareLocal(typeof(double));
            mathN ??= il.DeclareLocal(typeof(long));
            if (MethodCall(i))
            {
                il.Emit(OpCodes.Ldloc, s[d - 3]); il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldfld, F<PyRuntime>(nameof(PyRuntime.Null)));
                il.Emit(OpCodes.Bne_Un, general);
            }
            il.Emit(OpCodes.Ldloc, s[f]); il.Emit(OpCodes.Isinst, typeof(PyBuiltinFunction)); il.Emit(OpCodes.Brfalse, general); // a Python function: no step call
            if (IntIn(i, a))
            {
                var notMark = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, s[a]); il.Emit(OpCodes.Ldsfld, IntMark); il.Emit(OpCodes.Bne_Un, notMark);
                il.Emit(OpCodes.Ldloc, s[f]); il.Emit(OpCodes.Ldloc, lng[a]); MathOuts(); Call("JitMathOfLong");
                il.Emit(OpCodes.Br, got);
                il.MarkLabel(notMark);
            }
            if (Unboxed(i, a))
            {
                il.Emit(OpCodes.Ldloc, s[a]); il.Emit(OpCodes.Brtrue, boxedArg);
                il.Emit(OpCodes.Ldloc, s[f]); il.Emit(OpCodes.Ldloc, dbl[a]); MathOuts(); Call("JitMathOfDouble");
                il.Emit(OpCodes.Br, got);
            }
            il.MarkLabel(boxedArg);
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[f]); il.Emit(OpCodes.Ldloc, s[a]); MathOuts(); Call("JitMathOfObject");
            il.MarkLabel(got);
            il.Emit(OpCodes.Stloc, mathKind);
            il.Emit(OpCodes.Ldloc, mathKind); il.Emit(OpCodes.Brfalse, general);
            il.Emit(OpCodes.Ldloc, mathKind); Ldc(Interpreter<TSync>.JitMathFloat); il.Emit(OpCodes.Bne_Un, intResult);
            il.Emit(OpCodes.Ldloc, mathR); FloatResultAt(i, res);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(intResult);
            il.Emit(OpCodes.Ldloc, mathN); IntResult(i, res); // JitEmitter.Ints.cs
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(general);
        }

        private void MathOuts()
        {
            il.Emit(OpCodes.Ldloca, mathR!); il.Emit(OpCodes.Ldloca, mathN!);
        }
    }
}
