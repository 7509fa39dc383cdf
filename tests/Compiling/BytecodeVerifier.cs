using Vm.Bytecode;

namespace Vm.Tests.Compiling;

/// <summary>
/// An abstract interpreter of compiled code that checks the exception-handling contract of
/// Opcode.cs along every path (normal and exceptional), independently of the compiler's own
/// stack analysis: depths never go negative or above StackSize, POP_BLOCK pops a setup block,
/// POP_EXCEPT finds PREV above its handler block's level, and RETURN_VALUE leaves with
/// an empty block stack and exactly the return value on the stack.
/// </summary>
internal static class BytecodeVerifier
{
    private enum BlockKind { Finally, With, ExceptHandler }

    private readonly record struct Block(BlockKind Kind, int Handler, int Level);

    /// <summary>Returns a list of problems (empty when the code is sound).</summary>
    public static List<string> Verify(CodeUnit code)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>();
        var work = new Stack<(int Pc, int Depth, Block[] Blocks)>();
        work.Push((0, 0, []));
        var n = code.Code.Length;

        void Add(int pc, int depth, Block[] blocks)
        {
            var key = pc + ":" + depth + ":" + string.Join(",", blocks.Select(b => $"{b.Kind}{b.Handler}/{b.Level}"));
            if (seen.Add(key)) work.Push((pc, depth, blocks));
        }

        void Raise(int depth, Block[] blocks)
        {
            var list = blocks.ToList();
            while (list.Count > 0)
            {
                var b = list[^1];
                list.RemoveAt(list.Count - 1);
                if (b.Kind == BlockKind.ExceptHandler)
                {
                    if (depth < b.Level + 1) problems.Add($"unwinding an except handler below its level in {code.QualName}");
                    depth = b.Level;
                    continue;
                }
                if (depth < b.Level) problems.Add($"stack below block level in {code.QualName}");
                list.Add(new Block(BlockKind.ExceptHandler, -1, b.Level));
                Add(b.Handler, b.Level + 2, list.ToArray());
                return;
            }
        }

        while (work.Count > 0 && problems.Count == 0 && seen.Count < 200_000)
        {
            var (pc, depth, blocks) = work.Pop();
            if (pc >= n)
            {
                problems.Add($"{code.QualName}: control falls off the end");
                break;
            }
            if (depth > code.StackSize) problems.Add($"{code.QualName}@{pc}: depth {depth} exceeds StackSize {code.StackSize}");
            var op = Instr.Op(code.Code[pc]);
            var arg = Instr.Arg(code.Code[pc]);
            if (MayRaise(op)) Raise(depth, blocks);
            switch (op)
            {
                case Opcode.SETUP_FINALLY:
                    Add(pc + 1, depth, [.. blocks, new Block(BlockKind.Finally, arg, depth)]);
                    continue;
                case Opcode.SETUP_WITH:
                    Add(pc + 1, depth + 1, [.. blocks, new Block(BlockKind.With, arg, depth)]);
                    continue;
                case Opcode.SETUP_ASYNC_WITH:
                    // [aexit enter_result]: the block keeps aexit, as SETUP_WITH's does
                    Add(pc + 1, depth, [.. blocks, new Block(BlockKind.With, arg, depth - 1)]);
                    continue;
                case Opcode.POP_BLOCK:
                    if (blocks.Length == 0 || blocks[^1].Kind == BlockKind.ExceptHandler)
                        problems.Add($"{code.QualName}@{pc}: POP_BLOCK without a setup block");
                    else Add(pc + 1, depth, blocks[..^1]);
                    continue;
                case Opcode.POP_EXCEPT:
                    if (blocks.Length == 0 || blocks[^1].Kind != BlockKind.ExceptHandler)
                        problems.Add($"{code.QualName}@{pc}: POP_EXCEPT without an except-handler block");
                    else if (depth < blocks[^1].Level + 1)
                        problems.Add($"{code.QualName}@{pc}: POP_EXCEPT at depth {depth}, handler level {blocks[^1].Level}");
                    else Add(pc + 1, depth - 1, blocks[..^1]);
                    continue;
                case Opcode.RETURN_VALUE:
                    if (blocks.Length != 0) problems.Add($"{code.QualName}@{pc}: return with {blocks.Length} blocks left");
                    if (depth != 1) problems.Add($"{code.QualName}@{pc}: return at depth {depth}");
                    continue;
                case Opcode.RAISE_VARARGS:
                case Opcode.RERAISE:
                    if (depth + StackEffect.Of(op, arg) < 0) problems.Add($"{code.QualName}@{pc}: underflow");
                    continue;
            }
            if (StackEffect.IsJump(op))
            {
                var jd = depth + StackEffect.Of(op, arg, jump: true);
                if (jd < 0) problems.Add($"{code.QualName}@{pc}: underflow on jump");
                Add(arg, jd, blocks);
                if (StackEffect.IsUnconditionalJump(op)) continue;
            }
            var d = depth + StackEffect.Of(op, arg);
            if (d < 0)
            {
                problems.Add($"{code.QualName}@{pc}: stack underflow ({op})");
                continue;
            }
            Add(pc + 1, d, blocks);
        }
        return problems;
    }

    private static bool MayRaise(Opcode op) => op switch
    {
        Opcode.NOP or Opcode.POP_TOP or Opcode.ROT_TWO or Opcode.ROT_THREE or Opcode.ROT_FOUR or Opcode.DUP_TOP
            or Opcode.DUP_TOP_TWO or Opcode.LOAD_CONST or Opcode.LOAD_CLOSURE or Opcode.STORE_FAST
            or Opcode.SETUP_FINALLY or Opcode.SETUP_WITH or Opcode.POP_BLOCK or Opcode.POP_EXCEPT
            or Opcode.JUMP_FORWARD or Opcode.JUMP_ABSOLUTE or Opcode.RETURN_VALUE => false,
        _ => true,
    };
}
