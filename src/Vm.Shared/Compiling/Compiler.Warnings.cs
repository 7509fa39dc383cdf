// The SyntaxWarnings CPython 3.13's compiler gives for code that always fails or never means what
// it says (compile.c: check_caller, check_subscripter, check_index, check_compare, and the assert
// on a tuple), with its messages. Collected in _warnings (CompileWarnings.cs); the top-level unit
// carries them to whoever runs it.
using System.Numerics;
using Vm.Ast;
using Vm.Bytecode;

namespace Vm.Compiling;

public sealed partial class Compiler
{
    private void Warn(Node at, string message) => _warnings.Add(at.Line, message);

    /// <summary>The type a literal-like expression certainly has (CPython's infer_type), or null.</summary>
    private static string? LiteralType(Expr e) => e switch
    {
        Constant c => c.Value switch
        {
            null => "NoneType",
            bool => "bool",
            long or int or BigInteger => "int",
            double => "float",
            Complex => "complex",
            string => "str",
            byte[] => "bytes",
            EllipsisValue => "ellipsis",
            ConstTuple => "tuple",
            ConstFrozenSet => "frozenset",
            _ => null,
        },
        TupleExpr => "tuple",
        ListExpr or ListComp => "list",
        DictExpr or DictComp => "dict",
        SetExpr or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        JoinedStr or FormattedValue => "str",
        _ => null,
    };

    /// <summary>`(1, 2)(3)`: calling a literal that is never callable.</summary>
    private void CheckCaller(Expr func)
    {
        if (func is Constant or TupleExpr or ListExpr or ListComp or DictExpr or DictComp or SetExpr or SetComp
            or GeneratorExp or JoinedStr or FormattedValue)
            Warn(func, $"'{LiteralType(func)}' object is not callable; perhaps you missed a comma?");
    }

    /// <summary>`[1, 2][0, 1]`, `5[0]`: subscripting a literal that cannot be, or with an index it rejects.</summary>
    private void CheckSubscript(Subscript s)
    {
        var v = s.Value;
        bool notSubscriptable = v switch
        {
            Constant c => c.Value is null or EllipsisValue or bool or long or int or BigInteger or double or Complex or ConstFrozenSet,
            SetExpr or SetComp or GeneratorExp or Lambda => true,
            _ => false,
        };
        if (notSubscriptable)
        {
            Warn(s, $"'{LiteralType(v)}' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        var indexType = LiteralType(s.Slice);
        if (indexType is null or "int" or "bool") return;
        bool sequence = v switch
        {
            Constant c => c.Value is string or byte[] or ConstTuple,
            TupleExpr or ListExpr or ListComp or JoinedStr or FormattedValue => true,
            _ => false,
        };
        if (sequence)
            Warn(s, $"{LiteralType(v)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?");
    }

    /// <summary>`x is 1`: identity with a literal other than None, True, False and Ellipsis.</summary>
    private void CheckCompare(Compare e)
    {
        static bool IsIdentityLiteral(Expr x) => x is Constant c && c.Value is not (null or bool or EllipsisValue);
        var left = e.Left;
        for (int i = 0; i < e.Ops.Count; i++)
        {
            var right = e.Comparators[i];
            if (e.Ops[i] is CmpOpKind.Is or CmpOpKind.IsNot && (IsIdentityLiteral(left) || IsIdentityLiteral(right)))
            {
                var literal = IsIdentityLiteral(left) ? left : right;
                Warn(e, e.Ops[i] == CmpOpKind.Is
                    ? $"\"is\" with '{LiteralType(literal)}' literal. Did you mean \"==\"?"
                    : $"\"is not\" with '{LiteralType(literal)}' literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    /// <summary>`assert (x, "msg")`: a non-empty tuple is always true.</summary>
    private void CheckAssert(Assert a)
    {
        if (a.Test is TupleExpr { Elts.Count: > 0 }) Warn(a, "assertion is always true, perhaps remove parentheses?");
    }
}
