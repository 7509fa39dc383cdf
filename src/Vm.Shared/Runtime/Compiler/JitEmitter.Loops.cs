// Baseline compiler, code side: entering a compiled body at a loop head, in the middle of a frame
// Eval was running (on-stack entry; Interpreter.JitLoops.cs decides when).
//
// The loop heads are the targets of the body's backward JUMP_ABSOLUTEs that the compiled flow
// reaches (a loop in a handler block's code is not emitted, so Eval keeps it). Eval leaves a frame
// at such a jump exactly as it leaves a suspended generator: f.Ip the target, the value stack in
// f.Slots[StackBase..f.Sp) (the loop's iterators), the block stack in the frame. So the entry is
// the generator's resume dispatch (JitEmitter.Generators.cs, EntryDispatch): f.Ip is compared with
// each entry point, the stack locals s0..s(d-1) reloaded from the slots, and the body goes on from
// that instruction's label. A jump target starts a basic block, so no float is unboxed there
// (JitEmitter.Floats.cs) and nothing else lives across it but the stack locals. A fresh frame
// (f.Ip 0) goes straight to the first instruction, so a direct call pays one compare.
using System.Reflection.Emit;
using Vm.Bytecode;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private sealed partial class Emitter
    {
        /// <summary>The targets of the emitted backward jumps (other than instruction 0, the start), also
        /// kept in code.JitLoopHeads before TryCompile returns (so before the caller publishes code.Jit).</summary>
        private void AddLoopHeads(SortedSet<int> entries)
        {
            var heads = LoopHeads(instrs, depth);
            code.JitLoopHeads = heads;
            entries.UnionWith(heads);
        }
    }

    /// <summary>The loop heads of a body (sorted): the targets of the backward JUMP_ABSOLUTEs the compiled
    /// flow reaches. Interpreter.JitLoops.cs enters a frame only at one of them (PyCode.JitLoopHeads).</summary>
    private static int[] LoopHeads(int[] instrs, int[] depth)
    {
        var heads = new SortedSet<int>();
        for (int i = 0; i < instrs.Length; i++)
            if (Instr.Op(instrs[i]) == Opcode.JUMP_ABSOLUTE && depth[i] >= 0 && Instr.Arg(instrs[i]) is var t && t <= i && t > 0 && depth[t] >= 0)
                heads.Add(t);
        return [.. heads];
    }
}
