// Baseline compiler, code side: cells and free variables, and the instructions that run as one
// out-of-line step on the spilled stack (Interpreter.JitCells.cs, Interpreter.JitStackOps.cs).
//
// Cells: a frame's cells sit in f.Slots[NLocals..NLocals + NCells) (the call binding made them, as
// for Eval), so LOAD_CLOSURE is a slot load and LOAD_DEREF a slot load and a field load, inline;
// an empty cell spills and throws the case's UnboundLocalError/NameError. STORE_DEREF may release
// the old contents (running __del__), so it spills and calls the case's step.
// Stack steps: BUILD_MAP/SET/STRING/SLICE, LIST_APPEND/SET_ADD/MAP_ADD, MAKE_FUNCTION and the
// rest of StackStep's list spill, set f.Ip as Eval's ip, and call JitStackOp, which runs the Eval
// case's own helper on the frame's stack; the results are reloaded into the stack locals. The new
// depth is the bytecode's (StackEffect), as for every instruction here. BUILD_SLICE followed by
// BINARY_SUBSCR/STORE_SUBSCR first tries Eval's fused slice path (no slice object).
using System.Reflection.Emit;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private static bool SupportsCellsAndSteps(Opcode op) => op is Opcode.LOAD_DEREF or Opcode.STORE_DEREF or Opcode.LOAD_CLOSURE
        || StackStep(op);

    /// <summary>The instructions that run as JitStackOp (each never jumps and raises only by throwing).</summary>
    private static bool StackStep(Opcode op) => op is Opcode.BUILD_SET or Opcode.BUILD_MAP or Opcode.BUILD_CONST_KEY_MAP
        or Opcode.BUILD_STRING or Opcode.BUILD_SLICE or Opcode.FORMAT_VALUE or Opcode.MAKE_FUNCTION
        or Opcode.LIST_APPEND or Opcode.SET_ADD or Opcode.MAP_ADD
        or Opcode.LIST_EXTEND or Opcode.SET_UPDATE or Opcode.DICT_UPDATE or Opcode.DICT_MERGE
        // Interpreter.RareOps.cs cases
        or Opcode.LOAD_FAST_AND_CLEAR or Opcode.STORE_FAST_MAYBE_NULL or Opcode.DELETE_FAST or Opcode.DELETE_DEREF
        or Opcode.DELETE_GLOBAL or Opcode.DELETE_ATTR or Opcode.DELETE_SUBSCR or Opcode.LOAD_ASSERTION_ERROR
        or Opcode.LIST_TO_TUPLE or Opcode.UNPACK_EX
        or Opcode.IMPORT_NAME or Opcode.IMPORT_FROM or Opcode.GET_YIELD_FROM_ITER or Opcode.GET_LEN or Opcode.MATCH_COPY or Opcode.MATCH_SEQUENCE
        or Opcode.MATCH_MAPPING or Opcode.MATCH_KEYS or Opcode.MATCH_CLASS or Opcode.MATCH_DICT_REST
        // class bodies (Interpreter.NameOps.cs, RareOps.cs) and super() (Interpreter.SuperAttr.cs)
        or Opcode.LOAD_NAME or Opcode.STORE_NAME or Opcode.DELETE_NAME or Opcode.LOAD_CLASSDEREF
        or Opcode.LOAD_BUILD_CLASS or Opcode.SETUP_ANNOTATIONS or Opcode.LOAD_SUPER_ATTR
        // async for, async with, an async generator's yield (Interpreter.Async.cs, RareOp's default)
        or Opcode.GET_AITER or Opcode.GET_ANEXT or Opcode.BEFORE_ASYNC_WITH or Opcode.ASYNC_GEN_WRAP;

    private sealed partial class Emitter
    {
        private LocalBuilder? newSp;

        /// <summary>The instructions of this file; false for any other.</summary>
        private bool CellOrStep(int i, Opcode op, int arg, int d)
        {
            switch (op)
            {
                case Opcode.LOAD_CLOSURE:
                    il.Emit(OpCodes.Ldloc, slots); Ldc(code.NLocals + arg); il.Emit(OpCodes.Ldelem_Ref); il.Emit(OpCodes.Stloc, s[d]);
                    return true;
                case Opcode.LOAD_DEREF:
                {
                    var ok = il.DefineLabel();
                    il.Emit(OpCodes.Ldloc, slots); Ldc(code.NLocals + arg); il.Emit(OpCodes.Ldelem_Ref); il.Emit(OpCodes.Castclass, typeof(PyCell));
                    il.Emit(OpCodes.Ldfld, F<PyCell>(nameof(PyCell.Contents))); il.Emit(OpCodes.Stloc, s[d]);
                    il.Emit(OpCodes.Ldloc, s[d]); il.Emit(OpCodes.Brtrue, ok);
                    Sync(i, d);
                    TsF(); Ldc(arg); Call("JitThrowUnboundDeref");
                    il.MarkLabel(ok);
                    return true;
                }
                case Opcode.STORE_DEREF:
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Ldc(arg); Call("JitStoreDeref");
                    return true;
                default:
                    if (!StackStep(op)) return false;
                    if (op == Opcode.BUILD_SLICE && i + 2 < instrs.Length && Instr.Op(instrs[i + 1]) is Opcode.BINARY_SUBSCR or Opcode.STORE_SUBSCR)
                        FusedSlice(i, arg, d, Instr.Op(instrs[i + 1]));
                    else
                        Step(i, op, arg, d);
                    return true;
            }
        }

        /// <summary>One JitStackOp step; the values it leaves from the lowest depth it may have written reloaded.</summary>
        private void Step(int i, Opcode op, int arg, int d)
        {
            Sync(i, d);
            SetFrameInt(nameof(Frame.Ip), i + 1);
            TsF(); Ldc(sb + d); Ldc(Instr.Encode(op, arg)); Call("JitStackOp");
            il.Emit(OpCodes.Pop); // the new sp: sb + the bytecode's depth after i
            int after = d + StackEffect.Of(op, arg);
            // the lowest slot written: the new top, or below it (LOAD_SUPER_ATTR: [super cls self] -> [meth self])
            int low = op == Opcode.LOAD_SUPER_ATTR ? d - 3 : Math.Min(d, after) - 1;
            for (int k = Math.Max(0, low); k < after; k++) Reload(k);
        }

        /// <summary>BUILD_SLICE with the subscript after it: Eval's fused path when it applies (then on to
        /// i + 2), else the plain BUILD_SLICE step and the subscript as its own instruction.</summary>
        private void FusedSlice(int i, int n, int d, Opcode next)
        {
            var plain = il.DefineLabel();
            newSp ??= il.DeclareLocal(typeof(int));
            Sync(i, d);
            SetFrameInt(nameof(Frame.Ip), i + 1);
            TsF(); Ldc(sb + d); Ldc(n); Ldc((int)next); Call("JitSliceSubscr");
            il.Emit(OpCodes.Stloc, newSp); il.Emit(OpCodes.Ldloc, newSp); Ldc(0); il.Emit(OpCodes.Blt, plain);
            if (next == Opcode.BINARY_SUBSCR) Reload(d - n - 1); // [o lo hi (step)] -> [o[lo:hi:step]]
            il.Emit(OpCodes.Br, labels[i + 2]);                  // STORE_SUBSCR: [v o lo hi (step)] -> []
            il.MarkLabel(plain);
            TsF(); Ldc(sb + d); Ldc(Instr.Encode(Opcode.BUILD_SLICE, n)); Call("JitStackOp");
            il.Emit(OpCodes.Pop);
            Reload(d - n);
        }
    }
}
