using System.Numerics;
using Vm.Ast;
using Vm.Bytecode;

namespace Vm.Compiling;

/// <summary>
/// Folding of binary operators on constants, as CPython 3.13's AST optimizer does (fold_binop with
/// its size limits: ints of at most 128 bits from `*`, `**` and `<<`, collections of at most 256
/// items, strings of at most 4096 characters, and `%` never on str/bytes). An operation that would
/// raise (division by zero, a negative shift) is left for run time, as in CPython. We fold only the
/// cases whose result we compute exactly like the runtime does (ints, float +,-,*,/, sequence
/// concatenation and repetition); anything else is compiled as the operation.
/// </summary>
internal static partial class ConstantFolder
{
    private const int MaxIntBits = 128, MaxCollectionSize = 256, MaxStrSize = 4096, MaxTotalItems = 1024;

    public static bool TryFoldBinOp(BinOp b, out object? value)
    {
        value = null;
        if (!TryGetConstant(b.Left, out var l) || !TryGetConstant(b.Right, out var r)) return false;
        try
        {
            value = Fold(b.Op, l, r);
        }
        catch (Exception e) when (e is DivideByZeroException or OverflowException or ArgumentOutOfRangeException)
        {
            value = null;
        }
        if (value == null) return false;
        value = CodeBuilder.NormalizeConst(value);
        return true;
    }

    private static object? Fold(BinOpKind op, object? l, object? r)
    {
        if (l is bool x && r is bool y && op is BinOpKind.BitAnd or BinOpKind.BitOr or BinOpKind.BitXor)
            return op == BinOpKind.BitAnd ? x & y : op == BinOpKind.BitOr ? x | y : x ^ y;
        if (AsInt(l) is { } a && AsInt(r) is { } c) return FoldInts(op, a, c);
        if (IsRealNumber(l) && IsRealNumber(r) && (l is double || r is double)) return FoldFloats(op, ToDouble(l), ToDouble(r));
        return op switch
        {
            BinOpKind.Add => Concat(l, r),
            BinOpKind.Mult when AsInt(l) is { } n => Repeat(r, n),
            BinOpKind.Mult when AsInt(r) is { } n => Repeat(l, n),
            _ => null,
        };
    }

    private static BigInteger? AsInt(object? o) => o switch
    {
        long v => v,
        BigInteger v => v,
        bool v => v ? BigInteger.One : BigInteger.Zero,
        _ => null,
    };

    private static bool IsRealNumber(object? o) => o is long or BigInteger or bool or double;

    private static double ToDouble(object? o) => o switch
    {
        double d => d,
        _ => (double)AsInt(o)!.Value,
    };

    private static long NumBits(BigInteger v) => v.IsZero ? 0 : (long)BigInteger.Abs(v).GetBitLength();

    private static object? FoldInts(BinOpKind op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case BinOpKind.Add: return a + b;
            case BinOpKind.Sub: return a - b;
            case BinOpKind.Mult:
                if (!a.IsZero && !b.IsZero && NumBits(a) + NumBits(b) > MaxIntBits) return null;
                return a * b;
            case BinOpKind.FloorDiv:
                if (b.IsZero) return null;
                return FloorDiv(a, b);
            case BinOpKind.Mod:
                if (b.IsZero) return null;
                return a - FloorDiv(a, b) * b;
            case BinOpKind.Div:
                // Exact operands give a correctly rounded quotient; larger ints are left to run time.
                const long Exact = 1L << 53;
                if (b.IsZero || BigInteger.Abs(a) > Exact || BigInteger.Abs(b) > Exact) return null;
                return (double)a / (double)b;
            case BinOpKind.Pow:
                if (b.Sign < 0) return null; // a float result: left to run time
                if (!a.IsZero && !b.IsZero)
                {
                    if (b > MaxIntBits) return null;
                    if (NumBits(a) > MaxIntBits / (long)b) return null;
                }
                return BigInteger.Pow(a, (int)b);
            case BinOpKind.LShift:
                if (b.Sign < 0) return null;
                if (!a.IsZero && !b.IsZero && (NumBits(a) > MaxIntBits || b > MaxIntBits - NumBits(a))) return null;
                return a << (int)b;
            case BinOpKind.RShift:
                if (b.Sign < 0) return null;
                return b > int.MaxValue ? (a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : a >> (int)b;
            case BinOpKind.BitAnd: return a & b;
            case BinOpKind.BitOr: return a | b;
            case BinOpKind.BitXor: return a ^ b;
            default: return null;
        }
    }

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    private static object? FoldFloats(BinOpKind op, double a, double b) => op switch
    {
        BinOpKind.Add => a + b,
        BinOpKind.Sub => a - b,
        BinOpKind.Mult => a * b,
        BinOpKind.Div when b != 0 => a / b,
        _ => null,
    };

    private static object? Concat(object? l, object? r) => (l, r) switch
    {
        (string x, string y) => x + y,
        (byte[] x, byte[] y) => x.Concat(y).ToArray(),
        (ConstTuple x, ConstTuple y) => new ConstTuple(x.Items.Concat(y.Items).ToArray()),
        _ => null,
    };

    private static object? Repeat(object? seq, BigInteger n)
    {
        switch (seq)
        {
            case string s:
                if (s.Length == 0) return FitsIndex(n) ? s : null;
                if (n < 0 || n > MaxStrSize / s.Length) return null;
                return string.Concat(Enumerable.Repeat(s, (int)n));
            case byte[] bytes:
                if (bytes.Length == 0) return FitsIndex(n) ? bytes : null;
                if (n < 0 || n > MaxStrSize / bytes.Length) return null;
                return Enumerable.Repeat(bytes, (int)n).SelectMany(x => x).ToArray();
            case ConstTuple t:
                if (t.Items.Length == 0) return FitsIndex(n) ? t : null;
                if (n < 0 || n > MaxCollectionSize / t.Items.Length) return null;
                if (n > 0 && CountItems(t) > MaxTotalItems / (long)n) return null;
                return new ConstTuple(Enumerable.Repeat(t.Items, (int)n).SelectMany(x => x).ToArray());
            default:
                return null;
        }
    }

    /// <summary>An empty sequence times n folds to itself only when n is an index: a count past
    /// a ssize_t raises OverflowError at run time (CPython's PyNumber_Multiply fails, nothing is folded).</summary>
    private static bool FitsIndex(BigInteger n) => n >= long.MinValue && n <= long.MaxValue;

    /// <summary>CPython's check_complexity: items counted through nested tuple constants.</summary>
    private static long CountItems(ConstTuple t)
    {
        long n = t.Items.Length;
        foreach (var item in t.Items)
            if (item is ConstTuple inner) n += CountItems(inner);
        return n;
    }
}
