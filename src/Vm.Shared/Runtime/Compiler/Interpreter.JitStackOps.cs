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
            case Opcode.BUILD_SET: return BuildSetOp(ts, f, slots, sp, arg); // ColdOps.cs
            case Opcode.BUILD_MAP: return BuildMapOp(ts, f, slots, sp, arg);
            case Opcode.BUILD_CONST_KEY_MAP: return BuildConstKeyMapOp(ts, f, slots, sp, arg);
            case Opcode.BUILD_STRING: return BuildStringOp(ts, slots, sp, arg);
            case Opcode.FORMAT_VALUE: return FormatValueOp(ts, f, slots, sp, arg);
            case Opcode.MAKE_FUNCTION: return MakeFunctionOp(ts, f, slots, sp, arg);
            case Opcode.SETUP_WITH: return SetupWithOp(ts, f, slots, sp, arg); // JitEmitter.Handlers.cs
            case Opcode.LIST_EXTEND:
            case Opcode.SET_UPDATE:
            case Opcode.DICT_UPDATE:
            case Opcode.DICT_MERGE:
                return ExtendOp(ts, f, slots, sp, (Opcode)(word & 0xFF), arg);
            case Opcode.LIST_APPEND:
            {
                var v = slots[--sp]!;
                f.Sp = sp;
                ListOps<TSync>.Append(ts, (PyList)slots[sp - arg]!, v);
                return sp;
            }
            case Opcode.SET_ADD:
            {
                var v = slots[--sp]!;
                f.Sp = sp;
                AddOrDrop(ts, (PySet)slots[sp - arg]!, v);
                return sp;
            }
            case Opcode.MAP_ADD:
            {
                var v = slots[--sp]!;
                var k = slots[--sp]!;
                f.Sp = sp;
                SetOrDropKey(ts, (PyDict)slots[sp - arg]!, k, v);
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
            case Opcode.LOAD_SUPER_ATTR:
                f.Sp = sp;
                return LoadSuperAttr(ts, f, slots, sp, f.Code.Names[arg >> 2], arg); // SuperAttr.cs
            case Opcode.LOAD_NAME:
                f.Sp = sp;
                Put(slots, sp, LoadName(ts, f, f.Code.Names[arg])); // NameOps.cs
                return sp + 1;
            case Opcode.STORE_NAME:
                f.Sp = sp - 1;
                StoreName(ts, f, f.Code.Names[arg], slots[--sp]!);
                return sp;
            default: // Interpreter.RareOps.cs
                return RareOp(ts, f, slots, sp, word);
        }
    }
}
