using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;

namespace Vm.Parsing;

// Compound statements: if, while, for, try, with, def, class, decorators, and blocks.
internal sealed partial class Parser
{
    /// <summary>
    /// A block after ':': NEWLINE INDENT statements DEDENT, or simple statements on the same line.
    /// </summary>
    private List<Stmt> ParseBlock(string what, Token keyword)
    {
        var body = new List<Stmt>();
        if (!At(TokenKind.Newline))
        {
            ParseSimpleStatements(body);
            return body;
        }
        Next();
        EnterIndentedBlock(what, keyword);
        while (!At(TokenKind.Dedent) && !At(TokenKind.EndMarker)) ParseStatement(body);
        Accept(TokenKind.Dedent);
        Leave();
        return body;
    }

    /// <summary>After the NEWLINE that ends a block's header: its INDENT (an IndentationError when
    /// missing), one nesting level deeper.</summary>
    private void EnterIndentedBlock(string what, Token keyword)
    {
        if (!At(TokenKind.Indent))
        {
            var t = Peek();
            if (t.IsEof) throw Generic(t);
            throw _text.Error("IndentationError", $"expected an indented block after {what} on line {keyword.Line}",
                t.Line, OffsetOf(t), t.Line, -1);
        }
        Next();
        Enter();
    }

    /// <summary>The ':' before a block. "expected ':'" when the line ends (or always, when forced).</summary>
    private void ExpectColon(bool forced)
    {
        var t = Peek();
        if (t.Kind == TokenKind.Colon)
        {
            Next();
            return;
        }
        if (t.Kind == TokenKind.Newline || (forced && !t.IsEof && t.Kind is not (TokenKind.Indent or TokenKind.Dedent)))
        {
            throw ErrorAt(t, "expected ':'");
        }
        throw Generic(t);
    }

    private Stmt ParseIf()
    {
        // elif chains are collected in a loop, not by recursion
        var keywords = new List<Token>();
        var tests = new List<Expr>();
        var bodies = new List<List<Stmt>>();
        List<Stmt> orElse = new();
        var kw = Next();
        string what = "'if' statement";
        while (true)
        {
            keywords.Add(kw);
            tests.Add(ParseNamedExpression());
            ExpectColon(false);
            bodies.Add(ParseBlock(what, kw));
            if (At(TokenKind.KwElif))
            {
                if (keywords.Count >= MaxChain) throw TooComplexError();
                kw = Next();
                what = "'elif' statement";
                continue;
            }
            if (At(TokenKind.KwElse))
            {
                var elseTok = Next();
                ExpectColon(true);
                orElse = ParseBlock("'else' statement", elseTok);
            }
            break;
        }
        If? result = null;
        var end = LastNonWhitespace();
        for (int i = keywords.Count - 1; i >= 0; i--)
        {
            var els = result == null ? orElse : new List<Stmt> { result };
            result = Span(new If(tests[i], bodies[i], els), keywords[i], end);
        }
        return result!;
    }

    private List<Stmt> ParseElseBlock()
    {
        if (!At(TokenKind.KwElse)) return new List<Stmt>();
        var elseTok = Next();
        ExpectColon(true);
        return ParseBlock("'else' statement", elseTok);
    }

    private Stmt ParseWhile()
    {
        var kw = Next();
        var test = ParseNamedExpression();
        ExpectColon(false);
        var body = ParseBlock("'while' statement", kw);
        var orElse = ParseElseBlock();
        return Fin(new While(test, body, orElse), kw);
    }

    private Stmt ParseFor()
    {
        var kw = Next();
        var target = ParseForTarget();
        Expect(TokenKind.KwIn);
        var iter = ParseStarExpressions();
        NoLoneStar(iter);
        ExpectColon(false);
        var body = ParseBlock("'for' statement", kw);
        var orElse = ParseElseBlock();
        return Fin(new For(target, iter, body, orElse), kw);
    }

