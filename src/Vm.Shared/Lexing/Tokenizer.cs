using Vm.Text;

namespace Vm.Lexing;

/// <summary>
/// Python 3.13's tokenizer: turns source text into <see cref="Token"/>s on demand, one call to
/// <see cref="Next"/> at a time. Works on the string with indices (no regular expressions) and
/// never recurses, so no input can overflow the stack.
///
/// It follows CPython's Parser/lexer: INDENT/DEDENT from an indentation stack (tabs to multiples
/// of 8, with a second "one column per tab" stack to detect inconsistent tabs: TabError), NEWLINE
/// only outside brackets and never for blank lines, backslash continuations, and PEP 701
/// f-strings, which are split into FSTRING_START, FSTRING_MIDDLE and the tokens of their
/// replacement fields, FSTRING_END. Error messages and caret offsets mirror CPython's.
///
/// After a tokenizer error every further call rethrows it.
/// </summary>
public sealed partial class Tokenizer
{
    private const int TabSize = 8;
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;

    private readonly SourceText _text;
    private readonly string _s;
    private readonly int _n;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private bool _atBol = true;
    private bool _blankLine;
    private int _pendingDedents;
    private readonly List<int> _indents = [0];
    private readonly List<int> _altIndents = [0];
    private readonly Vm.Compiling.ArrayBuilder<Bracket> _brackets = new();
    private readonly List<FStringState> _fstrings = [];
    private SyntaxErrorException? _failure;
    private bool _failedInFString;
    private int _failedFStringStart = -1;
    private Token? _eofError;

    private readonly record struct Bracket(char Ch, int Line, int Col);

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    // The keywords as a switch on the span: a Dictionary<string, TokenKind> (an enum over byte) was
    // an instantiation the framework does not precompile, JIT-compiled at every start.
    private static TokenKind KeywordKind(ReadOnlySpan<char> s) => s switch
    {
        "False" => TokenKind.KwFalse,
        "None" => TokenKind.KwNone,
        "True" => TokenKind.KwTrue,
        "and" => TokenKind.KwAnd,
        "as" => TokenKind.KwAs,
        "assert" => TokenKind.KwAssert,
        "async" => TokenKind.KwAsync,
        "await" => TokenKind.KwAwait,
        "break" => TokenKind.KwBreak,
        "class" => TokenKind.KwClass,
        "continue" => TokenKind.KwContinue,
        "def" => TokenKind.KwDef,
        "del" => TokenKind.KwDel,
        "elif" => TokenKind.KwElif,
        "else" => TokenKind.KwElse,
        "except" => TokenKind.KwExcept,
        "finally" => TokenKind.KwFinally,
        "for" => TokenKind.KwFor,
        "from" => TokenKind.KwFrom,
        "global" => TokenKind.KwGlobal,
        "if" => TokenKind.KwIf,
        "import" => TokenKind.KwImport,
        "in" => TokenKind.KwIn,
        "is" => TokenKind.KwIs,
        "lambda" => TokenKind.KwLambda,
        "nonlocal" => TokenKind.KwNonlocal,
        "not" => TokenKind.KwNot,
        "or" => TokenKind.KwOr,
        "pass" => TokenKind.KwPass,
        "raise" => TokenKind.KwRaise,
        "return" => TokenKind.KwReturn,
        "try" => TokenKind.KwTry,
        "while" => TokenKind.KwWhile,
        "with" => TokenKind.KwWith,
        "yield" => TokenKind.KwYield,
        _ => TokenKind.Name,
    };

    public Tokenizer(string source, string fileName) : this(new SourceText(source, fileName)) { }

