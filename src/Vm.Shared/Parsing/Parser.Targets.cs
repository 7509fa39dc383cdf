using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;

namespace Vm.Parsing;

// Assignment, for, with and del targets: parsing them, checking them with CPython's messages
// ("cannot assign to function call"), and setting their Store/Del context.
internal sealed partial class Parser
{
    private enum TargetKind { Store, Del, For }

    /// <summary>CPython's _PyPegen_get_expr_name: how error messages name an expression.</summary>
    internal static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    /// <summary>CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target.</summary>
    private static Expr? GetInvalidTarget(Expr e, TargetKind kind)
    {
        switch (e)
        {
            case ListExpr l:
                foreach (var x in l.Elts)
                {
                    var bad = GetInvalidTarget(x, kind);
                    if (bad != null) return bad;
                }
                return null;
            case TupleExpr t:
                foreach (var x in t.Elts)
                {
                    var bad = GetInvalidTarget(x, kind);
                    if (bad != null) return bad;
                }
                return null;
            case Starred s:
                return kind == TargetKind.Del ? e : GetInvalidTarget(s.Value, kind);
            case Compare c:
                // `for a in b` parsed as an expression is a comparison: check its left side
                if (kind == TargetKind.For) return c.Ops[0] == CmpOpKind.In ? GetInvalidTarget(c.Left, kind) : null;
                return e;
            case Name:
            case Subscript:
            case Attribute:
                return null;
            default:
                return e;
        }
    }

    /// <summary>Checks a target and gives it (and its elements) the Store or Del context.</summary>
    private void SetTarget(Expr e, TargetKind kind)
    {
        var bad = GetInvalidTarget(e, kind);
        if (bad != null)
        {
            throw ErrorAt(bad, kind == TargetKind.Del ? $"cannot delete {ExprName(bad)}" : $"cannot assign to {ExprName(bad)}");
        }
        SetContext(e, kind == TargetKind.Del ? ExprContext.Del : ExprContext.Store);
    }

    private static void SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                n.Ctx = ctx;
                break;
            case Attribute a:
                a.Ctx = ctx;
                break;
            case Subscript s:
                s.Ctx = ctx;
                break;
            case Starred st:
                st.Ctx = ctx;
                SetContext(st.Value, ctx);
                break;
            case ListExpr l:
                l.Ctx = ctx;
                foreach (var x in l.Elts) SetContext(x, ctx);
                break;
            case TupleExpr t:
                t.Ctx = ctx;
                foreach (var x in t.Elts) SetContext(x, ctx);
                break;
        }
    }

    private Expr ParseForTarget() => ParseTargetOrExplain(single: false, static k => k == TokenKind.KwIn);

    /// <summary>
    /// star_targets (or one star_target) that must be followed by a token in
    /// <paramref name="follows"/>. When it is not, the input is re-read as an expression to name
    /// the invalid target the way CPython does ("cannot assign to expression").
    /// </summary>
    private Expr ParseTargetOrExplain(bool single, Func<TokenKind, bool> follows)
    {
        int save = _pos;
        var target = single ? ParseStarTarget() : ParseStarTargets();
        var stop = Peek();
        if (follows(stop.Kind)) return target;
        _pos = save;
        var probe = ProbeExpression(single ? ParseExpression : ParseStarExpressions);
        if (probe != null)
        {
            var bad = GetInvalidTarget(probe, single ? TargetKind.Store : TargetKind.For);
            if (bad != null && (!single || follows(Peek().Kind)))
            {
                throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
            }
        }
        throw Generic(stop);
    }

    private Expr ParseStarTargets()
    {
        var startTok = Peek();
        var first = ParseStarTarget();
        if (!At(TokenKind.Comma)) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            var k = Peek().Kind;
            if (k != TokenKind.Star && !StartsExpression(k)) break;
            elts.Add(ParseStarTarget());
        }
        return Fin(new TupleExpr(elts, ExprContext.Store), startTok);
    }

    private Expr ParseStarTarget()
    {
        if (At(TokenKind.Star))
        {
            var star = Next();
            if (At(TokenKind.Star)) throw Generic(Peek());
            var inner = ParseStarTarget();
            return Fin(new Starred(inner, ExprContext.Store), star);
        }
        var e = ParseAwaitPrimary();
        SetTarget(e, TargetKind.Store);
        return e;
    }
}
