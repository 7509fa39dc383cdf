using System.Numerics;
using Vm.Ast;
using Vm.Bytecode;

namespace Vm.Compiling;

/// <summary>
/// The part of CPython's AST optimizer that we do: constant tuples, unary minus/plus/invert of
/// numeric literals, binary operators on constants (ConstantFolder.BinOp.cs), and constant
/// lists/sets after `in`.
/// </summary>
internal static partial class ConstantFolder
{
    /// <summary>The constant value of an expression, if it is a literal, a folded unary op or a tuple of constants.</summary>
    public static bool TryGetConstant(Expr e, out object? value)
    {
        switch (e)
        {
            case Constant c:
                value = CodeBuilder.NormalizeConst(c.Value);
                return true;
            case UnaryOp u:
                return TryFold(u, out value);
            case BinOp b:
                return TryFoldBinOp(b, out value);
            case TupleExpr t:
                if (TryGetConstants(t.Elts, out var items))
                {
                    value = new ConstTuple(items);
                    return true;
                }
                break;
        }
        value = null;
        return false;
    }

    public static bool TryGetConstants(IReadOnlyList<Expr?> elts, out object?[] items)
    {
        items = new object?[elts.Count];
        for (var i = 0; i < elts.Count; i++)
        {
            if (elts[i] is not { } e || e is Starred || !TryGetConstant(e, out items[i])) return false;
        }
        return true;
    }

    /// <summary>`x in [1, 2]` / `x in {1, 2}`: the container as a tuple / frozenset constant.</summary>
    public static bool TryFoldContainer(Expr e, out object? value)
    {
        value = null;
        switch (e)
        {
            case ListExpr l when TryGetConstants(l.Elts, out var items):
                value = new ConstTuple(items);
                return true;
            case SetExpr s when TryGetConstants(s.Elts, out var items):
                value = new ConstFrozenSet(items);
                return true;
        }
        return false;
    }

    /// <summary>Folds -c, +c and ~c for a numeric (non-bool) constant c.</summary>
    public static bool TryFold(UnaryOp u, out object? value)
    {
        value = null;
        if (u.Op == UnaryOpKind.Not) return false;
        if (!TryGetConstant(u.Operand, out var operand)) return false;
        switch (u.Op)
        {
            case UnaryOpKind.USub:
                value = operand switch
                {
                    long l when l != long.MinValue => -l,
                    long l => -(BigInteger)l,
                    BigInteger b => CodeBuilder.NormalizeConst(-b),
                    double d => -d,
                    Complex c => -c,
                    _ => null,
                };
                break;
            case UnaryOpKind.UAdd:
                value = operand is long or BigInteger or double or Complex ? operand : null;
                break;
            case UnaryOpKind.Invert:
                value = operand switch
                {
                    long l => ~l,
                    // CPython folds ~True/~False too; the bool DeprecationWarning is a run-time one
                    // (a script's `~True` prints none).
                    bool bo => bo ? -2L : -1L,
                    BigInteger b => CodeBuilder.NormalizeConst(-b - 1),
                    _ => null,
                };
                break;
        }
        return value != null;
    }

    /// <summary>The truth value of a constant, or null if it is not a plain constant.</summary>
    public static bool? IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        int i => i != 0,
        BigInteger b => !b.IsZero,
        double d => d != 0.0,
        Complex c => c != Complex.Zero,
        string s => s.Length > 0,
        byte[] b => b.Length > 0,
        EllipsisValue => true,
        _ => null,
    };
}
