using System.Numerics;
using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;

namespace Vm.Parsing;

// The match statement (PEP 634): `match` and `case` are soft keywords (Names), so the statement
// is recognised by CheckMatchStatement's look-ahead and the cases by their first Name.
// Checks that need the whole pattern (repeated names, unreachable cases, duplicate mapping keys)
// are the compiler's, as in CPython (Compiling/Compiler.Match.cs).
internal sealed partial class Parser
{
    private Stmt ParseMatch()
    {
        var kw = Next();
        var first = ParseStarNamedExpression();
        Expr subject = first;
        if (At(TokenKind.Comma))
        {
            var elts = new List<Expr> { first };
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.Colon)) break;
                elts.Add(ParseStarNamedExpression());
            }
            subject = Span(new TupleExpr(elts, ExprContext.Load), first, elts[^1]);
        }
        else
        {
            NoLoneStar(first);
        }
        ExpectColon(false);
        Expect(TokenKind.Newline);
        EnterIndentedBlock("'match' statement", kw); // Parser.Compound.cs
        var cases = new List<MatchCase>();
        while (!At(TokenKind.Dedent) && !At(TokenKind.EndMarker))
        {
            var t = Peek();
            if (t.Kind != TokenKind.Name || (string)t.Value! != "case") throw Generic(t);
            cases.Add(ParseCase());
        }
        Accept(TokenKind.Dedent);
        Leave();
        return Fin(new Match(subject, cases), kw);
    }

    private MatchCase ParseCase()
    {
        var kw = Next();
        var pattern = ParseOpenSequencePattern();
        Expr? guard = null;
        if (Accept(TokenKind.KwIf)) guard = ParseNamedExpression();
        ExpectColon(false);
        var body = ParseBlock("'case' statement", kw);
        return new MatchCase(pattern, guard, body);
    }

    /// <summary>The pattern after `case`: `p` or `p, q, ...` (a sequence pattern without brackets).</summary>
    private Pattern ParseOpenSequencePattern()
    {
        var start = Peek();
        var first = ParseMaybeStarPattern();
        if (!At(TokenKind.Comma))
        {
            if (first is MatchStar) throw Generic(Peek());
            return first;
        }
        var items = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.Colon) || At(TokenKind.KwIf)) break;
            items.Add(ParseMaybeStarPattern());
        }
        return Fin(new MatchSequence(items), start);
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (!At(TokenKind.Star)) return ParsePattern();
        var star = Next();
        var t = Peek();
        if (t.Kind != TokenKind.Name) throw Generic(t);
        Next();
        var name = (string)t.Value!;
        return Fin(new MatchStar(name == "_" ? null : name), star);
    }

    /// <summary>as_pattern | or_pattern.</summary>
    private Pattern ParsePattern()
    {
        var start = Peek();
        var p = ParseOrPattern();
        if (!At(TokenKind.KwAs)) return p;
        Next();
        var t = Peek();
        if (t.Kind == TokenKind.Name)
        {
            Next();
            var name = (string)t.Value!;
            if (name == "_") throw ErrorAt(t, "cannot use '_' as a target");
            if (At(TokenKind.Dot) || At(TokenKind.LPar) || At(TokenKind.Equal)) throw Generic(Peek());
            return Fin(new MatchAs(p, name), start);
        }
        if (!StartsExpression(t.Kind)) throw Generic(t);
        var target = ParseExpression();
        throw ErrorAt(target, "invalid pattern target");
    }

    private Pattern ParseOrPattern()
    {
        var start = Peek();
        var first = ParseClosedPattern();
        if (!At(TokenKind.VBar)) return first;
        var alts = new List<Pattern> { first };
        while (Accept(TokenKind.VBar)) alts.Add(ParseClosedPattern());
        return Fin(new MatchOr(alts), start);
    }

    private Pattern ParseClosedPattern()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                return Fin(new MatchValue(ParseNumberLiteral()), t);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return Fin(new MatchValue(ParseStrings()), t); // an f-string is the compiler's error, as in CPython
            case TokenKind.KwNone:
            case TokenKind.KwTrue:
            case TokenKind.KwFalse:
                return Fin(new MatchSingleton(((Constant)ParseAtom()).Value), t);
            case TokenKind.LPar:
                return ParseGroupOrSequencePattern();
            case TokenKind.LSqb:
            {
                Next();
                var items = ParseSequenceItems(TokenKind.RSqb);
                Expect(TokenKind.RSqb);
                return Fin(new MatchSequence(items), t);
            }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
            {
                var dotted = ParseNameOrAttr();
                if (At(TokenKind.LPar)) return ParseClassPattern(dotted, t);
                if (At(TokenKind.Equal) || At(TokenKind.Dot)) throw Generic(Peek());
                if (dotted is Attribute) return Fin(new MatchValue(dotted), t);
                var name = ((Name)dotted).Id;
                return Fin(new MatchAs(null, name == "_" ? null : name), t);
            }
            default:
                throw Generic(t);
        }
    }

    /// <summary>`NAME ('.' NAME)*` as a Name or an Attribute chain.</summary>
    private Expr ParseNameOrAttr()
    {
        var t = Next();
        Expr e = Fin(new Name((string)t.Value!, ExprContext.Load), t);
        while (At(TokenKind.Dot) && PeekAt(1).Kind == TokenKind.Name)
        {
            Next();
            var attr = Next();
            e = Fin(new Attribute(e, (string)attr.Value!, ExprContext.Load), t);
        }
        return e;
    }

    /// <summary>`-1`, `1.5`, `3j`, `1 + 2j`, `-1 - 2j`: a signed number, or a real and an imaginary part.</summary>
    private Expr ParseNumberLiteral()
    {
        var left = ParseSignedNumber();
        if (!At(TokenKind.Plus) && !At(TokenKind.Minus)) return left;
        var opTok = Next();
        var numTok = Peek();
        if (numTok.Kind != TokenKind.Number) throw Generic(numTok);
        if (IsImaginary(left)) throw ErrorAt(left, "real number required in complex literal");
        Next();
        if (numTok.Error != null) throw Hard(numTok.Error);
        var right = Fin(new Constant(numTok.Value), numTok);
        if (numTok.Value is not Complex) throw ErrorAt(right, "imaginary number required in complex literal");
        var op = opTok.Kind == TokenKind.Plus ? BinOpKind.Add : BinOpKind.Sub;
        return Span(new BinOp(left, op, right), left, right);
    }

    private static bool IsImaginary(Expr e) => e switch
    {
        Constant c => c.Value is Complex,
        UnaryOp u => IsImaginary(u.Operand),
        _ => false,
    };

    private Expr ParseSignedNumber()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Minus)
        {
            Next();
            var n = Peek();
            if (n.Kind != TokenKind.Number) throw Generic(n);
            Next();
            if (n.Error != null) throw Hard(n.Error);
            return Fin(new UnaryOp(UnaryOpKind.USub, Fin(new Constant(n.Value), n)), t);
        }
        Next();
        if (t.Error != null) throw Hard(t.Error);
        return Fin(new Constant(t.Value), t);
    }


    /// <summary>A mapping pattern key: a literal or a dotted name.</summary>
    private Expr ParseMappingKey()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                return ParseNumberLiteral();
            case TokenKind.String:
            case TokenKind.FStringStart:
                return ParseStrings();
            case TokenKind.KwNone:
            case TokenKind.KwTrue:
            case TokenKind.KwFalse:
                return ParseAtom();
            case TokenKind.Name:
            {
                var e = ParseNameOrAttr();
                if (e is not Attribute) throw Generic(Peek());
                return e;
            }
            default:
                throw Generic(t);
        }
    }

    private Pattern ParseGroupOrSequencePattern()
    {
        var open = Next();
        if (At(TokenKind.RPar))
        {
            Next();
            return Fin(new MatchSequence(new List<Pattern>()), open);
        }
        var first = ParseMaybeStarPattern();
        if (!At(TokenKind.Comma))
        {
            if (first is MatchStar) throw Generic(Peek());
            Expect(TokenKind.RPar);
            return first; // a group: the pattern itself, with its own position
        }
        var items = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RPar)) break;
            items.Add(ParseMaybeStarPattern());
        }
        Expect(TokenKind.RPar);
        return Fin(new MatchSequence(items), open);
    }

    private List<Pattern> ParseSequenceItems(TokenKind close)
    {
        var items = new List<Pattern>();
        while (!At(close))
        {
            items.Add(ParseMaybeStarPattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        return items;
    }

    private Pattern ParseMappingPattern()
    {
        var open = Next();
        var keys = new List<Expr>();
        var values = new List<Pattern>();
        string? rest = null;
        while (!At(TokenKind.RBrace))
        {
            if (At(TokenKind.DoubleStar))
            {
                Next();
                var t = Peek();
                if (t.Kind != TokenKind.Name || (string)t.Value! == "_" || PeekAt(1).Kind is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal)
                    throw Generic(t);
                Next();
                rest = (string)t.Value!;
                Accept(TokenKind.Comma);
                if (!At(TokenKind.RBrace)) throw Generic(Peek());
                break;
            }
            keys.Add(ParseMappingKey());
            Expect(TokenKind.Colon);
            values.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Fin(new MatchMapping(keys, values, rest), open);
    }

    private Pattern ParseClassPattern(Expr cls, Token start)
    {
        Next(); // (
        var positional = new List<Pattern>();
        var kwNames = new List<string>();
        var kwPatterns = new List<Pattern>();
        while (!At(TokenKind.RPar))
        {
            if (At(TokenKind.Name) && PeekAt(1).Kind == TokenKind.Equal)
            {
                var name = Next();
                Next();
                kwNames.Add((string)name.Value!);
                kwPatterns.Add(ParsePattern());
            }
            else
            {
                var p = ParsePattern();
                if (kwNames.Count > 0) throw ErrorAt(p, "positional patterns follow keyword patterns");
                positional.Add(p);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        return Fin(new MatchClass(cls, positional, kwNames, kwPatterns), start);
    }
}
