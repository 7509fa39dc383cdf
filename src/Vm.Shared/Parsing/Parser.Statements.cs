using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;

namespace Vm.Parsing;

// Statements: dispatch, simple statements, assignments, imports.
internal sealed partial class Parser
{
    private void ParseStatement(List<Stmt> into)
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.KwIf: into.Add(ParseIf()); return;
            case TokenKind.KwWhile: into.Add(ParseWhile()); return;
            case TokenKind.KwFor: into.Add(ParseFor()); return;
            case TokenKind.KwTry: into.Add(ParseTry()); return;
            case TokenKind.KwWith: into.Add(ParseWith()); return;
            case TokenKind.KwDef: into.Add(ParseFunctionDef(new List<Expr>())); return;
            case TokenKind.KwClass: into.Add(ParseClassDef(new List<Expr>())); return;
            case TokenKind.At: into.Add(ParseDecorated()); return;
            case TokenKind.KwAsync: throw AsyncNotSupported(t);
            case TokenKind.Name:
            {
                string name = (string)t.Value!;
                if (name == "match" && LooksLikeMatchStatement())
                {
                    throw ErrorAt(t, "'match' statements are not supported yet");
                }
                if (name == "type" && PeekAt(1).Kind == TokenKind.Name && PeekAt(2).Kind is TokenKind.Equal or TokenKind.LSqb)
                {
                    throw ErrorAt(t, "'type' statements are not supported yet");
                }
                break;
            }
        }
        ParseSimpleStatements(into);
    }

    private Vm.Text.SyntaxErrorException AsyncNotSupported(Token asyncTok)
    {
        return PeekAt(1).Kind switch
        {
            TokenKind.KwDef => ErrorAt(asyncTok, "'async def' functions are not supported yet"),
            TokenKind.KwFor => ErrorAt(asyncTok, "'async for' loops are not supported yet"),
            TokenKind.KwWith => ErrorAt(asyncTok, "'async with' statements are not supported yet"),
            _ => Generic(asyncTok),
        };
    }

    /// <summary>`match` is a soft keyword: a statement when `match subject:` NEWLINE follows.</summary>
    private bool LooksLikeMatchStatement()
    {
        var next = PeekAt(1);
        if (!StartsExpression(next.Kind) && next.Kind != TokenKind.Star) return false;
        int save = _pos, depth = _depth;
        bool probing = _probing;
        try
        {
            _probing = true;
            Next();
            ParseStarNamedExpression();
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.Colon)) break;
                ParseStarNamedExpression();
            }
            return At(TokenKind.Colon) && PeekAt(1).Kind == TokenKind.Newline;
        }
        catch (Vm.Text.SyntaxErrorException) when (!_tokenizer.Failed)
        {
            return false;
        }
        finally
        {
            _pos = save;
            _depth = depth;
            _probing = probing;
        }
    }

    private void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            ParseSimpleStatement(into);
            if (!Accept(TokenKind.Semi)) break;
            if (At(TokenKind.Newline)) break;
        }
        if (!Accept(TokenKind.Newline)) throw Generic(Peek());
    }

    private static bool EndsSimpleStatement(TokenKind k) => k is TokenKind.Newline or TokenKind.Semi;

    private void ParseSimpleStatement(List<Stmt> into)
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.KwPass:
                Next();
                into.Add(Fin(new Pass(), t));
                return;
            case TokenKind.KwBreak:
                Next();
                into.Add(Fin(new Break(), t));
                return;
            case TokenKind.KwContinue:
                Next();
                into.Add(Fin(new Continue(), t));
                return;
            case TokenKind.KwReturn:
            {
                Next();
                Expr? value = null;
                if (!EndsSimpleStatement(Peek().Kind))
                {
                    value = ParseStarExpressions();
                    NoLoneStar(value);
                }
                into.Add(Fin(new Return(value), t));
                return;
            }
            case TokenKind.KwRaise:
            {
                Next();
                Expr? exc = null, cause = null;
                if (!EndsSimpleStatement(Peek().Kind))
                {
                    exc = ParseExpression();
                    if (Accept(TokenKind.KwFrom)) cause = ParseExpression();
                }
                into.Add(Fin(new Raise(exc, cause), t));
                return;
            }
            case TokenKind.KwGlobal:
            case TokenKind.KwNonlocal:
            {
                Next();
                var names = new List<string> { ExpectName() };
                while (Accept(TokenKind.Comma)) names.Add(ExpectName());
                into.Add(t.Kind == TokenKind.KwGlobal ? Fin(new Global(names), t) : Fin(new Nonlocal(names), t));
                return;
            }
            case TokenKind.KwDel:
                into.Add(ParseDel());
                return;
            case TokenKind.KwAssert:
            {
                Next();
                var test = ParseExpression();
                Expr? msg = Accept(TokenKind.Comma) ? ParseExpression() : null;
                into.Add(Fin(new Assert(test, msg), t));
                return;
            }
            case TokenKind.KwImport:
                into.Add(ParseImport());
                return;
            case TokenKind.KwFrom:
                into.Add(ParseFromImport());
                return;
            default:
                into.Add(ParseExpressionStatement());
                return;
        }
    }

    private Stmt ParseDel()
    {
        var kw = Next();
        var targets = new List<Expr> { ParseStarExpression() };
        while (Accept(TokenKind.Comma))
        {
            if (EndsSimpleStatement(Peek().Kind)) break;
            targets.Add(ParseStarExpression());
        }
        foreach (var target in targets) SetTarget(target, TargetKind.Del);
        if (!EndsSimpleStatement(Peek().Kind)) throw Generic(Peek());
        return Fin(new Delete(targets), kw);
    }

    // ------------------------------------------------------------------ expression statements

    private Stmt ParseExpressionStatement()
    {
        var startTok = Peek();
        Expr first = At(TokenKind.KwYield) ? ParseYieldExpr() : ParseStarExpressions();
        var t = Peek();
        if (t.Kind == TokenKind.Equal) return ParseAssignment(first);
        if (t.Kind == TokenKind.Colon) return ParseAnnAssign(first, startTok);
        var op = AugAssignOp(t.Kind);
        if (op != null)
        {
            if (first is not (Name or Attribute or Subscript))
            {
                throw ErrorAt(first, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
            }
            Next();
            var value = At(TokenKind.KwYield) ? ParseYieldExpr() : ParseStarExpressions();
            NoLoneStar(value);
            SetContext(first, ExprContext.Store);
            return Span(new AugAssign(first, op.Value, value), first, value);
        }
        if (!EndsSimpleStatement(t.Kind))
        {
            // print "x": Python 2's print statement
            if (first is Name { Id: "print" or "exec" } legacy && StartsExpression(t.Kind) && !_parenthesized.Contains(first))
            {
                var rest = ProbeExpression(ParseStarExpressions);
                if (rest != null)
                {
                    throw ErrorRange(legacy, rest,
                        $"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?");
                }
            }
            throw Generic(t);
        }
        NoLoneStar(first);
        return Span(new ExprStmt(first), first, first);
    }

    private static BinOpKind? AugAssignOp(TokenKind k) => k switch
    {
        TokenKind.PlusEqual => BinOpKind.Add,
        TokenKind.MinEqual => BinOpKind.Sub,
        TokenKind.StarEqual => BinOpKind.Mult,
        TokenKind.AtEqual => BinOpKind.MatMult,
        TokenKind.SlashEqual => BinOpKind.Div,
        TokenKind.PercentEqual => BinOpKind.Mod,
        TokenKind.AmperEqual => BinOpKind.BitAnd,
        TokenKind.VBarEqual => BinOpKind.BitOr,
        TokenKind.CircumflexEqual => BinOpKind.BitXor,
        TokenKind.LeftShiftEqual => BinOpKind.LShift,
        TokenKind.RightShiftEqual => BinOpKind.RShift,
        TokenKind.DoubleStarEqual => BinOpKind.Pow,
        TokenKind.DoubleSlashEqual => BinOpKind.FloorDiv,
        _ => null,
    };

    private Stmt ParseAssignment(Expr first)
    {
        var targets = new List<Expr> { first };
        Expr value;
        bool firstInvalid = GetInvalidTarget(first, TargetKind.Store) != null;
        if (firstInvalid) CheckMaybeMeantEquals(first);
        while (true)
        {
            Next(); // '='
            var rhs = At(TokenKind.KwYield) ? ParseYieldExpr() : ParseStarExpressions();
            if (At(TokenKind.Equal))
            {
                targets.Add(rhs);
                continue;
            }
            value = rhs;
            break;
        }
        foreach (var target in targets)
        {
            if (target is Yield or YieldFrom)
            {
                throw ErrorAt(target, "assignment to yield expression not possible");
            }
            SetTarget(target, TargetKind.Store);
        }
        NoLoneStar(value);
        return Span(new Assign(targets, value), first, value);
    }

    /// <summary>
    /// CPython's invalid_named_expression for `f() = 1`: when the first target is an invalid
    /// bitwise-or expression and a single `= value` follows, suggest '=='.
    /// </summary>
    private void CheckMaybeMeantEquals(Expr first)
    {
        if (!IsBitwiseOrLevel(first) || first is ListExpr or TupleExpr or GeneratorExp) return;
        if (first is Constant { Value: null or bool }) return;
        int save = _pos;
        Next(); // '='
        var rhs = ProbeExpression(ParseBitOr);
        bool single = rhs != null && !At(TokenKind.Equal) && !At(TokenKind.ColonEqual);
        _pos = save;
        if (single)
        {
            throw ErrorAt(first, $"cannot assign to {ExprName(first)} here. Maybe you meant '==' instead of '='?");
        }
    }

    private Stmt ParseAnnAssign(Expr first, Token startTok)
    {
        if (first is TupleExpr tuple)
        {
            Node at = _parenthesized.Contains(first) || tuple.Elts.Count == 0 ? first : tuple.Elts[0];
            throw ErrorAt(at, "only single target (not tuple) can be annotated");
        }
        if (first is ListExpr) throw ErrorAt(first, "only single target (not list) can be annotated");
        if (first is not (Name or Attribute or Subscript)) throw ErrorAt(first, "illegal target for annotation");
        Next(); // ':'
        var annotation = ParseExpression();
        Expr? value = null;
        if (Accept(TokenKind.Equal))
        {
            value = At(TokenKind.KwYield) ? ParseYieldExpr() : ParseStarExpressions();
            NoLoneStar(value);
        }
        SetContext(first, ExprContext.Store);
        bool simple = first is Name && startTok.Kind != TokenKind.LPar;
        return Fin(new AnnAssign(first, annotation, value, simple), first);
    }

    // ------------------------------------------------------------------ imports

    private Stmt ParseImport()
    {
        var kw = Next();
        var names = new List<Alias>();
        do
        {
            var start = Peek();
            string dotted = ParseDottedName();
            string? asName = Accept(TokenKind.KwAs) ? ExpectName() : null;
            names.Add(Fin(new Alias(dotted, asName), start));
        } while (Accept(TokenKind.Comma));
        return Fin(new Import(names), kw);
    }

    private string ParseDottedName()
    {
        string name = ExpectName();
        if (!At(TokenKind.Dot)) return name;
        var sb = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot)) sb.Append('.').Append(ExpectName());
        return sb.ToString();
    }

    private Stmt ParseFromImport()
    {
        var kw = Next();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot)) level++;
            else if (Accept(TokenKind.Ellipsis)) level += 3;
            else break;
        }
        string? module = null;
        if (level == 0 || At(TokenKind.Name)) module = ParseDottedName();
        Expect(TokenKind.KwImport);
        var names = new List<Alias>();
        if (At(TokenKind.Star))
        {
            var star = Next();
            names.Add(Fin(new Alias("*", null), star));
        }
        else if (Accept(TokenKind.LPar))
        {
            ParseImportAsNames(names);
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.RPar)) break;
                ParseImportAsNames(names);
            }
            Expect(TokenKind.RPar);
        }
        else
        {
            ParseImportAsNames(names);
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.Newline))
                {
                    throw ErrorAt(Peek(), "trailing comma not allowed without surrounding parentheses");
                }
                ParseImportAsNames(names);
            }
        }
        return Fin(new ImportFrom(module, names, level), kw);
    }

    private void ParseImportAsNames(List<Alias> names)
    {
        var start = Peek();
        string name = ExpectName();
        string? asName = Accept(TokenKind.KwAs) ? ExpectName() : null;
        names.Add(Fin(new Alias(name, asName), start));
    }
}