    public Tokenizer(SourceText text)
    {
        _text = text;
        _s = text.Text;
        _n = _s.Length;
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public SourceText Text => _text;

    /// <summary>Number of brackets currently open.</summary>
    public int Level => _brackets.Count;

    /// <summary>The innermost open bracket: its character, 1-based line and 0-based column.</summary>
    public (char Ch, int Line, int Col) InnermostBracket
    {
        get
        {
            var b = _brackets.Last;
            return (b.Ch, b.Line, b.Col);
        }
    }

    /// <summary>True while inside an f-string.</summary>
    public bool InFString => _fstrings.Count > 0;

    /// <summary>True once the tokenizer has raised an error.</summary>
    public bool Failed => _failure != null;

    /// <summary>True when the tokenizer's error was raised inside an f-string.</summary>
    public bool FailedInFString => _failedInFString;

    /// <summary>Source index where the outermost f-string open at the error began, or -1.</summary>
    public int FailedFStringStart => _failedFStringStart;

    /// <summary>Tokenizes a whole source, up to and including the EndMarker.</summary>
    public static List<Token> Tokenize(string source, string fileName = "<string>")
    {
        var t = new Tokenizer(source, fileName);
        var list = new List<Token>();
        while (true)
        {
            var tok = t.Next();
            list.Add(tok);
            if (tok.Kind == TokenKind.EndMarker || tok.IsEof) return list;
        }
    }

    /// <summary>The next token. Throws <see cref="SyntaxErrorException"/> on a lexical error.</summary>
    public Token Next()
    {
        if (_failure != null) throw _failure;
        try
        {
            return NextCore();
        }
        catch (SyntaxErrorException e)
        {
            _failure = e;
            _failedInFString = _fstrings.Count > 0;
            _failedFStringStart = _fstrings.Count > 0 ? _fstrings[0].StartIndex : -1;
            throw;
        }
    }

    private Token NextCore()
    {
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            if (_pos >= _n) return MakeAtEnd(TokenKind.Dedent);
            return Make(TokenKind.Dedent, _pos, _line, _pos - _lineStart);
        }
        if (_fstrings.Count > 0)
        {
            var fs = _fstrings[^1];
            if (fs.LiteralMode)
            {
                var t = LexFStringLiteral(fs);
                if (t != null) return t;
            }
        }
        return LexRegular();
    }

    private char At(int i) => i < _n ? _s[i] : '\0';

    private void NewLine(int nextLineStart)
    {
        _line++;
        _lineStart = nextLineStart;
    }

    private Token Make(TokenKind kind, int start, int line, int col) => new()
    {
        Kind = kind,
        Start = start,
        End = _pos,
        Line = line,
        Col = col,
        EndLine = _line,
        EndCol = _pos - _lineStart,
        Level = _brackets.Count,
    };

    /// <summary>A SyntaxError on the current line with CPython's caret at index <paramref name="cur"/>.</summary>
    private SyntaxErrorException Err(string msg, int cur)
    {
        int off = cur - _lineStart;
        return _text.Error("SyntaxError", msg, _line, off, _line, off);
    }

    private Token LexRegular()
    {
        string s = _s;
        int commentStart = -1;
        while (true)
        {
            if (_atBol)
            {
                _atBol = false;
                _blankLine = false;
                var ind = HandleIndentation();
                if (ind != null) return ind;
                if (_eofError != null) return _eofError;
            }
            int p = _pos;
            while (p < _n)
            {
                char w = s[p];
                if (w == ' ' || w == '\t' || w == '\f') p++;
                else break;
            }
            _pos = p;
            if (p >= _n) return LexEof();
            char c = s[p];
            if (c == '#')
            {
                int e = s.IndexOf('\n', p);
                commentStart = p;
                _pos = e < 0 ? _n : e;
                continue;
            }
            if (c == '\n')
            {
                // like CPython, a NEWLINE after a comment starts where the comment does
                int col = (commentStart >= 0 ? commentStart : p) - _lineStart;
                int endCol = p - _lineStart + 1;
                commentStart = -1;
                int line = _line;
                _pos = p + 1;
                NewLine(_pos);
                _atBol = true;
                if (_blankLine || _brackets.Count > 0) continue;
                return new Token
                {
                    Kind = TokenKind.Newline, Start = p, End = p + 1, Line = line, Col = col,
                    EndLine = line, EndCol = endCol, Level = 0,
                };
            }
            if (c == '\\')
            {
                var eof = Continuation(p);
                if (eof != null) return eof;
                continue;
            }
            return LexToken(c, p);
        }
    }

    /// <summary>Consumes a backslash-newline; returns an EOF error token if the input ends there.</summary>
    private Token? Continuation(int p)
    {
        if (At(p + 1) != '\n')
        {
            int off = p - _lineStart + 2;
            throw _text.Error("SyntaxError", "unexpected character after line continuation character",
                _line, off, _line, off);
        }
        int line = _line;
        int col = p + 1 - _lineStart;
        _pos = p + 2;
        NewLine(_pos);
        if (_pos >= _n)
        {
            _eofError = new Token
            {
                Kind = TokenKind.ErrorToken, Flags = StringFlags.Eof, Start = _pos, End = _pos,
                Line = line, Col = col, EndLine = line, EndCol = col, Level = _brackets.Count,
            };
            return _eofError;
        }
        return null;
    }

