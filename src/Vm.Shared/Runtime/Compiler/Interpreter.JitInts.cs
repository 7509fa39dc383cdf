// Baseline compiler: machine-int arithmetic for compiled code, on unboxed longs (JitEmitter.Ints.cs
// emits the calls and decides which results stay unboxed; these are small enough for the .NET JIT
// to inline them, and every call site passes the operator as a constant, so one case remains).
//
// Why a step equals the general path: BINARY_OP of two exact ints that are not big goes to
// TryBinaryNumeric -> IntBinary -> NumberTypes.IntOp (int's own dunders: no subclass, no bool, so
// no overridden operator and no reflected-first rule). JitLongStep computes the same value for
// + - * // % & | ^ << >> when that value is a machine int and nothing raises: the overflow tests of
// IntStep for + - *, Python's floor division and modulo (Numbers.FloorDivide / Modulo; x % -1 is 0,
// x // -1 of long.MinValue is big), the bitwise operators on two's complement (Python's ints act
// as infinite two's complement, so & | ^ of two longs is a long), x << n for 0 <= n < 63 when the
// shift loses no bit (0 << n is 0 for any n >= 0, as LShift answers), and x >> n as an arithmetic
// shift (n >= 64: the sign, as RShift answers). It declines everything else - a zero divisor,
// a negative shift count, an overflow - and compiled code then boxes the operands and runs the
// instruction's general path, which raises ZeroDivisionError / ValueError or computes the big int.
// Unary minus declines long.MinValue (its negation is big); ~x is -x - 1, always a long.
// An unboxed long meeting an exact float in + - * / ** takes TryFloatValue's step for a float and a
// machine int (the long converted to double, as float's dunders convert it: JitFloatDD).
// An unboxed long stands for the exact int NewInt would box; boxing it later (JitBoxInt) gives
// that int, from the small-int cache in its range. Exact ints are immortal and immutable, so
// nothing counts or frees them and no code can tell when the box was made (FloatChains.cs).
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>The value of <paramref name="o"/> when it is an exact int that is not big.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool JitIntOperand(PyRuntime rt, PyObject o, out long v)
    {
        if (ReferenceEquals(o.Type, rt.IntType) && !Unsafe.As<PyInt>(o).IsBig) { v = Unsafe.As<PyInt>(o).Small; return true; }
        v = 0;
        return false;
    }

    /// <summary>The value of <paramref name="o"/> when it is an exact float (the other operand of an
    /// unboxed long in TryFloatValue's float-and-machine-int step).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool JitExactFloat(PyRuntime rt, PyObject o, out double v)
    {
        if (ReferenceEquals(o.Type, rt.FloatType)) { v = Unsafe.As<PyFloat>(o).Value; return true; }
        v = 0;
        return false;
    }

    /// <summary>x OP y (a BinaryOpArg, plain or in place) for two machine ints, when int's dunder
    /// would return a machine int without raising; false (nothing computed) otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool JitLongStep(long x, long y, int op, out long r)
    {
        switch (op)
        {
            case NumAnd: case NumAnd + 13: r = x & y; return true;
            case NumOr: case NumOr + 13: r = x | y; return true;
            case NumXor: case NumXor + 13: r = x ^ y; return true;
            case NumLShift: case NumLShift + 13:
                if (y < 0) break; // ValueError: negative shift count
                if (x == 0) { r = 0; return true; }
                if (y >= 63) break;
                r = x << (int)y;
                return r >> (int)y == x;
            case NumRShift: case NumRShift + 13:
                if (y < 0) break;
                r = y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y;
                return true;
            case NumMod: case NumMod + 13:
                if (y != -1) return IntStep(x, y, op, out r);
                r = 0;
                return true;
            default:
                return IntStep(x, y, op, out r);
        }
        r = 0;
        return false;
    }

    /// <summary>-x, unless it is big (x is long.MinValue).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool JitLongNegate(long x, out long r)
    {
        r = -x;
        return x != long.MinValue;
    }

    /// <summary>The exact int of an unboxed result (what the step would have pushed).</summary>
    internal static PyObject JitBoxInt(long v, PyRuntime rt) => rt.NewInt(v);
}

/// <summary>
/// What compiled code keeps in a value-stack local whose value is an unboxed machine int (the long
/// in its companion local: JitEmitter.Ints.cs). Never stored anywhere else: every path that copies
/// the stack into the frame boxes it first.
/// </summary>
internal sealed class UnboxedIntMark : PyObject
{
    public static readonly UnboxedIntMark Value = new();

    private UnboxedIntMark() : base(null!) { MakeImmortal(); }
}
