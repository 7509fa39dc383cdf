using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;
using Vm.Text;

namespace Vm.Parsing;

// String literals: adjacent literals are concatenated ("a" 'b', b"x" b"y", "a" f"{b}"); an
// f-string becomes a JoinedStr of Constant and FormattedValue parts.
internal sealed partial class Parser
{
    private Expr ParseStrings()
    {
        var first = Peek();
        if (first.Kind == TokenKind.String && PeekAt(1).Kind is not (TokenKind.String or TokenKind.FStringStart))
        {
            Next();
            if (first.Error != null) throw Hard(first.Error);
            return StringConstant(first.Value, first, first);
        }
        var parts = new List<Expr>();
        bool sawBytes = false, sawStr = false, sawF = false;
        while (true)
        {
            var t = Peek();
            if (t.Kind == TokenKind.String)
            {
                Next();
                if (t.Error != null) throw Hard(t.Error);
                if ((t.Flags & StringFlags.Bytes) != 0) sawBytes = true;
                else sawStr = true;
                var c = Fin(new Constant(t.Value), t);
                if (IsLowercaseU(t)) c.Kind = "u";
                parts.Add(c);
            }
            else if (t.Kind == TokenKind.FStringStart)
            {
                sawF = true;
                sawStr = true;
                ParseFString(parts);
            }
            else
            {
                break;
            }
        }
        if (sawBytes && sawStr) throw ErrorAt(Peek(), "cannot mix bytes and nonbytes literals");
        var last = Prev;
        if (sawBytes)
        {
            var all = new List<byte>();
            foreach (var p in parts) all.AddRange((byte[])((Constant)p).Value!);
            return StringConstant(all.ToArray(), first, last);
        }
        if (!sawF)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var p in parts) sb.Append((string)((Constant)p).Value!);
            return StringConstant(sb.ToString(), first, last);
        }
        return Span(new JoinedStr(MergeConstants(parts)), first, last);
    }

    private Constant StringConstant(object? value, Token first, Token last)
    {
        var c = Span(new Constant(value), first, last);
        if (IsLowercaseU(first)) c.Kind = "u";
        return c;
    }

    /// <summary>CPython records Constant.kind "u" only for a lowercase `u` prefix.</summary>
    private bool IsLowercaseU(Token t) => t.Kind == TokenKind.String && _text.Text[t.Start] == 'u';

    /// <summary>Joins runs of adjacent string Constants into one and drops empty ones.</summary>
    private static List<Expr> MergeConstants(List<Expr> parts)
    {
        var result = new List<Expr>(parts.Count);
        int i = 0;
        while (i < parts.Count)
        {
            if (parts[i] is not Constant c)
            {
                result.Add(parts[i]);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < parts.Count && parts[j] is Constant) j++;
            if (j == i + 1)
            {
                if (((string)c.Value!).Length > 0) result.Add(c);
            }
            else
            {
                var sb = new System.Text.StringBuilder();
                for (int k = i; k < j; k++) sb.Append((string)((Constant)parts[k]).Value!);
                if (sb.Length > 0) result.Add(Span(new Constant(sb.ToString()) { Kind = c.Kind }, parts[i], parts[j - 1]));
            }
            i = j;
        }
        return result;
    }

    /// <summary>One f-string, FSTRING_START ... FSTRING_END, appending its parts.</summary>
    private void ParseFString(List<Expr> into)
    {
        Next(); // FSTRING_START
        Enter();
        SyntaxErrorException? decodeError = null;
        ParseFStringParts(into, ref decodeError);
        var end = Peek();
        if (end.Kind != TokenKind.FStringEnd) throw Generic(end);
        Next();
        if (decodeError != null)
        {
            // CPython reports a bad escape in an f-string at the token where the f-string ends
            throw Hard(_text.Error("SyntaxError", decodeError.Msg, end.Line, end.Col + 1, end.EndLine, end.EndCol + 1));
        }
        Leave();
    }

    private void ParseFStringParts(List<Expr> into, ref SyntaxErrorException? decodeError)
    {
        while (true)
        {
            var t = Peek();
            if (t.Kind == TokenKind.FStringMiddle)
            {
                Next();
                decodeError ??= t.Error;
                into.Add(Fin(new Constant(t.Value), t));
            }
            else if (t.Kind == TokenKind.LBrace)
            {
                ParseReplacementField(into, ref decodeError);
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>The source of a `{expr=}` field up to its '!', ':' or '}', comments removed as CPython does.</summary>
    private string DebugText(int start, int end)
    {
        string text = _text.Text.Substring(start, end - start);
        if (!text.Contains('#')) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '#')
            {
                while (i < text.Length && text[i] != '\n') i++;
                if (i < text.Length) sb.Append('\n');
                continue;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>`{expr[=][!conv][:spec]}`; a `=` adds the expression's text as a Constant first.</summary>
    private void ParseReplacementField(List<Expr> into, ref SyntaxErrorException? decodeError)
    {
        var open = Next();
        Enter();
        var t = Peek();
        if (t.Kind is TokenKind.RBrace or TokenKind.Exclamation or TokenKind.Colon or TokenKind.Equal)
        {
            throw ErrorAt(t, $"f-string: valid expression required before '{TokenText(t)}'");
        }
        if (!StartsExpression(t.Kind) && t.Kind is not (TokenKind.Star or TokenKind.KwYield) && !t.IsEof)
        {
            throw ErrorAt(t, "f-string: expecting a valid expression after '{'");
        }
        var value = At(TokenKind.KwYield) ? ParseYieldExpr() : ParseStarExpressions();
        NoLoneStar(value);
        string expecting = "'=', or '!', or ':', or '}'";
        Constant? debug = null;
        if (At(TokenKind.Equal))
        {
            Next();
            var after = Peek();
            string text = DebugText(open.End, after.Start);
            debug = new Constant(text)
            {
                Line = open.EndLine, Col = open.EndCol, EndLine = after.Line, EndCol = after.Col,
            };
            expecting = "'!', or ':', or '}'";
        }
        int conversion = -1;
        if (At(TokenKind.Exclamation))
        {
            var bang = Next();
            var c = Peek();
            if (c.Kind is TokenKind.Colon or TokenKind.RBrace) throw ErrorAt(c, "f-string: missing conversion character");
            if (c.Kind != TokenKind.Name) throw ErrorAt(c, "f-string: invalid conversion character");
            if (c.Start != bang.End)
            {
                throw ErrorRange(bang, c, "f-string: conversion type must come right after the exclamanation mark");
            }
            string conv = TokenText(c);
            if (conv is not ("s" or "r" or "a"))
            {
                throw ErrorAt(c, $"f-string: invalid conversion character '{conv}': expected 's', 'r', or 'a'");
            }
            Next();
            conversion = conv[0];
            expecting = "':' or '}'";
        }
        JoinedStr? spec = null;
        if (At(TokenKind.Colon))
        {
            var colon = Next();
            var parts = new List<Expr>();
            ParseFStringParts(parts, ref decodeError);
            var stop = Peek();
            spec = new JoinedStr(MergeConstants(parts))
            {
                Line = colon.Line, Col = colon.Col, EndLine = stop.Line, EndCol = stop.Col,
            };
            expecting = "'}', or format specs";
        }
        var close = Peek();
        if (close.Kind != TokenKind.RBrace)
        {
            if (close.IsEof) throw Generic(close);
            throw ErrorAt(close, $"f-string: expecting {expecting}");
        }
        Next();
        if (debug != null)
        {
            if (conversion == -1 && spec == null) conversion = 'r';
            into.Add(debug);
        }
        into.Add(Fin(new FormattedValue(value, conversion, spec), open));
        Leave();
    }
}
