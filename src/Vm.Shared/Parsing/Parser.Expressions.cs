using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;

namespace Vm.Parsing;

// Expressions from star_expressions down to power, in CPython's precedence order:
// lambda / if-else < or < and < not < comparisons < | < ^ < & < shifts < + - < * / // % @
// < unary + - ~ < ** < await < primary.
internal sealed partial class Parser
{
    /// <summary>Can a token of this kind begin an expression (not counting `*` and `yield`)?</summary>
    private static bool StartsExpression(TokenKind k) => k is TokenKind.Name or TokenKind.Number
        or TokenKind.String or TokenKind.FStringStart or TokenKind.LPar or TokenKind.LSqb
        or TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.KwNot
        or TokenKind.KwLambda or TokenKind.KwAwait or TokenKind.KwNone or TokenKind.KwTrue
        or TokenKind.KwFalse or TokenKind.Ellipsis;

    /// <summary>star_expressions: `a`, `a, *b,` (a Tuple when there is a comma).</summary>
    private Expr ParseStarExpressions()
    {
        var startTok = Peek();
        var first = ParseStarExpression();
        if (!At(TokenKind.Comma)) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            var k = Peek().Kind;
            if (!StartsExpression(k) && k != TokenKind.Star) break;
            elts.Add(ParseStarExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), startTok);
    }

    /// <summary>star_expression: `*bitwise_or` or an expression.</summary>
    private Expr ParseStarExpression()
    {
        if (!At(TokenKind.Star)) return ParseExpression();
        var star = Next();
        var value = ParseBitOr();
        return Fin(new Starred(value, ExprContext.Load), star);
    }

    /// <summary>expressions (eval input): like star_expressions without `*`.</summary>
    private Expr ParseExpressions()
    {
        var startTok = Peek();
        var first = ParseExpression();
        if (!At(TokenKind.Comma)) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Peek().Kind)) break;
            elts.Add(ParseExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), startTok);
    }

    /// <summary>star_named_expression: `*bitwise_or` or a named expression (display elements).</summary>
    private Expr ParseStarNamedExpression()
    {
        if (!At(TokenKind.Star)) return ParseNamedExpression();
        var star = Next();
        var value = ParseBitOr();
        return Fin(new Starred(value, ExprContext.Load), star);
    }

    /// <summary>
    /// named_expression: `NAME := expression` or an expression. Call arguments, which CPython
    /// parses with another rule, pass <paramref name="inArguments"/> to skip its error checks.
    /// </summary>
    private Expr ParseNamedExpression(bool inArguments = false)
    {
        var t = Peek();
        if (t.Kind == TokenKind.Name && PeekAt(1).Kind == TokenKind.ColonEqual)
        {
            Next();
            var target = Fin(new Name((string)t.Value!, ExprContext.Store), t);
            Next();
            var value = ParseExpression();
            return Fin(new NamedExpr(target, value), t);
        }
        var e = ParseExpression();
        if (inArguments) return e;
        if (At(TokenKind.ColonEqual) && FollowedByExpression())
        {
            throw ErrorAt(e, $"cannot use assignment expressions with {ExprName(e)}");
        }
        if (At(TokenKind.Equal) && !_probing) CheckEqualsInExpression(e);
        return e;
    }

    /// <summary>CPython's invalid_named_expression: `if x = 1:` and the like (at '=').</summary>
    private void CheckEqualsInExpression(Expr e)
    {
        bool isName = e is Name && !_parenthesized.Contains(e);
        if (!isName && !MaySuggestEquals(e)) return;
        if (!SingleValueAfterEquals(out var end)) return;
        if (isName) throw ErrorRange(e, end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        throw ErrorAt(e, $"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?");
    }

    /// <summary>A bitwise-or expression other than a list, tuple, generator, True, None or False.</summary>
    private bool MaySuggestEquals(Expr e)
        => IsBitwiseOrLevel(e) && e is not (ListExpr or TupleExpr or GeneratorExp) && e is not Constant { Value: null or bool };

    /// <summary>
    /// At '=': is it followed by one value (a bitwise-or expression, or at least the start of
    /// one, as a PEG parser would take the longest prefix) and then not by '=' or ':='? The
    /// position is left unchanged; <paramref name="end"/> is the value's last token.
    /// </summary>
    private bool SingleValueAfterEquals(out Token end)
    {
        int save = _pos;
        bool probing = _probing;
        _probing = true;
        Next(); // '='
        var first = Peek();
        end = first;
        bool result = false;
        if (StartsExpression(first.Kind) && first.Kind is not (TokenKind.KwNot or TokenKind.KwLambda))
        {
            var rhs = ProbeExpression(ParseBitOr);
            if (rhs != null)
            {
                end = Prev;
                result = !At(TokenKind.Equal) && !At(TokenKind.ColonEqual);
            }
        }
        _pos = save;
        _probing = probing;
        return result;
    }

    /// <summary>Is this node something the grammar's bitwise_or rule can produce?</summary>
    private bool IsBitwiseOrLevel(Expr e)
    {
        if (_parenthesized.Contains(e)) return true;
        return e switch
        {
            Compare or BoolOp or IfExp or Lambda or Starred or NamedExpr or Yield or YieldFrom => false,
            UnaryOp u => u.Op != UnaryOpKind.Not,
            TupleExpr t => t.Elts.Count == 0 || IsParenthesizedTuple(t),
            _ => true,
        };
    }

    private bool IsParenthesizedTuple(TupleExpr t)
        => t.Elts.Count > 0 && (t.Col != t.Elts[0].Col || t.Line != t.Elts[0].Line);

    /// <summary>
    /// While probing: parses one more operand or trailer, or returns null when it does not parse,
    /// so that a probe yields the longest prefix that parses, as CPython's PEG rules do.
    /// </summary>
    private Expr? TryProbeOperand(int prec)
    {
        int depth = _depth;
        try
        {
            return prec == 6 ? ParseFactor() : ParseBinary(prec + 1);
        }
        catch (Vm.Text.SyntaxErrorException) when (CanBacktrack)
        {
            _depth = depth;
            return null;
        }
    }

    private Expr? TryProbeTrailer(Expr e, Token startTok)
    {
        int depth = _depth;
        try
        {
            return ParseTrailer(e, startTok);
        }
        catch (Vm.Text.SyntaxErrorException) when (CanBacktrack)
        {
            _depth = depth;
            return null;
        }
    }

    /// <summary>
    /// Parses speculatively; returns null (position restored) if that fails. Tokenizer errors
    /// still propagate. The special "forgot a comma" check is off meanwhile.
    /// </summary>
    private Expr? ProbeExpression(Func<Expr> parse)
    {
        int save = _pos, depth = _depth;
        bool probing = _probing;
        _probing = true;
        try
        {
            return parse();
        }
        catch (Vm.Text.SyntaxErrorException) when (CanBacktrack)
        {
            _pos = save;
            _depth = depth;
            return null;
        }
        finally
        {
            _probing = probing;
        }
    }

    /// <summary>expression: a conditional expression, a lambda, or a disjunction.</summary>
    private Expr ParseExpression()
    {
        if (At(TokenKind.KwLambda)) return ParseLambda();
        var startTok = Peek();
        int startPos = _pos;
        var body = ParseDisjunction();
        if (!At(TokenKind.KwIf))
        {
            if (!_probing && StartsExpression(Peek().Kind)) CheckMissingComma(body, startTok, startPos);
            return body;
        }
        // a if b else c if d else e: right-nested, parsed with a loop
        List<(Token Start, Expr Body, Expr Test)>? chain = null;
        var bodyStart = startTok;
        Expr orElse;
        while (true)
        {
            Next(); // 'if'
            var test = ParseDisjunction();
            if (!At(TokenKind.KwElse))
            {
                if (At(TokenKind.Colon)) throw Generic(Peek());
                throw ErrorRange(body, test, "expected 'else' after 'if' expression");
            }
            Next();
            (chain ??= new()).Add((bodyStart, body, test));
            if (chain.Count > MaxChain) throw TooComplexError();
            if (At(TokenKind.KwLambda))
            {
                orElse = ParseLambda();
                break;
            }
            bodyStart = Peek();
            var next = ParseDisjunction();
            if (!At(TokenKind.KwIf))
            {
                orElse = next;
                break;
            }
            body = next;
        }
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            orElse = Fin(new IfExp(chain[i].Test, chain[i].Body, orElse), chain[i].Start);
        }
        return orElse;
    }

    /// <summary>
    /// CPython's invalid_expression: inside brackets, an expression directly followed by another
    /// one is "invalid syntax. Perhaps you forgot a comma?".
    /// </summary>
    private void CheckMissingComma(Expr a, Token startTok, int startPos)
    {
        // invalid_expression: `a b` inside brackets, with b parsed without these checks
        bool commaRule = !(a is Name { Id: "print" or "exec" });
        if (startTok.Kind == TokenKind.Name)
        {
            // CPython's soft-keyword test compares only the name's length of characters, so
            // any prefix of a soft keyword ("m", "ty", ...) counts as one here
            if (IsSoftKeywordPrefix((string)startTok.Value!)) commaRule = false;
            if (_tokens[startPos + 1].Kind is TokenKind.String or TokenKind.FStringStart) commaRule = false;
        }
        if (commaRule)
        {
            int save = _pos;
            var b = ProbeExpression(ParseExpression);
            if (b != null)
            {
                bool inBrackets = Prev.Level > 0;
                _pos = save;
                if (inBrackets) throw ErrorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        // invalid_legacy_expression: a lone name, then star_expressions parsed with the checks on
        // (their specific errors stand), e.g. `print "x"`
        if (a is Name legacy && startPos + 1 == _pos && !At(TokenKind.LPar) && !_inLegacyProbe)
        {
            int save = _pos, depth = _depth, furthest = _furthest;
            bool probing = _probing;
            _probing = false;
            _inLegacyProbe = true;
            Expr? rest = null;
            try
            {
                rest = ParseStarExpressions();
            }
            catch (Vm.Text.SyntaxErrorException e) when (CanBacktrack && ReferenceEquals(e, _lastGeneric))
            {
            }
            finally
            {
                _probing = probing;
                _inLegacyProbe = false;
            }
            var end = Prev;
            _pos = save;
            _depth = depth;
            _furthest = furthest;
            if (rest != null && legacy.Id is "print" or "exec")
            {
                throw ErrorRange(legacy, end, $"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?");
            }
        }
    }

    private static bool IsSoftKeywordPrefix(string id)
        => id.Length > 0 && ("_".StartsWith(id, StringComparison.Ordinal) || "case".StartsWith(id, StringComparison.Ordinal)
            || "match".StartsWith(id, StringComparison.Ordinal) || "type".StartsWith(id, StringComparison.Ordinal));

    private Expr ParseLambda()
    {
        var kw = Next();
        Enter();
        var args = At(TokenKind.Colon) ? new Arguments() : ParseParameters(lambda: true);
        var colon = Expect(TokenKind.Colon);
        if ((colon.Flags & StringFlags.FormatSpecColon) != 0)
        {
            throw ErrorRange(kw, colon, "f-string: lambda expressions are not allowed without parentheses");
        }
        var body = ParseExpression();
        Leave();
        return Fin(new Lambda(args, body), kw);
    }

    private Expr ParseDisjunction()
    {
        var startTok = Peek();
        var first = ParseConjunction();
        if (!At(TokenKind.KwOr)) return first;
        var values = new List<Expr> { first };
        while (Accept(TokenKind.KwOr)) values.Add(ParseConjunction());
        return Fin(new BoolOp(BoolOpKind.Or, values), startTok);
    }

    private Expr ParseConjunction()
    {
        var startTok = Peek();
        var first = ParseInversion();
        if (!At(TokenKind.KwAnd)) return first;
        var values = new List<Expr> { first };
        while (Accept(TokenKind.KwAnd)) values.Add(ParseInversion());
        return Fin(new BoolOp(BoolOpKind.And, values), startTok);
    }

    private Expr ParseInversion()
    {
        if (!At(TokenKind.KwNot)) return ParseComparison();
        var nots = new List<Token>();
        while (At(TokenKind.KwNot))
        {
            nots.Add(Next());
            if (nots.Count > MaxChain) throw TooComplexError();
        }
        var e = ParseComparison();
        for (int i = nots.Count - 1; i >= 0; i--) e = Fin(new UnaryOp(UnaryOpKind.Not, e), nots[i]);
        return e;
    }

    private Expr ParseComparison()
    {
        var startTok = Peek();
        var left = ParseBitOr();
        List<CmpOpKind>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            var t = Peek();
            CmpOpKind op;
            switch (t.Kind)
            {
                case TokenKind.EqEqual: op = CmpOpKind.Eq; break;
                case TokenKind.NotEqual:
                    if (_text.Text[t.Start] == '<') throw ErrorAt(t, "invalid syntax");
                    op = CmpOpKind.NotEq;
                    break;
                case TokenKind.Less: op = CmpOpKind.Lt; break;
                case TokenKind.LessEqual: op = CmpOpKind.LtE; break;
                case TokenKind.Greater: op = CmpOpKind.Gt; break;
                case TokenKind.GreaterEqual: op = CmpOpKind.GtE; break;
                case TokenKind.KwIn: op = CmpOpKind.In; break;
                case TokenKind.KwIs:
                    if (PeekAt(1).Kind == TokenKind.KwNot)
                    {
                        Next();
                        op = CmpOpKind.IsNot;
                    }
                    else
                    {
                        op = CmpOpKind.Is;
                    }
                    break;
                case TokenKind.KwNot:
                    if (PeekAt(1).Kind != TokenKind.KwIn) goto done;
                    Next();
                    op = CmpOpKind.NotIn;
                    break;
                default:
                    goto done;
            }
            Next();
            (ops ??= new()).Add(op);
            (comparators ??= new()).Add(ParseBitOr());
        }
    done:
        if (ops == null) return left;
        return Fin(new Compare(left, ops, comparators!), startTok);
    }

    private Expr ParseBitOr() => ParseBinary(1);

    private static int BinaryPrecedence(TokenKind k, out BinOpKind op)
    {
        switch (k)
        {
            case TokenKind.VBar: op = BinOpKind.BitOr; return 1;
            case TokenKind.Circumflex: op = BinOpKind.BitXor; return 2;
            case TokenKind.Amper: op = BinOpKind.BitAnd; return 3;
            case TokenKind.LeftShift: op = BinOpKind.LShift; return 4;
            case TokenKind.RightShift: op = BinOpKind.RShift; return 4;
            case TokenKind.Plus: op = BinOpKind.Add; return 5;
            case TokenKind.Minus: op = BinOpKind.Sub; return 5;
            case TokenKind.Star: op = BinOpKind.Mult; return 6;
            case TokenKind.Slash: op = BinOpKind.Div; return 6;
            case TokenKind.DoubleSlash: op = BinOpKind.FloorDiv; return 6;
            case TokenKind.Percent: op = BinOpKind.Mod; return 6;
            case TokenKind.At: op = BinOpKind.MatMult; return 6;
            default: op = default; return 0;
        }
    }

    /// <summary>Left-associative binary operators by precedence climbing (at most 6 levels deep).</summary>
    private Expr ParseBinary(int minPrec)
    {
        var startTok = Peek();
        var left = ParseFactor();
        while (true)
        {
            int prec = BinaryPrecedence(Peek().Kind, out var op);
            if (prec < minPrec || prec == 0) return left;
            int save = _pos;
            Next();
            Expr? right = _probing ? TryProbeOperand(prec) : prec == 6 ? ParseFactor() : ParseBinary(prec + 1);
            if (right == null)
            {
                _pos = save;
                return left;
            }
            left = Fin(new BinOp(left, op, right), startTok);
        }
    }

    private static UnaryOpKind? UnaryOperator(TokenKind k) => k switch
    {
        TokenKind.Minus => UnaryOpKind.USub,
        TokenKind.Plus => UnaryOpKind.UAdd,
        TokenKind.Tilde => UnaryOpKind.Invert,
        _ => null,
    };

    /// <summary>factor: unary + - ~ (a loop, however many), then power.</summary>
    private Expr ParseFactor()
    {
        if (UnaryOperator(Peek().Kind) == null) return ParsePower();
        var ops = CollectUnaryOperators();
        return WrapUnary(ops, ParsePower());
    }

    private List<Token> CollectUnaryOperators()
    {
        var ops = new List<Token>();
        while (UnaryOperator(Peek().Kind) != null)
        {
            ops.Add(Next());
            if (ops.Count > MaxChain) throw TooComplexError();
        }
        return ops;
    }

    private Expr WrapUnary(List<Token>? ops, Expr e)
    {
        if (ops == null) return e;
        for (int i = ops.Count - 1; i >= 0; i--)
        {
            e = Fin(new UnaryOp(UnaryOperator(ops[i].Kind)!.Value, e), ops[i]);
        }
        return e;
    }

    /// <summary>power: primary ['**' factor]; right-associative, folded from a list.</summary>
    private Expr ParsePower()
    {
        var startTok = Peek();
        var first = ParseAwaitPrimary();
        if (!At(TokenKind.DoubleStar)) return first;
        var bases = new List<Expr> { first };
        var starts = new List<Token> { startTok };
        var unaries = new List<List<Token>?> { null };
        while (Accept(TokenKind.DoubleStar))
        {
            unaries.Add(UnaryOperator(Peek().Kind) != null ? CollectUnaryOperators() : null);
            starts.Add(Peek());
            bases.Add(ParseAwaitPrimary());
            if (bases.Count > MaxChain) throw TooComplexError();
        }
        Expr r = WrapUnary(unaries[^1], bases[^1]);
        for (int i = bases.Count - 2; i >= 0; i--)
        {
            r = Fin(new BinOp(bases[i], BinOpKind.Pow, r), starts[i]);
            r = WrapUnary(unaries[i], r);
        }
        return r;
    }

    private Expr ParseAwaitPrimary()
    {
        if (At(TokenKind.KwAwait))
        {
            var next = PeekAt(1);
            if (!StartsExpression(next.Kind) || next.Kind is TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde
                or TokenKind.KwNot or TokenKind.KwLambda)
            {
                Next();
                throw Generic(next);
            }
            var kw = Next();
            return Fin(new Await(ParsePrimary()), kw);
        }
        return ParsePrimary();
    }

    /// <summary>primary: an atom followed by any number of .name, (args) and [slices].</summary>
    private Expr ParsePrimary()
    {
        var startTok = Peek();
        var e = ParseAtom();
        while (true)
        {
            if (_probing && Peek().Kind is TokenKind.Dot or TokenKind.LPar or TokenKind.LSqb)
            {
                int save = _pos;
                var longer = TryProbeTrailer(e, startTok);
                if (longer == null)
                {
                    _pos = save;
                    return e;
                }
                e = longer;
                continue;
            }
            var trailer = ParseTrailer(e, startTok);
            if (ReferenceEquals(trailer, e)) return e;
            e = trailer;
        }
    }

    /// <summary>One `.name`, `(args)` or `[slices]` after <paramref name="e"/>, or e itself if none follows.</summary>
    private Expr ParseTrailer(Expr e, Token startTok)
    {
        switch (Peek().Kind)
        {
            case TokenKind.Dot:
            {
                Next();
                string name = ExpectName();
                return Fin(new Attribute(e, name, ExprContext.Load), startTok);
            }
            case TokenKind.LPar:
            {
                var open = Next();
                Enter();
                var args = new List<Expr>();
                var keywords = new List<Keyword>();
                ParseArguments(open, args, keywords);
                Expect(TokenKind.RPar);
                Leave();
                return Fin(new Call(e, args, keywords), startTok);
            }
            case TokenKind.LSqb:
            {
                Next();
                Enter();
                var slice = ParseSlices();
                Expect(TokenKind.RSqb);
                Leave();
                return Fin(new Subscript(e, slice, ExprContext.Load), startTok);
            }
            default:
                return e;
        }
    }

    private Expr ParseYieldExpr()
    {
        var kw = Next();
        if (Accept(TokenKind.KwFrom))
        {
            var v = ParseExpression();
            return Fin(new YieldFrom(v), kw);
        }
        var k = Peek().Kind;
        if (!StartsExpression(k) && k != TokenKind.Star) return Fin(new Yield(null), kw);
        return Fin(new Yield(ParseStarExpressions()), kw);
    }

    /// <summary>A lone `*x` where a value is needed: CPython's "can't use starred expression here".</summary>
    private void NoLoneStar(Expr e)
    {
        // a compile-time check in CPython, so probes may backtrack over it like over "invalid syntax"
        if (e is Starred) throw _lastGeneric = ErrorAt(e, "can't use starred expression here");
    }
}
