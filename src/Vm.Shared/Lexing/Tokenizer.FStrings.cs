namespace Vm.Lexing;

// f-strings (PEP 701). An f-string is tokenized as FSTRING_START, then alternately FSTRING_MIDDLE
// (literal text) and the ordinary tokens of each replacement field between '{' and '}', then
// FSTRING_END. A ':' at the top level of a field starts the format spec, which is literal text
// again and may itself hold fields. The tokenizer keeps one FStringState per open f-string.
public sealed partial class Tokenizer
{
    private const int MaxFStringNesting = 150;
    private const int MaxFieldNesting = 3;

    private sealed class FStringState
    {
        public char Quote;
        public bool Triple;
        public bool Raw;
        public int StartIndex;
        public int StartLine;
        public int StartLineStart;
        /// <summary>Brackets (of any kind) opened since this f-string began and still open.</summary>
        public int CurlyDepth;
        /// <summary>Index of the innermost open replacement field; -1 in the literal text.</summary>
        public int ExprDepth = -1;
        /// <summary>True while scanning literal text (or a format spec), false inside a field.</summary>
        public bool LiteralMode = true;
        public bool InFormatSpec;
    }

    private bool IsFormatSpecColon()
    {
        if (_fstrings.Count == 0) return false;
        var fs = _fstrings[^1];
        return fs.CurlyDepth - 1 == fs.ExprDepth;
    }

    private Token LexFStringStart(int tokStart, int quotePos, bool raw)
    {
        char q = _s[quotePos];
        int p = quotePos + 1;
        bool triple = false;
        if (At(p) == q && At(p + 1) == q)
        {
            triple = true;
            p += 2;
        }
        if (_fstrings.Count + 1 >= MaxFStringNesting) throw Err("too many nested f-strings", p);
        _fstrings.Add(new FStringState
        {
            Quote = q,
            Triple = triple,
            Raw = raw,
            StartIndex = tokStart,
            StartLine = _line,
            StartLineStart = _lineStart,
        });
        _pos = p;
        var tok = Make(TokenKind.FStringStart, tokStart, _line, tokStart - _lineStart);
        tok.Flags = (raw ? StringFlags.Raw : 0) | (triple ? StringFlags.Triple : 0);
        return tok;
    }

    private bool IsClosingQuote(FStringState fs, int p)
        => At(p) == fs.Quote && (!fs.Triple || (At(p + 1) == fs.Quote && At(p + 2) == fs.Quote));

    /// <summary>
    /// In an f-string's literal text: returns FSTRING_END or FSTRING_MIDDLE, or null after
    /// switching to regular mode (at a field's '{' or a '}').
    /// </summary>
    private Token? LexFStringLiteral(FStringState fs)
    {
        int p = _pos;
        char c = At(p);
        if (c == '{')
        {
            if (fs.InFormatSpec || At(p + 1) != '{')
            {
                fs.ExprDepth++;
                if (fs.ExprDepth >= MaxFieldNesting) throw Err("f-string: expressions nested too deeply", p);
                fs.LiteralMode = false;
                fs.InFormatSpec = false;
                return null;
            }
        }
        else if (c == '}')
        {
            if (!(At(p + 1) == '}' && !fs.InFormatSpec && fs.CurlyDepth == 0))
            {
                fs.LiteralMode = false;
                fs.InFormatSpec = false;
                return null;
            }
        }
        if (p < _n && IsClosingQuote(fs, p))
        {
            _fstrings.RemoveAt(_fstrings.Count - 1);
            int line = _line, col = p - _lineStart;
            _pos = p + (fs.Triple ? 3 : 1);
            return Make(TokenKind.FStringEnd, p, line, col);
        }

        int start = p, startLine = _line, startCol = p - _lineStart;
        while (true)
        {
            if (p >= _n) throw UnterminatedFString(fs);
            c = _s[p];
            if (c == '\n')
            {
                if (!fs.Triple)
                {
                    if (fs.InFormatSpec)
                    {
                        // the spec ends at the newline; the parser reports the missing '}'
                        fs.LiteralMode = false;
                        fs.InFormatSpec = false;
                        break;
                    }
                    throw UnterminatedFString(fs);
                }
                p++;
                NewLine(p);
                continue;
            }
            if (c == fs.Quote && IsClosingQuote(fs, p)) break;
            if (c == '{')
            {
                if (!fs.InFormatSpec && At(p + 1) == '{')
                {
                    p += 2;
                    continue;
                }
                break;
            }
            if (c == '}')
            {
                if (At(p + 1) == '}' && !fs.InFormatSpec && fs.CurlyDepth == 0)
                {
                    p += 2;
                    continue;
                }
                break;
            }
            if (c == '\\')
            {
                char e = At(p + 1);
                if (e == '{' || e == '}')
                {
                    p++;
                    continue;
                }
                if (!fs.Raw && e == 'N' && At(p + 2) == '{')
                {
                    // a named escape: its braces are not a field
                    int q = p + 3;
                    while (q < _n && _s[q] != '}' && _s[q] != '\n' && !(_s[q] == fs.Quote && IsClosingQuote(fs, q))) q++;
                    p = At(q) == '}' ? q + 1 : q;
                    continue;
                }
                p += e == '\0' ? 1 : 2;
                if (e == '\n') NewLine(p);
                continue;
            }
            p++;
        }
        _pos = p;
        if (p == start) return null;
        var tok = Make(TokenKind.FStringMiddle, start, startLine, startCol);
        string? error = null;
        tok.Value = fs.Raw ? DecodeRawFString(start, p) : DecodeStr(start, p, true, out error);
        if (error != null)
        {
            tok.Error = _text.Error("SyntaxError", error, tok.Line, tok.Col + 1, tok.EndLine, tok.EndCol + 1);
        }
        return tok;
    }

    private string DecodeRawFString(int start, int end)
    {
        if (_s.IndexOf('{', start, end - start) < 0 && _s.IndexOf('}', start, end - start) < 0)
        {
            return _s.Substring(start, end - start);
        }
        var sb = new System.Text.StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = _s[i];
            sb.Append(c);
            if ((c == '{' || c == '}') && i + 1 < end && _s[i + 1] == c) i++;
        }
        return sb.ToString();
    }

    private Vm.Text.SyntaxErrorException UnterminatedFString(FStringState fs)
    {
        int detected = Math.Min(_line, _text.LineCount);
        int off = fs.StartIndex - fs.StartLineStart + 1;
        string msg = fs.Triple
            ? $"unterminated triple-quoted f-string literal (detected at line {detected})"
            : $"unterminated f-string literal (detected at line {detected})";
        return _text.Error("SyntaxError", msg, fs.StartLine, off, fs.StartLine, off);
    }
}
