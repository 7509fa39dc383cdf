// Baseline compiler, code side: BINARY_OP, with float intermediates kept unboxed inside a basic block
// (nbody's `dx * dx + dy * dy + dz * dz`, `v1[0] -= dx * b2m`).
//
// Where: a BINARY_OP of + - * / ** (plain or in-place) or a UNARY_NEGATIVE whose result is an
// operand of a later BINARY_OP of those operators, of a UNARY_NEGATIVE, of a COMPARE_OP (compared as
// doubles, TryCompareNumeric's float comparison: FloatCompare) or the argument of a math call
// (JitEmitter.MathCalls.cs, which also makes such calls producers) in the same basic block, with only
// loads (LOAD_FAST, LOAD_CONST, LOAD_GLOBAL), LOAD_ATTR, LOAD_METHOD, BINARY_SUBSCR, BINARY_OPs and
// one-argument calls working above it on the stack in between (no jump, no jump target, nothing that
// reads or moves the slot). The compiler sees this from the bytecode: the value at stack depth k is
// IL local s_k, so the producer's result slot and its consumer are known.
// How: such a producer that computes a float (TryFloatValue's step) leaves s_k null and the double
// in a double local f_k; the consumer tests s_k (null: the double) and computes on the double(s)
// with the same step (Interpreter.JitFloats.cs), leaving its own result unboxed again when it is a
// producer too, else boxing it once. Any other outcome (ints, a subclass, an operator overload, a
// step that would raise) boxes the operands (JitBoxFloat) and runs BINARY_OP as before, so the
// instruction that raises or calls out sees the interpreter's stack.
// The spill: every path that copies the stack into the frame (Sync: a step, an error, a property
// getter of an intervening LOAD_ATTR) first boxes each slot that may hold an unboxed float at that
// instruction, so the frame, tracebacks and the cycle collector only ever see PyObjects, and the
// slot keeps the boxed value (the consumer then takes the boxed path).
// Why the result is the interpreter's: each unboxed step is the float step BINARY_OP's fast path
// takes for those operands (FloatChains.cs: an intermediate float that only the value stack holds
// cannot be observed; exact floats are immortal, so nothing counts or frees them).
using System.Reflection.Emit;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private sealed partial class Emitter
    {
        /// <summary>Per instruction: a BINARY_OP whose float result stays unboxed (a later BINARY_OP consumes it).</summary>
        private bool[] unboxOut = null!;
        /// <summary>Per instruction: bit k set when s_k may hold an unboxed float (in f_k) on entry.</summary>
        private ulong[] unboxedIn = null!;
        private LocalBuilder[] dbl = null!;
        private LocalBuilder? floatPair, numericPair;

        /// <summary>Longest producer-to-consumer distance looked at (instructions).</summary>
        private const int MaxChainGap = 48;

        private static bool FloatChainOp(int arg) => (BinaryOpArg)(arg % 13) is BinaryOpArg.Add or BinaryOpArg.Subtract
            or BinaryOpArg.Multiply or BinaryOpArg.TrueDivide or BinaryOpArg.Power;

        /// <summary>Finds the producers and consumers of float and int chains (see the notes at the
        /// top of this file and of JitEmitter.Ints.cs).</summary>
        private void AnalyseChains()
        {
            int n = instrs.Length;
            unboxOut = new bool[n];
            unboxedIn = new ulong[n];
            dbl = new LocalBuilder[s.Length];
            intOut = new bool[n];
            intIn = new ulong[n];
            lng = new LocalBuilder[s.Length];
            if (s.Length > 64) return;
            var target = jumpTarget;
            for (int p = 0; p < n; p++)
            {
                int k;
                if (Instr.Op(instrs[p]) == Opcode.BINARY_OP && depth[p] >= 2 && FloatChainOp(Instr.Arg(instrs[p]))) k = depth[p] - 2;
                else if (Instr.Op(instrs[p]) == Opcode.UNARY_NEGATIVE && depth[p] >= 1) k = depth[p] - 1;
                else continue;
                int c = Consumer(p, k, target);
                if (c >= 0 && TakesFloat(c, k)) MarkFloatProducer(p, c, k); // JitEmitter.MathCalls.cs
            }
            AnalyseIntChains(target); // JitEmitter.Ints.cs
            AnalyseMathCalls(target); // JitEmitter.MathCalls.cs
        }

        /// <summary>Producer p leaves its float at depth k unboxed for consumer c.</summary>
        private void MarkFloatProducer(int p, int c, int k)
        {
            unboxOut[p] = true;
            for (int j = p + 1; j <= c; j++) unboxedIn[j] |= 1UL << k;
            dbl[k] ??= il.DeclareLocal(typeof(double));
        }

        /// <summary>
        /// The instruction after <paramref name="p"/> that takes the value at depth k as an operand (a
        /// BINARY_OP, COMPARE_OP, UNARY_NEGATIVE or UNARY_INVERT, or a CALL 1 / CALL_METHOD 1 as its
        /// argument), or -1 when anything else comes first that reads, moves or may jump past that
        /// value. Instructions working above it (loads, LOAD_ATTR, LOAD_METHOD, BINARY_SUBSCR, those
        /// operators, one-argument calls) may come between: each either leaves it alone or spills
        /// through Sync, which boxes it first.
        /// </summary>
        private int Consumer(int p, int k, bool[] target)
        {
            for (int j = p + 1; j < instrs.Length && j <= p + MaxChainGap; j++)
            {
                if (target[j] || depth[j] < 0) return -1;
                int dj = depth[j];
                switch (Instr.Op(instrs[j]))
                {
                    case Opcode.BINARY_OP:
                    case Opcode.COMPARE_OP:
                        if (dj - 2 == k || dj - 1 == k) return j;
                        if (dj - 2 < k) return -1;
                        break;
                    case Opcode.UNARY_NEGATIVE:
                    case Opcode.UNARY_INVERT:
                        if (dj - 1 == k) return j;
                        if (dj - 1 < k) return -1;
                        break;
                    case Opcode.LOAD_FAST:
                    case Opcode.LOAD_CONST:
                    case Opcode.LOAD_GLOBAL:
                        break;
                    case Opcode.LOAD_ATTR:
                    case Opcode.LOAD_METHOD:
                        if (dj - 1 <= k) return -1;
                        break;
                    case Opcode.CALL:
                    case Opcode.CALL_METHOD:
                        if (MathCallConsumer(j, k) is { } r) return r; // JitEmitter.MathCalls.cs
                        break;
                    case Opcode.BINARY_SUBSCR:
                        if (dj - 2 <= k) return -1;
                        break;
                    default:
                        return -1;
                }
            }
            return -1;
        }

        private bool Unboxed(int i, int k) => k < 64 && (unboxedIn[i] & (1UL << k)) != 0;

        /// <summary>s_k = its PyFloat or PyInt when at instruction i it may hold an unboxed float (s_k
        /// null, the double in f_k) or machine int (s_k the UnboxedIntMark, the long in its local).</summary>
        private void BoxIfUnboxed(int i, int k)
        {
            if (Unboxed(i, k))
            {
                var skip = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Brtrue, skip);
                il.Emit(OpCodes.Ldloc, dbl[k]); il.Emit(OpCodes.Ldloc, rt); Call("JitBoxFloat"); il.Emit(OpCodes.Stloc, s[k]);
                il.MarkLabel(skip);
            }
            if (IntIn(i, k)) BoxIfUnboxedInt(k); // JitEmitter.Ints.cs
        }

        /// <summary>Before a spill at instruction i: boxes the slots below d that may hold an unboxed value.</summary>
        private void BoxLive(int i, int d)
        {
            if (unboxedIn == null || (unboxedIn[i] | intIn[i]) == 0) return;
            for (int k = 0; k < d && k < 64; k++) BoxIfUnboxed(i, k);
        }

        /// <summary>The double on the IL stack is the result at depth d - 2: kept unboxed (a producer) or boxed.</summary>
        private void FloatResult(int i, int d) => FloatResultAt(i, d - 2);

        /// <summary>The double on the IL stack is instruction i's result at depth k: kept unboxed (a producer) or boxed.</summary>
        private void FloatResultAt(int i, int k)
        {
            if (unboxOut[i])
            {
                il.Emit(OpCodes.Stloc, dbl[k]); il.Emit(OpCodes.Ldnull); il.Emit(OpCodes.Stloc, s[k]);
            }
            else
            {
                il.Emit(OpCodes.Ldloc, rt); Call("JitBoxFloat"); il.Emit(OpCodes.Stloc, s[k]);
            }
        }

        /// <summary>
        /// STORE_FAST of an immortal value (a float or int result) over an empty or immortal local: Eval's
        /// StoreFastImmortal, the whole of the instruction then (JitStoreFast would count nothing, free
        /// nothing and forget no borrowed parameter: it asks ForgetBorrowed only for a mortal old value),
        /// on to <paramref name="done"/>; otherwise falls through to JitStoreFast.
        /// </summary>
        private void StoreFastImmortal(int arg, int d, Label done)
        {
            il.Emit(OpCodes.Ldloc, slots); Ldc(arg); il.Emit(OpCodes.Ldloc, s[d - 1]);
            Call("StoreFastImmortal");
            il.Emit(OpCodes.Brtrue, done);
        }

        /// <summary>UNARY_NEGATIVE of an unboxed double or an exact float (float's __neg__: the sign
        /// flipped), its result as a float chain's, and on to <paramref name="done"/>; else falls through.</summary>
        private void FloatNegate(int i, int d, Label done)
        {
            var boxed = il.DefineLabel();
            var general = il.DefineLabel();
            int k = d - 1;
            dx ??= il.DeclareLocal(typeof(double));
            if (Unboxed(i, k))
            {
                il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Brtrue, boxed);
                il.Emit(OpCodes.Ldloc, dbl[k]); il.Emit(OpCodes.Neg); FloatResultAt(i, k);
                il.Emit(OpCodes.Br, done);
            }
            il.MarkLabel(boxed);
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Ldloca, dx); Call("JitExactFloat"); // false for the int mark
            il.Emit(OpCodes.Brfalse, general);
            il.Emit(OpCodes.Ldloc, dx); il.Emit(OpCodes.Neg); FloatResultAt(i, k);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(general);
        }

        /// <summary>COMPARE_OP with an operand that may be an unboxed double, the other a float or an int
        /// within +-2**53 (TryCompareNumeric's double comparison): the branch or bool as IntCompare makes
        /// it; otherwise falls through with the operands untouched.</summary>
        private void FloatCompare(int i, int arg, int d, Label done)
        {
            if (!Unboxed(i, d - 2) && !Unboxed(i, d - 1)) return;
            var notFloat = il.DefineLabel();
            dx ??= il.DeclareLocal(typeof(double));
            dy ??= il.DeclareLocal(typeof(double));
            CompareOperand(i, d - 2, dx, notFloat);
            CompareOperand(i, d - 1, dy, notFloat);
            il.Emit(OpCodes.Ldloc, dx); il.Emit(OpCodes.Ldloc, dy);
            CompareResult(i, arg, d, done); // JitEmitter.Ints.cs
            il.MarkLabel(notFloat);
        }

        /// <summary>s_k as a double for a float compare (an unboxed double or long, an exact float, an exact
        /// int; an int only within +-2**53) into <paramref name="into"/>, or a branch to <paramref name="notFloat"/>.</summary>
        private void CompareOperand(int i, int k, LocalBuilder into, Label notFloat)
        {
            var boxed = il.DefineLabel();
            var got = il.DefineLabel();
            if (Unboxed(i, k))
            {
                il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Brtrue, boxed);
                il.Emit(OpCodes.Ldloc, dbl[k]); il.Emit(OpCodes.Stloc, into);
                il.Emit(OpCodes.Br, got);
            }
            il.MarkLabel(boxed);
            if (IntIn(i, k))
            {
                var notMark = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Ldsfld, IntMark); il.Emit(OpCodes.Bne_Un, notMark);
                il.Emit(OpCodes.Ldloc, lng[k]); il.Emit(OpCodes.Ldloca, into); Call("JitExactDoubleOfLong");
                il.Emit(OpCodes.Brfalse, notFloat);
                il.Emit(OpCodes.Br, got);
                il.MarkLabel(notMark);
            }
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Ldloca, into); Call("JitCompareFloatOperand");
            il.Emit(OpCodes.Brfalse, notFloat);
            il.MarkLabel(got);
        }

        /// <summary>BINARY_OP <paramref name="arg"/> with the operands unboxed as <paramref name="da"/> and
        /// <paramref name="db"/> say (at least one; the other an object): the float step, its result and on
        /// to <paramref name="done"/>, or to <paramref name="declined"/>.</summary>
        private void FloatStep(int i, int arg, int d, bool da, bool db, Label declined, Label done)
        {
            var baseOp = (BinaryOpArg)(arg % 13);
            if (da && db && baseOp is BinaryOpArg.Add or BinaryOpArg.Subtract or BinaryOpArg.Multiply)
            {
                // float + - * of two floats: always a float, nothing to refuse
                il.Emit(OpCodes.Ldloc, dbl[d - 2]); il.Emit(OpCodes.Ldloc, dbl[d - 1]);
                il.Emit(baseOp == BinaryOpArg.Add ? OpCodes.Add : baseOp == BinaryOpArg.Subtract ? OpCodes.Sub : OpCodes.Mul);
            }
            else
            {
                var pairType = typeof(ValueTuple<bool, double>);
                floatPair ??= il.DeclareLocal(pairType);
                if (da && db) { il.Emit(OpCodes.Ldloc, dbl[d - 2]); il.Emit(OpCodes.Ldloc, dbl[d - 1]); Ldc(arg); Call("JitFloatDD"); }
                else if (da) { il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, dbl[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(arg); Call("JitFloatDO"); }
                else { il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, dbl[d - 1]); Ldc(arg); Call("JitFloatOD"); }
                il.Emit(OpCodes.Stloc, floatPair);
                il.Emit(OpCodes.Ldloc, floatPair); il.Emit(OpCodes.Ldfld, pairType.GetField("Item1")!); il.Emit(OpCodes.Brfalse, declined);
                il.Emit(OpCodes.Ldloc, floatPair); il.Emit(OpCodes.Ldfld, pairType.GetField("Item2")!);
            }
            FloatResult(i, d);
            il.Emit(OpCodes.Br, done);
        }

        private void BinaryOp(int i, int arg, int d)
        {
            var done = il.DefineLabel();
            var ints = il.DefineLabel();
            var boxed = il.DefineLabel();
            var slow = il.DefineLabel();
            bool ua = Unboxed(i, d - 2), ub = Unboxed(i, d - 1);
            if (ua || ub)
            {
                // the unboxed path: taken when a producer left its double (s null); the other operand
                // a double too or a boxed float or int (a producer may also have left a box: a call's
                // general path, a step declined)
                NotIfUnboxedInt(i, d - 2, ints); // JitEmitter.Ints.cs: an operand left as a long
                NotIfUnboxedInt(i, d - 1, ints);
                if (ua && ub)
                {
                    var aBoxed = il.DefineLabel();
                    var bBoxed = il.DefineLabel();
                    il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Brtrue, aBoxed);
                    il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Brtrue, bBoxed);
                    FloatStep(i, arg, d, true, true, ints, done);
                    il.MarkLabel(bBoxed);
                    FloatStep(i, arg, d, true, false, ints, done);
                    il.MarkLabel(aBoxed);
                    il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Brtrue, ints);
                    FloatStep(i, arg, d, false, true, ints, done);
                }
                else
                {
                    il.Emit(OpCodes.Ldloc, s[ua ? d - 2 : d - 1]); il.Emit(OpCodes.Brtrue, ints);
                    FloatStep(i, arg, d, ua, ub, ints, done);
                }
            }
            il.MarkLabel(ints);
            var mixed = il.DefineLabel();
            if (IntChainOp(arg)) IntBinary(i, arg, d, mixed, done); // JitEmitter.Ints.cs: two machine ints, the result a long
            il.MarkLabel(mixed);
            LongFloatBinary(i, arg, d, done); // an unboxed long and a float
            il.MarkLabel(boxed);
            BoxIfUnboxed(i, d - 2);
            BoxIfUnboxed(i, d - 1);
            if (unboxOut[i])
            {
                // JitNumeric's paths with a float result left unboxed
                var pairType = typeof(ValueTuple<PyObject, double>);
                numericPair ??= il.DeclareLocal(pairType);
                var gotBoxed = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(arg);
                Call("JitNumericUnboxed");
                il.Emit(OpCodes.Stloc, numericPair);
                il.Emit(OpCodes.Ldloc, numericPair); il.Emit(OpCodes.Ldfld, pairType.GetField("Item1")!); il.Emit(OpCodes.Stloc, tmp);
                il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brtrue, gotBoxed);
                il.Emit(OpCodes.Ldloc, numericPair); il.Emit(OpCodes.Ldfld, pairType.GetField("Item2")!);
                FloatResult(i, d);
                il.Emit(OpCodes.Br, done);
                il.MarkLabel(gotBoxed);
                il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldfld, F<PyRuntime>(nameof(PyRuntime.NotImplemented)));
                il.Emit(OpCodes.Beq, slow);
            }
            else
            {
                il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(arg);
                Call("JitNumeric"); // the float and int fast paths
                il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, slow);
            }
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 2]);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(slow);
            Sync(i, d);
            TsF(); Ldc(sb + d); Ldc(arg); Call("JitBinaryOp");
            il.Emit(OpCodes.Stloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Brtrue, done);
            Raise();
            il.MarkLabel(done);
        }
    }
}
