// Baseline compiler, code side: machine-int arithmetic, with int intermediates kept unboxed inside a
// basic block (int_loop's `total += (i * 7) % 11`, spectral_norm's `(i + j) * (i + j + 1) // 2 + i + 1`),
// the int counterpart of the float chains (JitEmitter.Floats.cs, whose analysis finds both).
//
// Where: a BINARY_OP of + - * // % & | ^ << >> (plain or in place), UNARY_NEGATIVE or UNARY_INVERT
// whose result the next instruction reading its stack slot takes as an operand of another of these,
// of / or **, or of a COMPARE_OP, in the same basic block, with only what Consumer allows in between.
// How: such a producer that computes a machine int stores the long in an IL local l_k and the
// UnboxedIntMark in s_k (null in s_k is the float chains' double). Every int operator tests each
// operand: the mark gives the long from l_k, an exact int that is not big gives its value; then
// Interpreter.JitInts.cs's step computes the result (declining what would be big or would raise),
// which stays a long when the instruction is a producer and is boxed once (NewInt: the small-int
// cache in its range) otherwise. A COMPARE_OP of two machine ints branches directly when a
// POP_JUMP_IF_FALSE/TRUE follows (it would pop the bool it made), else makes the bool. A float
// operator (+ - * / **) takes an unboxed long beside an exact float as the float chains take a
// machine int (spectral_norm's `1.0 / (... + 1)`).
// Anything else (a float, a big int, a bool, a subclass, a step declined) boxes the operands and
// runs the instruction's general path as before, so the instruction that raises, overflows into a
// big int or calls a dunder sees the interpreter's stack and values.
// The spill: Sync boxes every slot that may hold an unboxed long at that instruction (BoxLive), as
// it does the doubles, so the frame, tracebacks and the cycle collector never see the mark.
// The mark is never moved between slots: Consumer admits nothing that copies or rotates the stack.
// Not done: a `for i in range(...)` variable kept unboxed. It lives in f.Slots, which other code
// reads without a spill of this frame: under the free-threaded backend another thread's
// sys._current_frames()[t].f_locals reads it at any moment, so a long kept in an IL local would let
// that thread see a value many iterations old (with the GIL such reads happen only at a breaker
// check, where a spill could box it). It would also need every STORE_FAST/LOAD_FAST of that local,
// the handler re-entry into Eval and the locals() / frame paths to know which locals are stale.
using System.Reflection;
using System.Reflection.Emit;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private static readonly FieldInfo IntMark = typeof(UnboxedIntMark).GetField(nameof(UnboxedIntMark.Value))!;

    private sealed partial class Emitter
    {
        /// <summary>Per instruction: an int operator whose machine-int result stays unboxed.</summary>
        private bool[] intOut = null!;
        /// <summary>Per instruction: bit k set when s_k may hold the UnboxedIntMark (the long in l_k) on entry.</summary>
        private ulong[] intIn = null!;
        private LocalBuilder[] lng = null!;
        private LocalBuilder? lx, ly, lr, dx, dy;

        private static bool IntChainOp(int arg) =>
            (BinaryOpArg)(arg % 13) is not (BinaryOpArg.MatrixMultiply or BinaryOpArg.Power or BinaryOpArg.TrueDivide);

        /// <summary>The int producers and their consumers (AnalyseChains calls it; the note at the top).</summary>
        private void AnalyseIntChains(bool[] target)
        {
            for (int p = 0; p < instrs.Length; p++)
            {
                var op = Instr.Op(instrs[p]);
                int k;
                if (op == Opcode.BINARY_OP && depth[p] >= 2 && IntChainOp(Instr.Arg(instrs[p]))) k = depth[p] - 2;
                else if (op is Opcode.UNARY_NEGATIVE or Opcode.UNARY_INVERT && depth[p] >= 1) k = depth[p] - 1;
                else continue;
                int c = Consumer(p, k, target);
                if (c >= 0 && TakesInt(c)) MarkIntProducer(p, c, k);
            }
        }

        /// <summary>Producer p leaves its machine int at depth k unboxed for consumer c.</summary>
        private void MarkIntProducer(int p, int c, int k)
        {
            intOut[p] = true;
            for (int j = p + 1; j <= c; j++) intIn[j] |= 1UL << k;
            lng[k] ??= il.DeclareLocal(typeof(long));
        }

        private bool TakesInt(int c) => Instr.Op(instrs[c]) switch
        {
            Opcode.BINARY_OP => IntChainOp(Instr.Arg(instrs[c])) || FloatChainOp(Instr.Arg(instrs[c])),
            Opcode.COMPARE_OP or Opcode.UNARY_NEGATIVE or Opcode.UNARY_INVERT => true,
            _ => MathCallShape(c), // JitEmitter.MathCalls.cs: Consumer returns a call only for its argument
        };

        private bool IntIn(int i, int k) => k < 64 && (intIn[i] & (1UL << k)) != 0;

        /// <summary>s_k = its PyInt when it holds the mark.</summary>
        private void BoxIfUnboxedInt(int k)
        {
            var skip = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Ldsfld, IntMark); il.Emit(OpCodes.Bne_Un, skip);
            il.Emit(OpCodes.Ldloc, lng[k]); il.Emit(OpCodes.Ldloc, rt); Call("JitBoxInt"); il.Emit(OpCodes.Stloc, s[k]);
            il.MarkLabel(skip);
        }

        /// <summary>For the float path: to <paramref name="notFloat"/> when s_k holds the mark (a slot that
        /// may hold a double goes there anyway: the mark is not null).</summary>
        private void NotIfUnboxedInt(int i, int k, Label notFloat)
        {
            if (!IntIn(i, k) || Unboxed(i, k)) return;
            il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Ldsfld, IntMark); il.Emit(OpCodes.Beq, notFloat);
        }

        /// <summary>s_k's machine-int value into <paramref name="into"/>, or a branch to <paramref name="notInt"/>.</summary>
        private void IntOperand(int i, int k, LocalBuilder into, Label notInt)
        {
            var boxed = il.DefineLabel();
            var got = il.DefineLabel();
            if (IntIn(i, k))
            {
                il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Ldsfld, IntMark); il.Emit(OpCodes.Bne_Un, boxed);
                il.Emit(OpCodes.Ldloc, lng[k]); il.Emit(OpCodes.Stloc, into);
                il.Emit(OpCodes.Br, got);
            }
            il.MarkLabel(boxed);
            if (Unboxed(i, k)) { il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Brfalse, notInt); } // a double
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[k]); il.Emit(OpCodes.Ldloca, into); Call("JitIntOperand");
            il.Emit(OpCodes.Brfalse, notInt);
            il.MarkLabel(got);
        }

        /// <summary>Both operands of instruction i (at d - 2 and d - 1) into lx and ly, or a branch to <paramref name="notInt"/>.</summary>
        private void IntOperands(int i, int d, Label notInt)
        {
            lx ??= il.DeclareLocal(typeof(long));
            ly ??= il.DeclareLocal(typeof(long));
            lr ??= il.DeclareLocal(typeof(long));
            IntOperand(i, d - 2, lx, notInt);
            IntOperand(i, d - 1, ly, notInt);
        }

        /// <summary>The long on the IL stack is instruction i's result at depth k: kept unboxed (a producer) or boxed.</summary>
        private void IntResult(int i, int k)
        {
            if (intOut[i])
            {
                il.Emit(OpCodes.Stloc, lng[k]); il.Emit(OpCodes.Ldsfld, IntMark); il.Emit(OpCodes.Stloc, s[k]);
            }
            else
            {
                il.Emit(OpCodes.Ldloc, rt); Call("JitBoxInt"); il.Emit(OpCodes.Stloc, s[k]);
            }
        }

        /// <summary>BINARY_OP <paramref name="arg"/> (an int operator) of two machine ints: the result
        /// and a branch to <paramref name="done"/>; otherwise to <paramref name="notInt"/>, operands untouched.</summary>
        private void IntBinary(int i, int arg, int d, Label notInt, Label done)
        {
            IntOperands(i, d, notInt);
            il.Emit(OpCodes.Ldloc, lx!); il.Emit(OpCodes.Ldloc, ly!); Ldc(arg); il.Emit(OpCodes.Ldloca, lr!); Call("JitLongStep");
            il.Emit(OpCodes.Brfalse, notInt);
            il.Emit(OpCodes.Ldloc, lr!);
            IntResult(i, d - 2);
            il.Emit(OpCodes.Br, done);
        }

        /// <summary>BINARY_OP <paramref name="arg"/> of + - * / ** with one operand an unboxed long and
        /// the other an exact float or unboxed double: the float step (JitFloatDD), its result as a
        /// float chain's, and a branch to <paramref name="done"/>; otherwise falls through.</summary>
        private void LongFloatBinary(int i, int arg, int d, Label done)
        {
            if (!FloatChainOp(arg)) return;
            if (IntIn(i, d - 1)) LongFloatStep(i, arg, d, d - 1, done);
            if (IntIn(i, d - 2)) LongFloatStep(i, arg, d, d - 2, done);
        }

        private void LongFloatStep(int i, int arg, int d, int longAt, Label done)
        {
            var next = il.DefineLabel();
            var boxed = il.DefineLabel();
            var got = il.DefineLabel();
            int other = longAt == d - 1 ? d - 2 : d - 1;
            dx ??= il.DeclareLocal(typeof(double));
            il.Emit(OpCodes.Ldloc, s[longAt]); il.Emit(OpCodes.Ldsfld, IntMark); il.Emit(OpCodes.Bne_Un, next);
            if (Unboxed(i, other))
            {
                il.Emit(OpCodes.Ldloc, s[other]); il.Emit(OpCodes.Brtrue, boxed);
                il.Emit(OpCodes.Ldloc, dbl[other]); il.Emit(OpCodes.Stloc, dx); il.Emit(OpCodes.Br, got);
            }
            il.MarkLabel(boxed);
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[other]); il.Emit(OpCodes.Ldloca, dx); Call("JitExactFloat");
            il.Emit(OpCodes.Brfalse, next);
            il.MarkLabel(got);
            if (longAt == d - 1) { il.Emit(OpCodes.Ldloc, dx); il.Emit(OpCodes.Ldloc, lng[longAt]); il.Emit(OpCodes.Conv_R8); }
            else { il.Emit(OpCodes.Ldloc, lng[longAt]); il.Emit(OpCodes.Conv_R8); il.Emit(OpCodes.Ldloc, dx); }
            var pairType = typeof(ValueTuple<bool, double>);
            floatPair ??= il.DeclareLocal(pairType);
            Ldc(arg); Call("JitFloatDD");
            il.Emit(OpCodes.Stloc, floatPair);
            il.Emit(OpCodes.Ldloc, floatPair); il.Emit(OpCodes.Ldfld, pairType.GetField("Item1")!); il.Emit(OpCodes.Brfalse, next);
            il.Emit(OpCodes.Ldloc, floatPair); il.Emit(OpCodes.Ldfld, pairType.GetField("Item2")!);
            FloatResult(i, d);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(next);
        }

        /// <summary>UNARY_NEGATIVE / UNARY_INVERT of a machine int: the result and a branch to
        /// <paramref name="done"/>; otherwise to <paramref name="notInt"/>.</summary>
        private void IntUnary(int i, Opcode op, int d, Label notInt, Label done)
        {
            lx ??= il.DeclareLocal(typeof(long));
            lr ??= il.DeclareLocal(typeof(long));
            IntOperand(i, d - 1, lx, notInt);
            il.Emit(OpCodes.Ldloc, lx);
            if (op == Opcode.UNARY_NEGATIVE)
            {
                il.Emit(OpCodes.Ldloca, lr); Call("JitLongNegate");
                il.Emit(OpCodes.Brfalse, notInt);
                il.Emit(OpCodes.Ldloc, lr);
            }
            else il.Emit(OpCodes.Not);
            IntResult(i, d - 1);
            il.Emit(OpCodes.Br, done);
        }

        /// <summary>
        /// COMPARE_OP <paramref name="arg"/> of two machine ints: followed by POP_JUMP_IF_FALSE/TRUE, the
        /// branch that pair takes (the bool it would make and pop is never made); else True or False into
        /// s[d-2] and a branch to <paramref name="done"/>. Otherwise to <paramref name="notInt"/>.
        /// </summary>
        private void IntCompare(int i, int arg, int d, Label notInt, Label done)
        {
            IntOperands(i, d, notInt);
            il.Emit(OpCodes.Ldloc, lx!); il.Emit(OpCodes.Ldloc, ly!);
            CompareResult(i, arg, d, done);
        }

        /// <summary>
        /// The two values on the IL stack (longs, or doubles: FloatCompare) compared as COMPARE_OP
        /// <paramref name="arg"/> at i: followed by POP_JUMP_IF_FALSE/TRUE, the branch that pair takes (the
        /// bool it would make and pop is never made); else True or False into s[d-2] and on to <paramref name="done"/>.
        /// </summary>
        private void CompareResult(int i, int arg, int d, Label done)
        {
            var cmp = (CompareOpArg)(arg & CompareOpArgs.OperatorMask);
            if (i + 2 < instrs.Length && Instr.Op(instrs[i + 1]) is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE)
            {
                bool onTrue = Instr.Op(instrs[i + 1]) == Opcode.POP_JUMP_IF_TRUE;
                var jump = labels[Instr.Arg(instrs[i + 1])];
                var next = labels[i + 2];
                il.Emit(BranchIf(cmp), onTrue ? jump : next);
                il.Emit(OpCodes.Br, onTrue ? next : jump);
                return;
            }
            var yes = il.DefineLabel();
            il.Emit(BranchIf(cmp), yes);
            il.Emit(OpCodes.Ldloc, fls); il.Emit(OpCodes.Stloc, s[d - 2]); il.Emit(OpCodes.Br, done);
            il.MarkLabel(yes);
            il.Emit(OpCodes.Ldloc, tru); il.Emit(OpCodes.Stloc, s[d - 2]); il.Emit(OpCodes.Br, done);
        }

        /// <summary>The IL branch taken when two longs compare as <paramref name="cmp"/> says (signed), or two
        /// doubles (ordered: a NaN makes every one but != false, as float's comparisons).</summary>
        private static OpCode BranchIf(CompareOpArg cmp) => cmp switch
        {
            CompareOpArg.Lt => OpCodes.Blt,
            CompareOpArg.LtE => OpCodes.Ble,
            CompareOpArg.Eq => OpCodes.Beq,
            CompareOpArg.NotEq => OpCodes.Bne_Un,
            CompareOpArg.Gt => OpCodes.Bgt,
            _ => OpCodes.Bge,
        };
    }
}
