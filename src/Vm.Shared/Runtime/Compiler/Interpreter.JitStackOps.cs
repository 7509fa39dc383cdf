// Baseline compiler: the steps for cells and for the instructions compiled code runs as one call on
// the spilled stack (JitEmitter.Cells.cs emits them; the conventions of Interpreter.JitOps.cs). Each
// is Eval's case for its instruction, calling the same helper with the same stack; where Eval's case
// is written inline (STORE_DEREF, LIST_APPEND, SET_ADD, MAP_ADD, BUILD_SLICE) the step repeats its
// few lines. They raise only by throwing, as the cases do (f.Sp saved first), and Run unwinds.
using System.Runtime.CompilerServices;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitThrowUnboundDeref(PyThreadState ts, Frame f, int index) => throw UnboundDeref(ts, f.Code, index);

    /// <summary>STORE_DEREF of the value at sp - 1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitStoreDeref(PyThreadState ts, Frame f, int sp, int arg)
    {
        var slots = f.Slots;
        var cell = (PyCell)slots[f.Code.NLocals + arg]!;
        var v = slots[--sp]!;
        f.Sp = sp;
        Ops<TSync>.StoreShared(ts, ref cell.Contents, v);
    }

    /// <summary>BUILD_SLICE of n bounds with the BINARY_SUBSCR or STORE_SUBSCR <paramref name="next"/>
    /// after it: Eval's fused path (the new sp), or -1 when the plain BUILD_SLICE must run.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int JitSliceSubscr(PyThreadState ts, Frame f, int sp, int n, int next) => SliceSubscr(ts, f, (Opcode)next, f.Slots, sp, n);

    /// <summary>Eval's case for <paramref name="word"/> (one of JitEmitter's StackStep list) on the
    /// stack below sp: the new sp.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int JitStackOp(PyThreadState ts, Frame f, int sp, int word)
    {
        var slots = f.Slots;
        int arg = word >>> 8;
        switch ((Opcode)(word & 0xFF))
        {
            case Opcode.LIST_APPEND:
            {
                var v = slots[--sp]!;
                f.Sp = sp;
                ListOps<TSync>.Append(ts, (PyList)slots[sp - arg]!, v);
                return sp;
            }
            case Opcode.BUILD_SLICE:
            {
                PyObject step = arg == 3 ? slots[--sp]! : ts.Rt.None;
                var hi = slots[--sp]!;
                var lo = slots[sp - 1]!;
                Put(slots, sp - 1, Ops<TSync>.NewSlice(ts, lo, hi, step));
                return sp;
            }
            default: // Interpreter.RareOps.cs: the builds, comprehension adds, MAKE_FUNCTION, SETUP_WITH, LOAD_SUPER_ATTR, LOAD_NAME / STORE_NAME and the rest, Eval's own cases
                return RareOp(ts, f, slots, sp, word);
        }
    }
}
