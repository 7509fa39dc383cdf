// Baseline compiler, code side: UNPACK_SEQUENCE of up to four items through JitUnpackSmallHit
// (Interpreter.JitUnpack.cs says why it equals the step and how it reads a list on the
// free-threaded backend): the items come back in a struct, straight into the stack locals.
using System.Reflection.Emit;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync>
{
    private sealed partial class Emitter
    {
        private LocalBuilder? smallItems;

        /// <summary>s[d-1..d-1+n) = the n (at most 4) items, last first, and on to <paramref name="done"/>; a miss falls through.</summary>
        private void UnpackSmallHit(int d, int n, Label done)
        {
            smallItems ??= il.DeclareLocal(typeof(JitItems4));
            var miss = il.DefineLabel();
            string[] fields = ["A", "B", "C", "D"];
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(n); Call("JitUnpackSmallHit");
            il.Emit(OpCodes.Stloc, smallItems);
            il.Emit(OpCodes.Ldloc, smallItems); il.Emit(OpCodes.Ldfld, typeof(JitItems4).GetField("A")!); il.Emit(OpCodes.Brfalse, miss);
            for (int m = 0; m < n; m++)
            {
                il.Emit(OpCodes.Ldloc, smallItems); il.Emit(OpCodes.Ldfld, typeof(JitItems4).GetField(fields[n - 1 - m])!);
                il.Emit(OpCodes.Stloc, s[d - 1 + m]);
            }
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(miss);
        }
    }
}
