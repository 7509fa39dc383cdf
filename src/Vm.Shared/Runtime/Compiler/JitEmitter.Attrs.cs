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

        /// <summary>
        /// Whether the stack entry <paramref name="below"/> places under the top at instruction
        /// <paramref name="i"/> is always the value a LOAD_FAST pushed: that LOAD_FAST is at
        /// i - 1 - below, the instructions after it are LOAD_FAST or LOAD_CONST (one push each, nothing
        /// run), and no jump goes to any of them or to i and no entry starts there (a resumed
        /// generator, a loop entered from the interpreter). The local still holds its reference (only
        /// this frame's STORE_FAST / DELETE_FAST change it: f_locals is a snapshot), so the value is not floating.
        /// </summary>
        private bool PushedByLoadFast(int i, int below)
        {
            int j = i - 1 - below;
            if (j < 0 || depth[j] < 0 || Instr.Op(instrs[j]) != Opcode.LOAD_FAST) return false;
            for (int m = j + 1; m <= i; m++)
            {
                if (jumpTarget[m] || entries.Contains(m)) return false;
                if (m < i && Instr.Op(instrs[m]) is not (Opcode.LOAD_FAST or Opcode.LOAD_CONST)) return false;
            }
            return true;
        }

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
