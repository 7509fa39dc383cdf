// Int expressions without their intermediate objects (issue 9: spectral_norm's
// `1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)`): the int counterpart of Interpreter.FloatChains.cs.
//
// A BINARY_OP (or superinstruction) of two machine ints whose result is a machine int, followed by
// instructions that consume that int in further arithmetic, runs those on the long: + - * // % of
// machine ints (no overflow into a big int, no division by zero), and, when the other operand is an
// exact float, the float step that float's dunders take for an int operand (the int converted to
// double), after which the chain goes on as a float chain. Only the last result is boxed; a
// STORE_FAST or a compare-and-branch against a machine int after it ends the chain as in float
// chains.
//
// Why this equals running the instructions one by one: each step is the one TryBinaryNumeric
// takes for those operands (IntOp's machine-int arithmetic, Numbers.FloorDivide / Modulo, or
// FloatBinary on the converted int); a step that would overflow, divide by zero or raise stops
// the chain and runs normally on the boxed value. Exact ints are immortal and immutable, and a
// skipped intermediate is a fresh object that only the value stack would hold between two
// instructions (FloatChains.cs gives the whole argument; it holds for ints unchanged).
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>a OP b for two exact machine ints when it is a machine int computed without raising.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryIntValue(PyRuntime rt, PyObject a, PyObject b, int op, out long r)
    {
        if (ReferenceEquals(a.Type, rt.IntType) && ReferenceEquals(b.Type, rt.IntType) && !Unsafe.As<PyInt>(a).IsBig && !Unsafe.As<PyInt>(b).IsBig)
            return IntStep(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small, op, out r);
        r = 0;
        return false;
    }

    /// <summary>x OP y as int's dunders compute it for machine ints, when the result is a machine int and nothing raises.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IntStep(long x, long y, int op, out long r)
    {
        switch (op)
        {
            case NumAdd: case NumAdd + 13:
                r = x + y;
                return ((x ^ r) & (y ^ r)) >= 0;
            case NumSub: case NumSub + 13:
                r = x - y;
                return ((x ^ y) & (x ^ r)) >= 0;
            case NumMul: case NumMul + 13:
                return Math.BigMul(x, y, out r) == (r >> 63);
            case NumFloorDiv: case NumFloorDiv + 13:
                if (y == 0 || (x == long.MinValue && y == -1)) break;
                r = Numbers.FloorDivide(x, y);
                return true;
            case NumMod: case NumMod + 13:
                if (y == 0 || y == -1) break; // -1: the slow path's answer is 0, and x % -1 may trap
                r = Numbers.Modulo(x, y);
                return true;
        }
        r = 0;
        return false;
    }

    /// <summary>A machine-int operand of a chain step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IntOperand(PyRuntime rt, PyObject? o, out long v)
    {
        if (o != null && ReferenceEquals(o.Type, rt.IntType) && !Unsafe.As<PyInt>(o).IsBig) { v = Unsafe.As<PyInt>(o).Small; return true; }
        v = 0;
        return false;
    }

    /// <summary>
    /// r, the int result of the instruction before <paramref name="ip"/>, belongs (unboxed) in the
    /// stack slot below <paramref name="sp"/>: the int counterpart of <see cref="CompleteFloat"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Ip, int Sp) CompleteInt(PyRuntime rt, int[] instrs, PyObject?[] slots, PyObject[] consts, int ip, int sp, long r)
    {
        if (MayChain(instrs[ip])) return CompleteIntChain(rt, instrs, slots, consts, ip, sp, r);
        Put(slots, sp - 1, rt.NewInt(r)); // the common case: nothing to chain
        return (ip, sp);
    }

    /// <summary><see cref="CompleteInt"/> when the next instruction may continue the chain.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Ip, int Sp) CompleteIntChain(PyRuntime rt, int[] instrs, PyObject?[] slots, PyObject[] consts, int ip, int sp, long r)
    {
        IntChainTail(rt, instrs, slots, consts, ref ip, ref sp, r);
        return (ip, sp);
    }

    /// <summary>The chain from its first int result on (ip, sp advanced past what ran).</summary>
    private static void IntChainTail(PyRuntime rt, int[] instrs, PyObject?[] slots, PyObject[] consts, ref int ip, ref int sp, long r)
    {
        while (true)
        {
            int word = instrs[ip];
            long v;
            double fr;
            switch ((Opcode)(word & 0xFF))
            {
                case Opcode.BINARY_OP:
                {
                    var a = slots[sp - 2];
                    if (IntOperand(rt, a, out v))
                    {
                        if (!IntStep(v, r, word >>> 8, out v)) goto box;
                        r = v;
                    }
                    else
                    {
                        if (a == null || !ReferenceEquals(a.Type, rt.FloatType) || !FloatStep(Unsafe.As<PyFloat>(a).Value, r, word >>> 8, out fr)) goto box;
                        sp--;
                        ip++;
                        FloatChainTail(rt, instrs, slots, consts, ref ip, ref sp, fr);
                        return;
                    }
                    sp--;
                    ip++;
                    break;
                }
                case Opcode.LOAD_FAST_BINARY_OP:
                case Opcode.LOAD_CONST_BINARY_OP:
                {
                    var b = (Opcode)(word & 0xFF) == Opcode.LOAD_FAST_BINARY_OP ? slots[word >>> 8] : consts[word >>> 8];
                    int op = instrs[ip + 1] >>> 8;
                    if (IntOperand(rt, b, out v))
                    {
                        if (!IntStep(r, v, op, out v)) goto box;
                        r = v;
                    }
                    else
                    {
                        if (b == null || !ReferenceEquals(b.Type, rt.FloatType) || !FloatStep(r, Unsafe.As<PyFloat>(b).Value, op, out fr)) goto box;
                        ip += 2;
                        FloatChainTail(rt, instrs, slots, consts, ref ip, ref sp, fr);
                        return;
                    }
                    ip += 2;
                    break;
                }
                case Opcode.LOAD_FAST_COMPARE_JUMP:
                case Opcode.LOAD_CONST_COMPARE_JUMP:
                {
                    // LOAD_FAST_COMPARE_JUMP's int-int path (TryCompareNumeric) on the unboxed value.
                    var b = (Opcode)(word & 0xFF) == Opcode.LOAD_FAST_COMPARE_JUMP ? slots[word >>> 8] : consts[word >>> 8];
                    if (!IntOperand(rt, b, out v)) goto box;
                    BranchOnCompare(instrs, ref ip, ref sp, ((CompareOpArg)(instrs[ip + 1] >>> 8)).Holds(r, v));
                    return;
                }
                default:
                    goto box;
            }
        }
    box:
        PushOrStore(instrs, slots, ref ip, ref sp, rt.NewInt(r));
    }
}