    private Token LexEof()
    {
        if (_eofError != null) return _eofError;
        if (_brackets.Count > 0)
        {
            _eofError = Make(TokenKind.ErrorToken, _pos, _line, _pos - _lineStart);
            _eofError.Flags = StringFlags.Eof;
            return _eofError;
        }
        if (_indents.Count > 1)
        {
            _indents.RemoveAt(_indents.Count - 1);
            _altIndents.RemoveAt(_altIndents.Count - 1);
            return MakeAtEnd(TokenKind.Dedent);
        }
        return MakeAtEnd(TokenKind.EndMarker);
    }

    /// <summary>
    /// DEDENT and ENDMARKER at the end of the input: CPython places them at the end of the last
    /// line, which is where errors about a missing block are reported.
    /// </summary>
    private Token MakeAtEnd(TokenKind kind)
    {
        int line = Math.Max(1, _text.LineCount);
        int col = (_text.GetLine(line) ?? "").Length;
        return new Token
        {
            Kind = kind, Start = _n, End = _n, Line = line, Col = col, EndLine = line, EndCol = col,
            Level = _brackets.Count,
        };
    }

    /// <summary>
    /// At the beginning of a line: measures the indentation and returns an INDENT or the first
    /// DEDENT when it changes. Blank and comment-only lines are marked and never indent.
    /// </summary>
    private Token? HandleIndentation()
    {
        int col = 0, alt = 0, contCol = 0;
        int p = _pos;
        while (p < _n)
        {
            char c = _s[p];
            if (c == ' ')
            {
                col++;
                alt++;
            }
            else if (c == '\t')
            {
                col = (col / TabSize + 1) * TabSize;
                alt++;
            }
            else if (c == '\f')
            {
                col = alt = 0;
            }
            else if (c == '\\')
            {
                contCol = contCol != 0 ? contCol : col;
                var eof = Continuation(p);
                if (eof != null) return null;
                p = _pos;
                continue;
            }
            else
            {
                break;
            }
            p++;
        }
        _pos = p;
        if (p < _n && (_s[p] == '#' || _s[p] == '\n'))
        {
            _blankLine = true;
            return null;
        }
        if (_brackets.Count > 0) return null;
        if (contCol != 0) col = alt = contCol;
        int top = _indents[^1];
        if (col == top)
        {
            if (alt != _altIndents[^1]) throw TabError();
            return null;
        }
        if (col > top)
        {
            if (_indents.Count >= MaxIndent)
            {
                throw _text.Error("IndentationError", "too many levels of indentation", _line, 1);
            }
            if (alt <= _altIndents[^1]) throw TabError();
            _indents.Add(col);
            _altIndents.Add(alt);
            var t = Make(TokenKind.Indent, _lineStart, _line, 0);
            return t;
        }
        int count = 0;
        while (_indents.Count > 1 && col < _indents[^1])
        {
            _indents.RemoveAt(_indents.Count - 1);
            _altIndents.RemoveAt(_altIndents.Count - 1);
            count++;
        }
        if (col != _indents[^1])
        {
            int eol = _s.IndexOf('\n', p);
            if (eol < 0) eol = _n;
            throw _text.Error("IndentationError", "unindent does not match any outer indentation level",
                _line, eol - _lineStart + 1, _line, -1);
        }
        if (alt != _altIndents[^1]) throw TabError();
        _pendingDedents = count - 1;
        if (p >= _n) return MakeAtEnd(TokenKind.Dedent);
        return Make(TokenKind.Dedent, p, _line, p - _lineStart);
    }

    private SyntaxErrorException TabError()
        => _text.Error("TabError", "inconsistent use of tabs and spaces in indentation", _line, 1, _line, -1);

    private static bool IsAsciiIdentStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    private static bool IsAsciiIdentChar(char c)
        => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';

