// Superinstructions: the executable copy of a code object's instructions (PyCode.Code) has the
// first instruction of a few hot patterns replaced by a fused opcode (Opcode.cs, the last group):
//
//   LOAD_FAST a; LOAD_FAST b | LOAD_CONST k; BINARY_OP op [; STORE_FAST c]
//   LOAD_FAST a; LOAD_FAST b | LOAD_CONST k; COMPARE_OP op; POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE t
//   LOAD_FAST b | LOAD_CONST k; BINARY_OP op          (the left operand already on the stack)
//   LOAD_FAST b | LOAD_CONST k; COMPARE_OP op; POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE t   (likewise)
//   FOR_ITER t; STORE_FAST x   (`for x in range(...)` / a list: the item goes straight into x)
//   LOAD_FAST o; LOAD_FAST k | LOAD_CONST k; [DUP_TOP_TWO;] BINARY_SUBSCR   and   ROT_THREE; STORE_SUBSCR
//                              (a local list or tuple at a machine-int index: `o[k]`, `o[k] op= v`)
//   LOAD_FAST a; LOAD_FAST b  |  STORE_FAST a; LOAD_FAST b  |  STORE_FAST a; STORE_FAST b
//                              (any values: one dispatch instead of two; the longer patterns above win)
//
// Only a pattern's first instruction changes (the second may start a shorter pattern of its own:
// a fused instruction reads just the arguments of the ones after it, and the opcode of a
// POP_JUMP, which never changes), so instruction indexes, jump targets and line numbers stay
// those of the compiled CodeUnit (which keeps the original instructions: the disassembler and
// everything else reading CodeUnit.Code never see a fused opcode). A jump to the second
// instruction runs the pattern's remaining instructions one by one; the fused opcode itself, when
// its operands are not exact ints/floats, behaves exactly as the LOAD_FAST it replaced
// (Runtime/Interpreter/Interpreter.NumericFast.cs). The rewrite happens once, before the code
// object is published, so threads never see the array change.
namespace Vm.Bytecode;

public static class Superinstructions
{
    /// <summary>code with each pattern's first instruction fused; code itself when no pattern occurs.</summary>
    public static int[] Apply(int[] code)
    {
        int[]? fused = null;
        for (int i = 0; i + 1 < code.Length; i++)
        {
            var first = Instr.Op(code[i]);
            if (first == Opcode.FOR_ITER && Instr.Op(code[i + 1]) == Opcode.STORE_FAST)
            {
                fused ??= (int[])code.Clone();
                fused[i] = Instr.Encode(Opcode.FOR_ITER_STORE_FAST, Instr.Arg(code[i]));
                continue;
            }
            var second = Instr.Op(code[i + 1]);
            if (first == Opcode.ROT_THREE && second == Opcode.STORE_SUBSCR)
            {
                fused ??= (int[])code.Clone();
                fused[i] = Instr.Encode(Opcode.ROT_THREE_STORE_SUBSCR, Instr.Arg(code[i]));
                continue;
            }
            if (first != Opcode.LOAD_FAST && first != Opcode.LOAD_CONST) continue;
            if (second == Opcode.BINARY_OP)
            {
                fused ??= (int[])code.Clone();
                fused[i] = Instr.Encode(first == Opcode.LOAD_FAST ? Opcode.LOAD_FAST_BINARY_OP : Opcode.LOAD_CONST_BINARY_OP, Instr.Arg(code[i]));
                continue;
            }
            if (i + 2 >= code.Length) continue;
            if (second == Opcode.COMPARE_OP && Instr.Arg(code[i + 1]) < CompareOpArgs.KeepsRight && Instr.Op(code[i + 2]) is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE)
            {
                fused ??= (int[])code.Clone();
                fused[i] = Instr.Encode(first == Opcode.LOAD_FAST ? Opcode.LOAD_FAST_COMPARE_JUMP : Opcode.LOAD_CONST_COMPARE_JUMP, Instr.Arg(code[i]));
                continue;
            }
            if (first != Opcode.LOAD_FAST) continue;
            if (second != Opcode.LOAD_FAST && second != Opcode.LOAD_CONST) continue;
            bool constant = second == Opcode.LOAD_CONST;
            var third = Instr.Op(code[i + 2]);
            var fourth = i + 3 < code.Length ? Instr.Op(code[i + 3]) : Opcode.NOP;
            Opcode op;
            if (third == Opcode.BINARY_SUBSCR)
            {
                op = constant ? Opcode.LOAD_FAST_LOAD_CONST_SUBSCR : Opcode.LOAD_FAST_LOAD_FAST_SUBSCR;
            }
            else if (third == Opcode.DUP_TOP_TWO && fourth == Opcode.BINARY_SUBSCR)
            {
                op = constant ? Opcode.LOAD_FAST_LOAD_CONST_DUP_SUBSCR : Opcode.LOAD_FAST_LOAD_FAST_DUP_SUBSCR;
            }
            else if (third == Opcode.BINARY_OP)
            {
                op = fourth == Opcode.STORE_FAST
                    ? (constant ? Opcode.LOAD_FAST_LOAD_CONST_BINARY_OP_STORE : Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP_STORE)
                    : (constant ? Opcode.LOAD_FAST_LOAD_CONST_BINARY_OP : Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP);
            }
            else if (third == Opcode.COMPARE_OP && Instr.Arg(code[i + 2]) < CompareOpArgs.KeepsRight && fourth is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE)
            {
                op = constant ? Opcode.LOAD_FAST_LOAD_CONST_COMPARE_JUMP : Opcode.LOAD_FAST_LOAD_FAST_COMPARE_JUMP;
            }
            else continue;
            fused ??= (int[])code.Clone();
            fused[i] = Instr.Encode(op, Instr.Arg(code[i]));
        }
        return FuseLocalPairs(code, fused);
    }

    /// <summary>
    /// LOAD_FAST a; LOAD_FAST b, STORE_FAST a; LOAD_FAST b and STORE_FAST a; STORE_FAST b where
    /// neither instruction starts a longer pattern (a pair must not hide `LOAD_FAST b; BINARY_OP`).
    /// </summary>
    private static int[] FuseLocalPairs(int[] code, int[]? fused)
    {
        for (int i = 0; i + 1 < code.Length; i++)
        {
            if (fused != null && (fused[i] != code[i] || fused[i + 1] != code[i + 1])) continue;
            var pair = (Instr.Op(code[i]), Instr.Op(code[i + 1])) switch
            {
                (Opcode.LOAD_FAST, Opcode.LOAD_FAST) => Opcode.LOAD_FAST_LOAD_FAST,
                (Opcode.STORE_FAST, Opcode.LOAD_FAST) => Opcode.STORE_FAST_LOAD_FAST,
                (Opcode.STORE_FAST, Opcode.STORE_FAST) => Opcode.STORE_FAST_STORE_FAST,
                _ => Opcode.NOP,
            };
            if (pair == Opcode.NOP) continue;
            fused ??= (int[])code.Clone();
            fused[i] = Instr.Encode(pair, Instr.Arg(code[i]));
        }
        return fused ?? code;
    }
}