    private Stmt ParseTry()
    {
        var kw = Next();
        ExpectColon(true);
        var body = ParseBlock("'try' statement", kw);
        var handlers = new List<ExceptHandler>();
        bool? star = null;
        while (At(TokenKind.KwExcept))
        {
            var ex = Next();
            bool isStar = Accept(TokenKind.Star);
            if (isStar && At(TokenKind.Colon) || isStar && At(TokenKind.Newline))
            {
                throw ErrorAt(Peek(), "expected one or more exception types");
            }
            if (star != null && star != isStar)
            {
                throw ErrorAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            if (handlers.Count > 0 && handlers[^1].Type == null)
            {
                throw ErrorAt(handlers[^1], "default 'except:' must be last");
            }
            Expr? type = null;
            string? name = null;
            if (!At(TokenKind.Colon) && !At(TokenKind.Newline))
            {
                type = ParseExpression();
                if (At(TokenKind.Comma))
                {
                    throw _text.Error("SyntaxError", "multiple exception types must be parenthesized",
                        type.Line, type.Col + 1, type.Line, -1);
                }
                if (Accept(TokenKind.KwAs)) name = ExpectName();
            }
            ExpectColon(false);
            var handlerBody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.Add(Fin(new ExceptHandler(type, name, handlerBody), ex));
        }
        var orElse = handlers.Count > 0 ? ParseElseBlock() : new List<Stmt>();
        var finalBody = new List<Stmt>();
        if (At(TokenKind.KwFinally))
        {
            var fin = Next();
            ExpectColon(true);
            finalBody = ParseBlock("'finally' statement", fin);
        }
        if (handlers.Count == 0 && finalBody.Count == 0)
        {
            throw ErrorAt(Peek(), "expected 'except' or 'finally' block");
        }
        var node = new Try(body, handlers, orElse, finalBody) { IsStar = star == true };
        return Fin(node, kw);
    }

    private Stmt ParseWith()
    {
        var kw = Next();
        List<WithItem>? items = null;
        if (At(TokenKind.LPar)) items = TryParseParenthesizedWithItems();
        if (items == null)
        {
            items = new List<WithItem> { ParseWithItem() };
            while (Accept(TokenKind.Comma)) items.Add(ParseWithItem());
        }
        ExpectColon(false);
        var body = ParseBlock("'with' statement", kw);
        return Fin(new With(items, body), kw);
    }

    /// <summary>Python 3.9+'s `with (a as b, c as d):`; null (position restored) if it is not that form.</summary>
    private List<WithItem>? TryParseParenthesizedWithItems()
    {
        int save = _pos, depth = _depth;
        bool probing = _probing;
        try
        {
            _probing = true;
            Next(); // '('
            var items = new List<WithItem> { ParseWithItem() };
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.RPar)) break;
                items.Add(ParseWithItem());
            }
            if (Accept(TokenKind.RPar) && At(TokenKind.Colon))
            {
                _probing = probing;
                return items;
            }
        }
        catch (Vm.Text.SyntaxErrorException) when (CanBacktrack)
        {
        }
        _pos = save;
        _depth = depth;
        _probing = probing;
        return null;
    }

    private WithItem ParseWithItem()
    {
        var e = ParseExpression();
        Expr? target = null;
        if (Accept(TokenKind.KwAs))
        {
            target = ParseTargetOrExplain(single: true,
                static k => k is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon);
        }
        return Span(new WithItem(e, target), e, target ?? e);
    }

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            if (!Accept(TokenKind.Newline)) throw Generic(Peek());
        }
        var t = Peek();
        if (t.Kind == TokenKind.KwDef) return ParseFunctionDef(decorators);
        if (t.Kind == TokenKind.KwClass) return ParseClassDef(decorators);
        if (t.Kind == TokenKind.KwAsync) return ParseAsync(decorators);
        throw Generic(t);
    }

    /// <summary>`def`, or `async def` when asyncTok is the `async` token (the node then starts there).</summary>
    private Stmt ParseFunctionDef(List<Expr> decorators, Token? asyncTok = null)
    {
        var kw = Next();
        var inClass = _inClassBody;
        string name = ExpectName();
        var typeParams = At(TokenKind.LSqb) ? ParseTypeParams() : null;
        ExpectForced(TokenKind.LPar, "(");
        var args = ParseParameters(lambda: false);
        Expect(TokenKind.RPar);
        Expr? returns = null;
        if (At(TokenKind.RArrow))
        {
            // CPython's optional `-> expression` gives way to its forced ':'
            if (!StartsExpression(PeekAt(1).Kind)) throw ErrorAt(Peek(), "expected ':'");
            Next();
            returns = ParseExpression();
        }
        ExpectColon(true);
        _inClassBody = false;
        var body = ParseBlock("function definition", kw);
        _inClassBody = inClass;
        var node = new FunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns };
        node.IsAsync = asyncTok != null;
        Fin(node, asyncTok ?? kw);
        return typeParams == null ? node : LowerGenericFunction(node, typeParams, inClass);
    }

    private Stmt ParseClassDef(List<Expr> decorators)
    {
        var kw = Next();
        var inClass = _inClassBody;
        string name = ExpectName();
        var typeParams = At(TokenKind.LSqb) ? ParseTypeParams() : null;
        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (At(TokenKind.LPar))
        {
            var open = Next();
            ParseArguments(open, bases, keywords, allowGenerator: false);
            Expect(TokenKind.RPar);
        }
        ExpectColon(false);
        _inClassBody = true;
        var body = ParseBlock("class definition", kw);
        _inClassBody = inClass;
        var node = new ClassDef { Name = name, Bases = bases, Keywords = keywords, Body = body, DecoratorList = decorators };
        Fin(node, kw);
        return typeParams == null ? node : LowerGenericClass(node, typeParams, inClass);
    }
}
