using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;

namespace Vm.Parsing;

// Statements: dispatch, simple statements, assignments, imports.
internal sealed partial class Parser
{
    private void ParseStatement(List<Stmt> into)
    {
        TrimTokens();
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
            case TokenKind.KwAsync: into.Add(ParseAsync(new List<Expr>())); return;
            case TokenKind.Name:
            {
                string name = (string)t.Value!;
                if (name == "match" && IsMatchStatement())
                {
                    into.Add(ParseMatch()); // Parser.Match.cs
                    return;
                }
                break;
            }
        }
        ParseSimpleStatements(into);
    }

    /// <summary>`async def`, `async for`, `async with` (decorators only before `async def`); the
    /// node starts at the `async` token, as CPython's does.</summary>
    private Stmt ParseAsync(List<Expr> decorators)
    {
        var asyncTok = Next();
        var next = Peek();
        Stmt node;
        switch (next.Kind)
        {
            case TokenKind.KwDef:
                node = ParseFunctionDef(decorators, asyncTok);
                break;
            case TokenKind.KwFor when decorators.Count == 0:
                var fs = (For)ParseFor();
                fs.IsAsync = true;
                node = fs;
                break;
            case TokenKind.KwWith when decorators.Count == 0:
                var ws = (With)ParseWith();
                ws.IsAsync = true;
                node = ws;
                break;
            default:
                throw Generic(next);
        }
        return Fin(node, asyncTok);
    }

    /// <summary>
    /// `match` is a soft keyword: `match subject:` NEWLINE starts a match statement. False when the
    /// line is something else, such as `match = 1` or `match(x)`.
    /// </summary>
    private bool IsMatchStatement()
    {
        var next = PeekAt(1);
        if (!StartsExpression(next.Kind) && next.Kind != TokenKind.Star) return false;
        // after these, `match` cannot be a name starting an expression statement
        bool cannotBeName = next.Kind is TokenKind.Name or TokenKind.Number or TokenKind.String
            or TokenKind.FStringStart or TokenKind.LBrace or TokenKind.KwNone or TokenKind.KwTrue
            or TokenKind.KwFalse or TokenKind.Ellipsis or TokenKind.KwNot or TokenKind.KwLambda or TokenKind.Tilde;
        int save = _pos, depth = _depth;
        bool probing = _probing;
        _probing = true;
        Token? stop = null;
        bool isMatch = false, sawComma = false;
        try
        {
            Next();
            ParseStarNamedExpression();
            while (Accept(TokenKind.Comma))
            {
                sawComma = true;
                if (At(TokenKind.Colon)) break;
                ParseStarNamedExpression();
            }
            stop = Peek();
            // a lone starred subject is no subject: `match *x:` is `match * x` and a stray ':'
            isMatch = stop.Kind == TokenKind.Colon && PeekAt(1).Kind == TokenKind.Newline && !(next.Kind == TokenKind.Star && !sawComma);
        }
        catch (Vm.Text.SyntaxErrorException) when (CanBacktrack)
        {
            stop = null;
        }
        finally
        {
            _pos = save;
            _depth = depth;
            _probing = probing;
        }
        if (isMatch) return true;
        if (stop != null && cannotBeName)
        {
            if (stop.Kind == TokenKind.Newline) throw ErrorAt(stop, "expected ':'");
            throw Generic(stop);
        }
        return false;
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
        if (t.Kind == TokenKind.Name && (string)t.Value! == "type" && PeekAt(1).Kind == TokenKind.Name
            && PeekAt(2).Kind is TokenKind.Equal or TokenKind.LSqb)
        {
            into.Add(ParseTypeAlias()); // Parser.TypeParams.cs
            return;
        }
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
        if (t.Kind == TokenKind.Equal) return ParseAssignment(first, startTok);
        if (t.Kind == TokenKind.Colon) return ParseAnnAssign(first, startTok);
        if (t.Kind == TokenKind.ColonEqual && (first is not Name || _parenthesized.Contains(first))
            && FollowedByExpression())
        {
            throw ErrorAt(first, $"cannot use assignment expressions with {ExprName(first)}");
        }
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
            return Fin(new AugAssign(first, op.Value, value), startTok);
        }
        if (!EndsSimpleStatement(t.Kind))
        {
            // print "x": Python 2's print statement
            if (first is Name { Id: "print" or "exec" } legacy && StartsExpression(t.Kind) && !_parenthesized.Contains(first))
            {
                var rest = ProbeExpression(ParseStarExpressions);
                throw ErrorRange(legacy, rest != null ? Prev : t,
                    $"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?");
            }
            throw Generic(t);
        }
        NoLoneStar(first);
        return Fin(new ExprStmt(first), startTok);
    }

    /// <summary>Does an expression follow the current token (':', ':=')? The position is unchanged.</summary>
    private bool FollowedByExpression()
    {
        int save = _pos;
        bool probing = _probing;
        _probing = true;
        Next();
        bool ok = ProbeExpression(ParseExpression) != null;
        _pos = save;
        _probing = probing;
        return ok;
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

    private Stmt ParseAssignment(Expr first, Token startTok)
    {
        var targets = new List<Expr> { first };
        Expr value = first;
        int firstEquals = _pos;
        bool firstInvalid = GetInvalidTarget(first, TargetKind.Store) != null;
        if (firstInvalid) CheckMaybeMeantEquals(first);
        bool laterInvalid = false;
        try
        {
            while (true)
            {
                Next(); // '='
                var rhs = At(TokenKind.KwYield) ? ParseYieldExpr() : ParseStarExpressions();
                if (At(TokenKind.Equal))
                {
                    targets.Add(rhs);
                    laterInvalid |= GetInvalidTarget(rhs, TargetKind.Store) != null || rhs is Yield or YieldFrom;
                    continue;
                }
                value = rhs;
                break;
            }
        }
        catch (Vm.Text.SyntaxErrorException e) when (laterInvalid && !firstInvalid && ReferenceEquals(e, _lastGeneric) && CanBacktrack)
        {
            _pos = firstEquals;
            CheckMaybeMeantEquals(first);
            throw;
        }
        if (laterInvalid && !firstInvalid)
        {
            // the assignment fails: CPython's error pass then examines `first = ...` as above
            int end = _pos;
            _pos = firstEquals;
            CheckMaybeMeantEquals(first);
            _pos = end;
        }
        foreach (var target in targets)
        {
            if (target is Yield or YieldFrom && !_parenthesized.Contains(target))
            {
                throw ErrorAt(target, "assignment to yield expression not possible");
            }
            SetTarget(target, TargetKind.Store);
        }
        NoLoneStar(value);
        return Fin(new Assign(targets, value), startTok);
    }

    /// <summary>
    /// CPython's invalid_named_expression for `f() = 1` (the first target is invalid and one
    /// value follows): suggest '=='. For an unparenthesized tuple it is the last element, the one
    /// before the '=', that CPython examines.
    /// </summary>
    private void CheckMaybeMeantEquals(Expr first)
    {
        var e = first;
        if (first is TupleExpr t && t.Elts.Count > 0 && !_parenthesized.Contains(first) && !IsParenthesizedTuple(t))
        {
            e = t.Elts[^1];
            if (e is Starred) return;
        }
        CheckEqualsInExpression(e);
    }

    private Stmt ParseAnnAssign(Expr first, Token startTok)
    {
        // CPython names a bad target only when an annotation follows the ':'
        if (first is not (Name or Attribute or Subscript or Starred) && FollowedByExpression())
        {
            if (first is TupleExpr tuple)
            {
                Node at = IsParenthesizedTuple(tuple) || tuple.Elts.Count == 0 ? first : tuple.Elts[0];
                throw ErrorAt(at, "only single target (not tuple) can be annotated");
            }
            if (first is ListExpr) throw ErrorAt(first, "only single target (not list) can be annotated");
            throw ErrorAt(first, "illegal target for annotation");
        }
        if (first is not (Name or Attribute or Subscript)) throw Generic(Peek());
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
        return Fin(new AnnAssign(first, annotation, value, simple), startTok);
    }

    // ------------------------------------------------------------------ imports

    private Stmt ParseImport()
    {
        var kw = Next();
        if (At(TokenKind.Newline)) throw ErrorAt(Peek(), "Expected one or more names after 'import'");
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
        if (At(TokenKind.Newline)) throw ErrorAt(Peek(), "Expected one or more names after 'import'");
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