    /// <summary>CPython's is_potential_identifier_char: ASCII letters, digits, '_', and anything non-ASCII.</summary>
    private static bool IsPotentialIdentChar(char c) => c >= 128 || IsAsciiIdentChar(c);

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private Token LexToken(char c, int p)
    {
        if (IsAsciiIdentStart(c) || c >= 128)
        {
            if (c < 128)
            {
                // string prefixes: b, r, u, f and their legal combinations, any case
                bool b = false, r = false, u = false, f = false;
                int q = p;
                while (q < _n)
                {
                    char ch = _s[q];
                    if (!(b || u || f) && (ch == 'b' || ch == 'B')) b = true;
                    else if (!(b || u || r || f) && (ch == 'u' || ch == 'U')) u = true;
                    else if (!(r || u) && (ch == 'r' || ch == 'R')) r = true;
                    else if (!(f || b || u) && (ch == 'f' || ch == 'F')) f = true;
                    else break;
                    q++;
                    char nq = At(q);
                    if (nq == '"' || nq == '\'')
                    {
                        if (f) return LexFStringStart(p, q, r);
                        var flags = (r ? StringFlags.Raw : 0) | (b ? StringFlags.Bytes : 0) | (u ? StringFlags.Unicode : 0);
                        return LexString(p, q, flags);
                    }
                }
            }
            return LexName(p);
        }
        if (IsDigit(c)) return LexNumber(p);
        int line = _line, col = p - _lineStart;
        TokenKind kind;
        int len = 1;
        char c1 = At(p + 1);
        switch (c)
        {
            case '"':
            case '\'':
                return LexString(p, p, StringFlags.None);
            case '.':
                if (IsDigit(c1)) return LexNumber(p);
                if (c1 == '.' && At(p + 2) == '.')
                {
                    kind = TokenKind.Ellipsis;
                    len = 3;
                }
                else
                {
                    kind = TokenKind.Dot;
                }
                break;
            case '(':
            case '[':
            case '{':
                return OpenBracket(c, p);
            case ')':
            case ']':
            case '}':
                return CloseBracket(c, p);
            case ':':
                if (IsFormatSpecColon())
                {
                    var fs = _fstrings[^1];
                    fs.LiteralMode = true;
                    fs.InFormatSpec = true;
                    _pos = p + 1;
                    var t = Make(TokenKind.Colon, p, line, col);
                    t.Flags = StringFlags.FormatSpecColon;
                    return t;
                }
                if (c1 == '=')
                {
                    kind = TokenKind.ColonEqual;
                    len = 2;
                }
                else
                {
                    kind = TokenKind.Colon;
                }
                break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '~': kind = TokenKind.Tilde; break;
            case '+': (kind, len) = c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1); break;
            case '-':
                (kind, len) = c1 == '=' ? (TokenKind.MinEqual, 2) : c1 == '>' ? (TokenKind.RArrow, 2) : (TokenKind.Minus, 1);
                break;
            case '*':
                if (c1 == '*') (kind, len) = At(p + 2) == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2);
                else (kind, len) = c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
                break;
            case '/':
                if (c1 == '/') (kind, len) = At(p + 2) == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2);
                else (kind, len) = c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
                break;
            case '%': (kind, len) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1); break;
            case '@': (kind, len) = c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1); break;
            case '&': (kind, len) = c1 == '=' ? (TokenKind.AmperEqual, 2) : (TokenKind.Amper, 1); break;
            case '|': (kind, len) = c1 == '=' ? (TokenKind.VBarEqual, 2) : (TokenKind.VBar, 1); break;
            case '^': (kind, len) = c1 == '=' ? (TokenKind.CircumflexEqual, 2) : (TokenKind.Circumflex, 1); break;
            case '<':
                if (c1 == '<') (kind, len) = At(p + 2) == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2);
                else if (c1 == '=') (kind, len) = (TokenKind.LessEqual, 2);
                else if (c1 == '>') (kind, len) = (TokenKind.NotEqual, 2); // "<>": rejected by the parser
                else (kind, len) = (TokenKind.Less, 1);
                break;
            case '>':
                if (c1 == '>') (kind, len) = At(p + 2) == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2);
                else (kind, len) = c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1);
                break;
            case '=': (kind, len) = c1 == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1); break;
            case '!': (kind, len) = c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.Exclamation, 1); break;
            default:
                if (c < ' ' || c == '\x7f')
                {
                    throw Err($"invalid non-printable character U+{(int)c:X4}", p + 1);
                }
                kind = TokenKind.ErrorToken;
                break;
        }
        _pos = p + len;
        return Make(kind, p, line, col);
    }

    private Token OpenBracket(char c, int p)
    {
        if (_brackets.Count >= MaxLevel) throw Err("too many nested parentheses", p + 1);
        _brackets.Add(new Bracket(c, _line, p - _lineStart));
        if (_fstrings.Count > 0) _fstrings[^1].CurlyDepth++;
        _pos = p + 1;
        var kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
        return Make(kind, p, _line, p - _lineStart);
    }

    private Token CloseBracket(char c, int p)
    {
        FStringState? fs = _fstrings.Count > 0 ? _fstrings[^1] : null;
        if (fs != null && fs.CurlyDepth == 0 && c == '}')
        {
            throw Err("f-string: single '}' is not allowed", p + 1);
        }
        if (_brackets.Count == 0) throw Err($"unmatched '{c}'", p + 1);
        var open = _brackets.Pop();
        bool match = (open.Ch == '(' && c == ')') || (open.Ch == '[' && c == ']') || (open.Ch == '{' && c == '}');
        if (!match)
        {
            if (fs != null && open.Ch == '{' && fs.CurlyDepth - 1 == fs.ExprDepth)
            {
                throw Err($"f-string: unmatched '{c}'", p + 1);
            }
            if (open.Line != _line)
            {
                throw Err($"closing parenthesis '{c}' does not match opening parenthesis '{open.Ch}' on line {open.Line}", p + 1);
            }
            throw Err($"closing parenthesis '{c}' does not match opening parenthesis '{open.Ch}'", p + 1);
        }
        if (fs != null)
        {
            fs.CurlyDepth--;
            if (fs.CurlyDepth < 0) throw Err($"f-string: unmatched '{c}'", p + 1);
            if (c == '}' && fs.CurlyDepth == fs.ExprDepth)
            {
                fs.ExprDepth--;
                fs.LiteralMode = true;
                fs.InFormatSpec = false;
            }
        }
        _pos = p + 1;
        var kind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
        return Make(kind, p, _line, p - _lineStart);
    }

    private Token LexName(int p)
    {
        int start = p;
        bool nonAscii = false;
        while (p < _n)
        {
            char ch = _s[p];
            if (ch < 128)
            {
                if (!IsAsciiIdentChar(ch)) break;
            }
            else
            {
                nonAscii = true;
            }
            p++;
        }
        _pos = p;
        var tok = Make(TokenKind.Name, start, _line, start - _lineStart);
        var span = _s.AsSpan(start, p - start);
        if (nonAscii)
        {
            VerifyIdentifier(start, p);
            tok.Value = Vm.Text.Ucd.UnicodeDatabase.Instance.Normalize("NFKC", span.ToString())!;
            return tok;
        }
        var kw = KeywordKind(span);
        if (kw != TokenKind.Name) tok.Kind = kw;
        // one string per distinct name in a source
        if (!_nameLookup.TryGetValue(span, out var name))
        {
            name = span.ToString();
            _names[name] = name;
        }
        tok.Value = name;
        return tok;
    }

    /// <summary>PEP 3131: the first code point must be XID_Start (or '_'), the rest XID_Continue.</summary>
    private void VerifyIdentifier(int start, int end)
    {
        int i = start;
        bool first = true;
        while (i < end)
        {
            int cp;
            int width = 1;
            char ch = _s[i];
            if (char.IsHighSurrogate(ch) && i + 1 < end && char.IsLowSurrogate(_s[i + 1]))
            {
                cp = char.ConvertToUtf32(ch, _s[i + 1]);
                width = 2;
            }
            else
            {
                cp = ch;
            }
            bool ok = first ? IsXidStart(cp) : IsXidContinue(cp);
            if (!ok)
            {
                string shown = width == 2 ? _s.Substring(i, 2) : ch.ToString();
                string msg = IsPrintable(cp)
                    ? $"invalid character '{shown}' (U+{cp:X4})"
                    : $"invalid non-printable character U+{cp:X4}";
                throw Err(msg, i + width);
            }
            first = false;
            i += width;
        }
    }

    private static bool IsXidStart(int cp)
    {
        if (cp < 128) return IsAsciiIdentStart((char)cp);
        if (cp is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C) return true;
        var cat = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is System.Globalization.UnicodeCategory.UppercaseLetter
            or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter
            or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.LetterNumber;
    }

    private static bool IsXidContinue(int cp)
    {
        if (cp < 128) return IsAsciiIdentChar((char)cp);
        if (IsXidStart(cp)) return true;
        if (cp is 0x00B7 or 0x0387 or 0x19DA or 0x200C or 0x200D || (cp >= 0x1369 && cp <= 0x1371)) return true;
        var cat = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.DecimalDigitNumber
            or System.Globalization.UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>Python's str.isprintable for one code point.</summary>
    internal static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        var cat = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is not (System.Globalization.UnicodeCategory.Control
            or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.Surrogate
            or System.Globalization.UnicodeCategory.PrivateUse
            or System.Globalization.UnicodeCategory.OtherNotAssigned
            or System.Globalization.UnicodeCategory.LineSeparator
            or System.Globalization.UnicodeCategory.ParagraphSeparator
            or System.Globalization.UnicodeCategory.SpaceSeparator);
    }
}
