// Baseline compiler, code side: the hit paths of LOAD_ATTR, LOAD_METHOD, STORE_ATTR, STORE_SUBSCR
// and UNPACK_SEQUENCE (Interpreter.JitAttrs.cs holds the helpers and says why a hit equals the step).
// Each instruction first calls its hit helper on the stack locals, with no spill and no frame
// store: the interpreter's cache answers, nothing runs Python code or raises. On a miss the
// instruction continues with the code JitEmitter.cs emits for it (spill, step, reload).
using System.Reflection.Emit;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private sealed partial class Emitter
    {
        private LocalBuilder? methodPair, doneNone, unpackItems;

        /// <summary>LOAD_ATTR's hit: s[d-1] = the attribute and on to <paramref name="done"/>; a miss falls through.
        /// A receiver a fast local holds (<see cref="PushedByLoadFast"/>) is never floating: JitLoadAttrHitOfLocal does not ask.</summary>
        private void LoadAttrHit(int i, int d, int arg, Label done)
        {
            var miss = il.DefineLabel();
            bool ofLocal = PushedByLoadFast(i, 0);
            if (!ofLocal) il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldloc, codeLocal); Ldc(i); Ldc(arg); il.Emit(OpCodes.Ldloc, s[d - 1]);
            Call(ofLocal ? "JitLoadAttrHitOfLocal" : "JitLoadAttrHit");
            il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, miss);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 1]);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(miss);
        }

        /// <summary>Instructions PushedByLoadFast looks back at most.</summary>
        private const int MaxHeldWalk = 32;

        /// <summary>
        /// Whether the stack entry <paramref name="below"/> places under the top at instruction
        /// <paramref name="i"/> is always the value a LOAD_FAST pushed, followed back through the
        /// straight-line code before i: no jump goes to any instruction after that LOAD_FAST up to i
        /// and no entry starts there (a resumed generator, a loop entered from the interpreter), and
        /// the instructions in between are stack shuffles (which move it) or loads and operators
        /// that work above it (HeldWalkPops). None of them stores or deletes a fast local, and code
        /// they may run cannot either (f_locals is a snapshot), so the local still holds its
        /// reference at i and the value is not floating.
        /// </summary>
        private bool PushedByLoadFast(int i, int below)
        {
            int p = depth[i] - 1 - below; // the entry's place, counted from the bottom of the stack
            for (int m = i - 1; m >= 0 && m >= i - MaxHeldWalk; m--)
            {
                if (jumpTarget[m + 1] || entries.Contains(m + 1) || depth[m] < 0) return false;
                int dm = depth[m], arg = Instr.Arg(instrs[m]);
                switch (Instr.Op(instrs[m]))
                {
                    case Opcode.LOAD_FAST:
                        if (p == dm) return true;
                        break;
                    case Opcode.DUP_TOP:
                        if (p == dm) p = dm - 1;
                        break;
                    case Opcode.COPY:
                        if (p == dm) p = dm - arg;
                        break;
                    case Opcode.DUP_TOP_TWO:
                        if (p >= dm) p -= 2;
                        break;
                    case Opcode.ROT_TWO:
                    case Opcode.SWAP:
                    {
                        int n = Instr.Op(instrs[m]) == Opcode.ROT_TWO ? 2 : arg;
                        if (p == dm - 1) p = dm - n;
                        else if (p == dm - n) p = dm - 1;
                        break;
                    }
                    case Opcode.ROT_THREE: // the top went down two places, the two below it up one
                        if (p == dm - 3) p = dm - 1;
                        else if (p > dm - 3) p--;
                        break;
                    default:
                        int pops = HeldWalkPops(Instr.Op(instrs[m]));
                        if (pops < 0 || p >= dm - pops) return false; // something else, or m made the entry
                        break;
                }
            }
            return false;
        }

        /// <summary>What an instruction PushedByLoadFast may look past pops (it pushes its results
        /// where they were), or -1 for any other instruction.</summary>
        private static int HeldWalkPops(Opcode op) => op switch
        {
            Opcode.LOAD_CONST or Opcode.LOAD_GLOBAL => 0,
            Opcode.LOAD_ATTR or Opcode.UNARY_NEGATIVE or Opcode.UNARY_POSITIVE or Opcode.UNARY_INVERT or Opcode.UNARY_NOT => 1,
            Opcode.BINARY_OP or Opcode.BINARY_SUBSCR or Opcode.COMPARE_OP or Opcode.IS_OP or Opcode.CONTAINS_OP => 2,
            _ => -1,
        };

        /// <summary>LOAD_METHOD's hit: s[d-1], s[d] = the pair the case pushes, and on to <paramref name="done"/>.</summary>
        private void LoadMethodHit(int i, int d, int arg, Label done)
        {
            var pairType = typeof(ValueTuple<PyObject, PyObject>);
            methodPair ??= il.DeclareLocal(pairType);
            var miss = il.DefineLabel();
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, codeLocal); Ldc(i); Ldc(arg); il.Emit(OpCodes.Ldloc, s[d - 1]);
            Call("JitLoadMethodHit");
            il.Emit(OpCodes.Stloc, methodPair);
            il.Emit(OpCodes.Ldloc, methodPair); il.Emit(OpCodes.Ldfld, pairType.GetField("Item1")!); il.Emit(OpCodes.Stloc, tmp);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, miss);
            il.Emit(OpCodes.Ldloc, methodPair); il.Emit(OpCodes.Ldfld, pairType.GetField("Item2")!); il.Emit(OpCodes.Stloc, s[d]);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 1]);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(miss);
        }

        /// <summary>STORE_ATTR's hit (s[d-1] = o, s[d-2] = the value): on to <paramref name="done"/>, a miss falls through.</summary>
        private void StoreAttrHit(int i, int d, int arg, Label done)
        {
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, codeLocal); Ldc(i); il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Ldloc, s[d - 2]);
            if (code.NLocals > 0) { il.Emit(OpCodes.Ldloc, slots); Ldc(0); il.Emit(OpCodes.Ldelem_Ref); }
            else il.Emit(OpCodes.Ldnull);
            Call("JitStoreAttrHit");
            FinishStoreHit(i, d - 2, s[d - 1], attr: true, done);
        }

        /// <summary>STORE_SUBSCR's hit (s[d-3] = the value, s[d-2] = the list, s[d-1] = the index).</summary>
        private void StoreSubscrHit(int i, int d, Label done)
        {
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, s[d - 3]); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]);
            Ldc(PushedByLoadFast(i, 1) ? 1 : 0); // the container (the index above it)
            Call("JitStoreSubscrHit");
            FinishStoreHit(i, d - 3, s[d - 2], attr: false, done);
        }

        /// <summary>UNPACK_SEQUENCE's hit: s[d-1..d-1+n) = the items, last first, and on to <paramref name="done"/>.</summary>
        private void UnpackHit(int d, int n, Label done)
        {
            if (n <= 4)
            {
                UnpackSmallHit(d, n, done); // JitEmitter.Unpack.cs: lists on the free-threaded backend too
                return;
            }
            unpackItems ??= il.DeclareLocal(typeof(PyObject[]));
            var miss = il.DefineLabel();
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(n); Call("JitUnpackHit");
            il.Emit(OpCodes.Stloc, unpackItems); il.Emit(OpCodes.Ldloc, unpackItems); il.Emit(OpCodes.Brfalse, miss);
            for (int m = 0; m < n; m++)
            {
                il.Emit(OpCodes.Ldloc, unpackItems); Ldc(n - 1 - m); il.Emit(OpCodes.Ldelem_Ref); il.Emit(OpCodes.Stloc, s[d - 1 + m]);
            }
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(miss);
        }

        /// <summary>
        /// After a store hit's call (its answer on the IL stack): null falls through to the step; rt.True
        /// goes to <paramref name="done"/>; a replaced value whose count reached zero is freed by
        /// JitFinishStore on the stack as the case leaves it (depth <paramref name="after"/>).
        /// </summary>
        private void FinishStoreHit(int i, int after, LocalBuilder receiver, bool attr, Label done)
        {
            doneNone ??= il.DeclareLocal(typeof(PyObject));
            var miss = il.DefineLabel();
            il.Emit(OpCodes.Stloc, doneNone); il.Emit(OpCodes.Ldloc, doneNone); il.Emit(OpCodes.Brfalse, miss);
            il.Emit(OpCodes.Ldloc, doneNone); il.Emit(OpCodes.Ldloc, tru); il.Emit(OpCodes.Beq, done);
            Sync(i, after);
            SetFrameInt(nameof(Frame.Ip), i + 1);
            TsF(); il.Emit(OpCodes.Ldloc, doneNone); il.Emit(OpCodes.Ldloc, receiver); Ldc(attr ? 1 : 0);
            Call("JitFinishStore");
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(miss);
        }
    }
}
