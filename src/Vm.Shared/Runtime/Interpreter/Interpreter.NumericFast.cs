// Numeric fast paths of the eval loop (BINARY_OP, COMPARE_OP, unary minus): operands of the
// exact builtin types int and float, answered without the dunder lookup, the argument array and
// the call that Ops.BinaryOp / Ops.RichCompare would make.
//
// Why the fast path equals the slow path:
//  * int and float are builtin types: their dunders cannot be replaced, and neither defines an
//    in-place dunder (__iadd__ ...), so an in-place BINARY_OP on them is the binary one.
//  * Both operands exact int or exact float: BinaryOpNoInplace calls the left operand's dunder
//    first (no subclass, so no reflected-first rule), which for these types never returns
//    NotImplemented against int or float. float.__op__(float, int) converts the int and calls
//    FloatOp / FloatPow; int.__op__(int, float) returns NotImplemented and float.__rop__ then
//    computes the same FloatOp / FloatPow on the converted int. int.__op__(int, int) is IntOp /
//    IntPow. The fast path calls exactly those functions (or, for + - * on machine values, the
//    same arithmetic inline), so results and errors (ZeroDivisionError, OverflowError, the
//    complex result of a negative base to a fractional power) are the slow path's.
//  * bool is excluded (its bitwise dunders return bool); subclasses are excluded (their dunders
//    may be overridden): they take the general path.
//  * The operand tests compare the type pointer only: an object whose Type is exactly int or
//    float is a PyInt / PyFloat (their constructors make those classes, and __class__ cannot be
//    assigned to or from a builtin type), so the casts after the test are unchecked. A class
//    test (`is PyFloat`) of a non-sealed class costs a helper call when it fails.
//  * Exact ints and floats are immortal and immutable, so nothing here reads or writes shared
//    mutable state: the free-threaded backend runs the same code with no extra synchronisation.
using System.Runtime.CompilerServices;
using Vm.Builtins;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    // BinaryOpArg base numbering (in-place = base + 13).
    private const int NumAdd = 0, NumAnd = 1, NumFloorDiv = 2, NumLShift = 3, NumMatMul = 4, NumMul = 5, NumMod = 6, NumOr = 7, NumPow = 8,
        NumRShift = 9, NumSub = 10, NumTrueDiv = 11, NumXor = 12;

    /// <summary>
    /// a OP b for exact int/float operands, or null when the general path must decide. May throw
    /// (division by zero, overflow): the caller has saved the stack pointer with both operands.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? TryBinaryNumeric(PyThreadState ts, PyObject a, PyObject b, int op)
    {
        var rt = ts.Rt;
        var ta = a.Type;
        var tb = b.Type;
        if (ReferenceEquals(ta, rt.FloatType))
        {
            double x = Unsafe.As<PyFloat>(a).Value;
            if (ReferenceEquals(tb, rt.FloatType)) return FloatBinary(ts, x, Unsafe.As<PyFloat>(b).Value, op);
            if (ReferenceEquals(tb, rt.IntType) && !Unsafe.As<PyInt>(b).IsBig) return FloatBinary(ts, x, Unsafe.As<PyInt>(b).Small, op);
            return null;
        }
        if (ReferenceEquals(ta, rt.IntType))
        {
            var ia = Unsafe.As<PyInt>(a);
            if (ReferenceEquals(tb, rt.IntType))
            {
                var ib = Unsafe.As<PyInt>(b);
                if (!ia.IsBig && !ib.IsBig)
                {
                    long x = ia.Small, y = ib.Small;
                    switch (op)
                    {
                        case NumAdd: case NumAdd + 13:
                        {
                            long r = x + y;
                            if (((x ^ r) & (y ^ r)) >= 0) return rt.NewInt(r);
                            break;
                        }
                        case NumSub: case NumSub + 13:
                        {
                            long r = x - y;
                            if (((x ^ y) & (x ^ r)) >= 0) return rt.NewInt(r);
                            break;
                        }
                        case NumMul: case NumMul + 13:
                        {
                            long hi = Math.BigMul(x, y, out long lo);
                            if (hi == (lo >> 63)) return rt.NewInt(lo);
                            break;
                        }
                    }
                }
                return IntBinary(ts, ia, ib, op);
            }
            if (ReferenceEquals(tb, rt.FloatType) && !ia.IsBig) return FloatBinary(ts, ia.Small, Unsafe.As<PyFloat>(b).Value, op);
        }
        return null;
    }

    /// <summary>
    /// a CMP b for exact int/float operands (the value comparisons int.__lt__ and float.__lt__
    /// make, NaN unordered), or null when the general path must decide. A machine int meets a
    /// float only within +-2**53, where converting it to double is exact (float_richcompare
    /// compares such ints as doubles too).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? TryCompareNumeric(PyRuntime rt, PyObject a, PyObject b, int op)
    {
        double x, y;
        var ta = a.Type;
        var tb = b.Type;
        if (ReferenceEquals(ta, rt.FloatType))
        {
            x = Unsafe.As<PyFloat>(a).Value;
            if (ReferenceEquals(tb, rt.FloatType)) y = Unsafe.As<PyFloat>(b).Value;
            else if (ReferenceEquals(tb, rt.IntType) && !Unsafe.As<PyInt>(b).IsBig && IsExactDouble(Unsafe.As<PyInt>(b).Small)) y = Unsafe.As<PyInt>(b).Small;
            else return null;
        }
        else if (ReferenceEquals(ta, rt.IntType) && !Unsafe.As<PyInt>(a).IsBig)
        {
            long p = Unsafe.As<PyInt>(a).Small;
            if (ReferenceEquals(tb, rt.IntType) && !Unsafe.As<PyInt>(b).IsBig)
            {
                long q = Unsafe.As<PyInt>(b).Small;
                return ((CompareOpArg)op).Holds(p, q) ? rt.True : rt.False;
            }
            if (ReferenceEquals(tb, rt.FloatType) && IsExactDouble(p)) { x = p; y = Unsafe.As<PyFloat>(b).Value; }
            else return null;
        }
        else return null;
        return ((CompareOpArg)op).Holds(x, y) ? rt.True : rt.False;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsExactDouble(long v) => (ulong)(v + (1L << 53)) <= (1UL << 54);

    /// <summary>x OP y for two doubles as float's dunders compute it (FloatOp, FloatPow); null for @ and the bitwise operators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? FloatBinary(PyThreadState ts, double x, double y, int op)
    {
        switch (op)
        {
            case NumAdd: case NumAdd + 13: return ts.Rt.NewFloat(x + y);
            case NumSub: case NumSub + 13: return ts.Rt.NewFloat(x - y);
            case NumMul: case NumMul + 13: return ts.Rt.NewFloat(x * y);
            case NumTrueDiv: case NumTrueDiv + 13:
                if (y == 0) return null; // the slow path raises "float division by zero"
                return ts.Rt.NewFloat(x / y);
        }
        return FloatBinaryRare(ts, x, y, op);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? FloatBinaryRare(PyThreadState ts, double x, double y, int op)
    {
        int baseOp = op >= 13 ? op - 13 : op;
        switch (baseOp)
        {
            case NumFloorDiv:
            case NumMod:
                if (y == 0) return null; // BINARY_OP raises it (ArithmeticErrorOrNull)
                return ts.Rt.NewFloat(NumberTypes<TSync>.FloatOp(ts, x, y, baseOp));
            case NumPow:
                return NumberTypes<TSync>.FloatPowOrNull(ts, x, y, out _); // null: BINARY_OP raises it (ArithmeticErrorOrNull)
        }
        return null;
    }

    /// <summary>x OP y for two exact ints as int's dunders compute it (IntOp, IntPow); null for @.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? IntBinary(PyThreadState ts, PyInt x, PyInt y, int op)
    {
        int baseOp = op >= 13 ? op - 13 : op;
        if (baseOp == NumMatMul) return null;
        if (baseOp == NumPow) return NumberTypes<TSync>.IntPow(ts, x, y, null);
        if (!y.IsBig && y.Small == 0 && IsDivision(baseOp)) return null; // BINARY_OP raises it (ArithmeticErrorOrNull)
        return NumberTypes<TSync>.IntOp(ts, x, y, baseOp);
    }

    private static bool IsDivision(int baseOp) => baseOp == NumTrueDiv || baseOp == NumFloorDiv || baseOp == NumMod;

    /// <summary>
    /// The error that a OP b raises for exact int/float operands, or null when the general path
    /// must decide; BINARY_OP raises it through the frame's error path instead of a .NET throw.
    /// A zero divisor (OP is /, // or %, in place or not): the slow path's error is int's when both
    /// operands are ints (IntOp, IntTrueDivide) and float's otherwise (FloatOp, via float's dunders
    /// or their reflected forms); a big int beside a float is left to the slow path, whose
    /// conversion to double may raise OverflowError first. ** with a float operand: FloatPow's
    /// error (0.0 to a negative power, an overflowing result), as TryBinaryNumeric computes it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyBaseException? ArithmeticErrorOrNull(PyThreadState ts, PyObject a, PyObject b, int op)
    {
        var rt = ts.Rt;
        int baseOp = op >= 13 ? op - 13 : op;
        if (baseOp == NumPow) return FloatPowErrorOrNull(ts, a, b);
        if (!IsDivision(baseOp)) return null;
        bool aInt = ReferenceEquals(a.Type, rt.IntType), bInt = ReferenceEquals(b.Type, rt.IntType);
        if (!aInt && !ReferenceEquals(a.Type, rt.FloatType)) return null;
        if (!bInt && !ReferenceEquals(b.Type, rt.FloatType)) return null;
        if (bInt ? Unsafe.As<PyInt>(b).IsBig || Unsafe.As<PyInt>(b).Small != 0 : Unsafe.As<PyFloat>(b).Value != 0) return null;
        if (aInt && bInt) return NumberTypes<TSync>.IntZeroDivision(rt, baseOp).Value;
        if (aInt && Unsafe.As<PyInt>(a).IsBig) return null;
        return NumberTypes<TSync>.FloatZeroDivision(rt, baseOp).Value;
    }

    /// <summary>a ** b's error when TryBinaryNumeric computes it with FloatPow: a float and a float
    /// or machine int, either way round (FloatBinary's operands).</summary>
    private static PyBaseException? FloatPowErrorOrNull(PyThreadState ts, PyObject a, PyObject b)
    {
        var rt = ts.Rt;
        if (!FloatPowOperand(rt, a, out double x, out bool aFloat) || !FloatPowOperand(rt, b, out double y, out bool bFloat) || !(aFloat || bFloat)) return null;
        NumberTypes<TSync>.FloatPowOrNull(ts, x, y, out var error);
        return error?.Value;
    }

    private static bool FloatPowOperand(PyRuntime rt, PyObject o, out double v, out bool isFloat)
    {
        isFloat = ReferenceEquals(o.Type, rt.FloatType);
        if (isFloat) v = Unsafe.As<PyFloat>(o).Value;
        else if (ReferenceEquals(o.Type, rt.IntType) && !Unsafe.As<PyInt>(o).IsBig) v = Unsafe.As<PyInt>(o).Small;
        else { v = 0; return false; }
        return true;
    }

    /// <summary>
    /// LOAD_FAST (LOAD_FAST | LOAD_CONST) BINARY_OP [STORE_FAST] (the superinstruction at ip - 1, its
    /// <paramref name="form"/>) with operands a and b that the float and int chains did not take:
    /// TryBinaryNumeric's result pushed, or stored by the STORE_FAST, ip past what ran; for
    /// non-numbers both loads done at once, the BINARY_OP (and STORE_FAST) left to run as
    /// themselves. Returns the new ip and sp.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Ip, int Sp) LoadLoadBinaryOther(PyThreadState ts, Frame f, int[] instrs, PyObject?[] slots, int ip, int sp, PyObject a, PyObject b, int form)
    {
        f.Sp = sp;
        f.LastIp = ip + 1; // a raised error is the BINARY_OP's
        var r = TryBinaryNumeric(ts, a, b, instrs[ip + 1] >>> 8);
        if (r == null)
        {
            // not numbers: both loads at once, then the BINARY_OP (and STORE_FAST) run as themselves
            Put(slots, sp, a);
            Put(slots, sp + 1, b);
            return (ip + 1, sp + 2);
        }
        if ((form & 2) != 0 && StoreFastImmortal(slots, instrs[ip + 2] >>> 8, r)) return (ip + 3, sp);
        Put(slots, sp, r);
        return (ip + 2, sp + 1);
    }

    /// <summary>
    /// STORE_FAST of an immortal value over an empty or immortal local: nothing to count or free,
    /// so the store is the whole of STORE_FAST. False (nothing stored) otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StoreFastImmortal(PyObject?[] slots, int index, PyObject v)
    {
        var old = slots[index];
        if (!v.IsImmortal || (old != null && !old.IsImmortal)) return false;
        Put(slots, index, v);
        return true;
    }
}
