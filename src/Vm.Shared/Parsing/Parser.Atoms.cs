using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;

namespace Vm.Parsing;

// Atoms, displays, comprehensions, call arguments and subscripts.
internal sealed partial class Parser
{
    private Expr ParseAtom()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Name:
                Next();
                return Fin(new Name((string)t.Value!, ExprContext.Load), t);
            case TokenKind.Number:
                Next();
                if (t.Error != null) throw Hard(t.Error);
                return Fin(new Constant(t.Value), t);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return ParseStrings();
            case TokenKind.KwNone:
                Next();
                return Fin(new Constant(null), t);
            case TokenKind.KwTrue:
                Next();
                return Fin(new Constant(true), t);
            case TokenKind.KwFalse:
                Next();
                return Fin(new Constant(false), t);
            case TokenKind.Ellipsis:
                Next();
                return Fin(new Constant(EllipsisValue.Instance), t);
            case TokenKind.LPar:
                return ParseParenthesized();
            case TokenKind.LSqb:
                return ParseListDisplay();
            case TokenKind.LBrace:
                return ParseBraceDisplay();
            default:
                throw Generic(t);
        }
    }

    /// <summary>`()`, `(x)`, `(x,)`, `(yield)`, `(x for x in y)`.</summary>
    private Expr ParseParenthesized()
    {
        var open = Next();
        Enter();
        Expr result;
        if (At(TokenKind.RPar))
        {
            Next();
            result = Fin(new TupleExpr(new List<Expr>(), ExprContext.Load), open);
        }
        else if (At(TokenKind.KwYield))
        {
            result = ParseYieldExpr();
            Expect(TokenKind.RPar);
            _parenthesized.Add(result);
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (At(TokenKind.KwFor) || At(TokenKind.KwAsync))
            {
                if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
                var gens = ParseComprehensionClauses();
                Expect(TokenKind.RPar);
                result = Fin(new GeneratorExp(first, gens), open);
            }
            else if (At(TokenKind.Comma))
            {
                var elts = ParseDisplayElements(first, TokenKind.RPar);
                Expect(TokenKind.RPar);
                result = Fin(new TupleExpr(elts, ExprContext.Load), open);
            }
            else
            {
                Expect(TokenKind.RPar);
                if (first is Starred) throw ErrorAt(first, "cannot use starred expression here");
                _parenthesized.Add(first);
                result = first;
            }
        }
        Leave();
        return result;
    }

    /// <summary>After a first element and at a comma: the rest of a tuple/list/set display.</summary>
    private List<Expr> ParseDisplayElements(Expr first, TokenKind close)
    {
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(close)) break;
            elts.Add(ParseStarNamedExpression());
        }
        if (At(TokenKind.KwFor) && close != TokenKind.RPar)
        {
            throw ErrorRange(elts[0], elts[^1], "did you forget parentheses around the comprehension target?");
        }
        return elts;
    }

    private Expr ParseListDisplay()
    {
        var open = Next();
        Enter();
        Expr result;
        if (Accept(TokenKind.RSqb))
        {
            result = Fin(new ListExpr(new List<Expr>(), ExprContext.Load), open);
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (At(TokenKind.KwFor) || At(TokenKind.KwAsync))
            {
                if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
                var gens = ParseComprehensionClauses();
                Expect(TokenKind.RSqb);
                result = Fin(new ListComp(first, gens), open);
            }
            else
            {
                var elts = At(TokenKind.Comma) ? ParseDisplayElements(first, TokenKind.RSqb) : new List<Expr> { first };
                Expect(TokenKind.RSqb);
                result = Fin(new ListExpr(elts, ExprContext.Load), open);
            }
        }
        Leave();
        return result;
    }

    /// <summary>Dict and set displays and comprehensions.</summary>
    private Expr ParseBraceDisplay()
    {
        var open = Next();
        Enter();
        Expr result;
        if (Accept(TokenKind.RBrace))
        {
            result = Fin(new DictExpr(new List<Expr?>(), new List<Expr>()), open);
        }
        else if (At(TokenKind.DoubleStar))
        {
            var keys = new List<Expr?>();
            var values = new List<Expr>();
            var stars = Next();
            keys.Add(null);
            values.Add(ParseBitOr());
            if (At(TokenKind.KwFor)) throw ErrorRange(stars, values[0], "dict unpacking cannot be used in dict comprehension");
            ParseDictRest(keys, values);
            result = Fin(new DictExpr(keys, values), open);
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (At(TokenKind.Colon) && first is not Starred && !(first is NamedExpr && !_parenthesized.Contains(first)))
            {
                Next();
                var value = ParseDictValue();
                if (At(TokenKind.KwFor) || At(TokenKind.KwAsync))
                {
                    var gens = ParseComprehensionClauses();
                    Expect(TokenKind.RBrace);
                    result = Fin(new DictComp(first, value, gens), open);
                }
                else
                {
                    var keys = new List<Expr?> { first };
                    var values = new List<Expr> { value };
                    ParseDictRest(keys, values);
                    result = Fin(new DictExpr(keys, values), open);
                }
            }
            else if (At(TokenKind.KwFor) || At(TokenKind.KwAsync))
            {
                if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
                var gens = ParseComprehensionClauses();
                Expect(TokenKind.RBrace);
                result = Fin(new SetComp(first, gens), open);
            }
            else
            {
                var elts = At(TokenKind.Comma) ? ParseDisplayElements(first, TokenKind.RBrace) : new List<Expr> { first };
                Expect(TokenKind.RBrace);
                result = Fin(new SetExpr(elts), open);
            }
        }
        Leave();
        return result;
    }

    private Expr ParseDictValue()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Star) throw ErrorAt(t, "cannot use a starred expression in a dictionary value");
        if (t.Kind is TokenKind.RBrace or TokenKind.Comma)
        {
            throw ErrorAt(Prev, "expression expected after dictionary key and ':'");
        }
        return ParseExpression();
    }

    private void ParseDictRest(List<Expr?> keys, List<Expr> values)
    {
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RBrace)) break;
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitOr());
                continue;
            }
            keys.Add(ParseExpression());
            if (!At(TokenKind.Colon))
            {
                if (At(TokenKind.Comma) || At(TokenKind.RBrace))
                {
                    throw ErrorAt(keys[^1]!, "':' expected after dictionary key");
                }
                throw Generic(Peek());
            }
            Next();
            values.Add(ParseDictValue());
        }
        Expect(TokenKind.RBrace);
    }

    /// <summary>for_if_clauses: one or more `for targets in disjunction (if disjunction)*`.</summary>
    private List<Comprehension> ParseComprehensionClauses()
    {
        var gens = new List<Comprehension>();
        while (true)
        {
            var t = Peek();
            bool isAsync = t.Kind == TokenKind.KwAsync && PeekAt(1).Kind == TokenKind.KwFor;
            if (isAsync) Next();
            else if (t.Kind != TokenKind.KwFor) break;
            Next();
            int save = _pos;
            Expr target;
            try
            {
                target = ParseForTarget();
            }
            catch (Vm.Text.SyntaxErrorException) when (CanBacktrack)
            {
                // before naming a bad target, CPython checks for a missing 'in'
                _pos = save;
                CheckInAfterForTargets();
                throw;
            }
            Expect(TokenKind.KwIn);
            var iter = ParseDisjunction();
            var ifs = new List<Expr>();
            while (Accept(TokenKind.KwIf)) ifs.Add(ParseDisjunction());
            gens.Add(Fin(new Comprehension(target, iter, ifs) { IsAsync = isAsync }, t));
        }
        return gens;
    }

    /// <summary>
    /// CPython's invalid_for_if_clause: in a comprehension, `for` bitwise-or expressions not
    /// followed by `in` is "'in' expected after for-loop variables".
    /// </summary>
    private void CheckInAfterForTargets()
    {
        if (_probing) return;
        int save = _pos;
        _probing = true;
        bool missing = ProbeExpression(() =>
        {
            var e = ParseBitOr();
            while (Accept(TokenKind.Comma))
            {
                if (!StartsExpression(Peek().Kind)) break;
                ParseBitOr();
            }
            return e;
        }) != null && !At(TokenKind.KwIn);
        var stop = Peek();
        _pos = save;
        _probing = false;
        if (missing) throw ErrorAt(stop, "'in' expected after for-loop variables");
    }

    /// <summary>
    /// Call arguments (or class bases) after '(' up to, not including, ')': positional
    /// arguments, `*x`, `name=value`, `**x`, and a generator expression as the sole argument.
    /// </summary>
    private void ParseArguments(Token open, List<Expr> args, List<Keyword> keywords, bool allowGenerator = true)
    {
        bool sawKeyword = false, sawDoubleStar = false;
        string? positionalError = null;
        while (!At(TokenKind.RPar))
        {
            var t = Peek();
            if (t.Kind == TokenKind.Star)
            {
                var comma = Prev;
                Next();
                var v = ParseExpression();
                if (sawDoubleStar)
                {
                    throw ErrorRange(comma, v, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.Add(Fin(new Starred(v, ExprContext.Load), t));
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                Next();
                var v = ParseExpression();
                if (At(TokenKind.Equal))
                {
                    Next();
                    var rhs = ParseExpression();
                    throw ErrorRange(t, rhs, "cannot assign to keyword argument unpacking");
                }
                keywords.Add(Fin(new Keyword(null, v), t));
                sawDoubleStar = true;
            }
            else if (t.Kind == TokenKind.Name && PeekAt(1).Kind == TokenKind.Equal)
            {
                Next();
                var eq = Next();
                if (At(TokenKind.Comma) || At(TokenKind.RPar))
                {
                    throw ErrorRange(t, eq, "expected argument value expression");
                }
                var v = ParseExpression();
                if (At(TokenKind.KwFor) || At(TokenKind.KwAsync))
                {
                    throw ErrorRange(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                string name = (string)t.Value!;
                foreach (var k in keywords)
                {
                    if (k.Arg == name) throw ErrorRange(t, v, $"keyword argument repeated: {name}");
                }
                keywords.Add(Fin(new Keyword(name, v), t));
                sawKeyword = true;
            }
            else if (t.Kind is TokenKind.KwTrue or TokenKind.KwFalse or TokenKind.KwNone && PeekAt(1).Kind == TokenKind.Equal)
            {
                throw ErrorRange(t, PeekAt(1), $"cannot assign to {TokenText(t)}");
            }
            else
            {
                var e = ParseNamedExpression(inArguments: true);
                if (!allowGenerator && At(TokenKind.KwFor)) throw Generic(Peek());
                if (At(TokenKind.KwFor) || At(TokenKind.KwAsync))
                {
                    var gens = ParseComprehensionClauses();
                    var genexp = new GeneratorExp(e, gens);
                    if (args.Count > 0 || keywords.Count > 0 || !At(TokenKind.RPar))
                    {
                        throw ErrorRange(e, Prev, "Generator expression must be parenthesized");
                    }
                    // CPython gives the sole generator argument the span of the call's parentheses
                    var close = Peek();
                    e = Span(genexp, open, close);
                }
                else if (At(TokenKind.Equal))
                {
                    throw ErrorRange(e, Peek(), "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                // CPython reports these at the token after the arguments
                if (sawDoubleStar) positionalError ??= "positional argument follows keyword argument unpacking";
                else if (sawKeyword) positionalError ??= "positional argument follows keyword argument";
                args.Add(e);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        if (positionalError != null) throw ErrorAt(Peek(), positionalError);
    }

    /// <summary>slices: one slice or expression, or a comma-separated Tuple of them (with `*x`).</summary>
    private Expr ParseSlices()
    {
        var startTok = Peek();
        var first = ParseSliceItem();
        if (!At(TokenKind.Comma) && first is not Starred) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RSqb)) break;
            elts.Add(ParseSliceItem());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), startTok);
    }

    private Expr ParseSliceItem()
    {
        var start = Peek();
        if (start.Kind == TokenKind.Star)
        {
            Next();
            var v = ParseExpression();
            return Fin(new Starred(v, ExprContext.Load), start);
        }
        Expr? lower = null;
        if (start.Kind != TokenKind.Colon)
        {
            var e = ParseNamedExpression();
            if (!At(TokenKind.Colon)) return e;
            lower = e;
        }
        Next(); // ':'
        Expr? upper = null, step = null;
        if (!At(TokenKind.Colon) && !At(TokenKind.Comma) && !At(TokenKind.RSqb)) upper = ParseExpression();
        if (Accept(TokenKind.Colon))
        {
            if (!At(TokenKind.Comma) && !At(TokenKind.RSqb)) step = ParseExpression();
        }
        return Fin(new Slice(lower, upper, step), start);
    }
}
