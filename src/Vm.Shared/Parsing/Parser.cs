using System.Runtime.CompilerServices;
using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;
using Vm.Text;

namespace Vm.Parsing;

/// <summary>
/// A hand-written recursive-descent parser for Python 3.13, producing the tree in Vm.Ast.
///
/// It follows CPython's grammar (Grammar/python.gram) rule by rule and decides with one or two
/// tokens of lookahead. Tokens are pulled from the tokenizer on demand into a list, so the few
/// places that need backtracking (the parenthesised `with` form, the `match` soft keyword) can
/// save and restore the position; the list is trimmed at statement boundaries.
///
/// Errors aim to be exactly CPython's (message, line, offset), which the tests check against
/// CPython 3.13 itself. CPython parses twice: a plain pass, and after a failure a pass with its
/// "invalid_" rules that name the mistake. Here those rules are checks made only where the input
/// is already wrong (an expression followed by another inside brackets: "forgot a comma?"; an
/// invalid assignment target followed by `= value`: "Maybe you meant '=='?"; ...). They look
/// ahead with probes: speculative parses that restore the position, run with the checks off, and
/// accept the longest prefix that parses, as PEG rules do. "invalid syntax" is reported at the
/// furthest token looked at outside probes, which is where CPython's first pass stopped. When the
/// parser fails, the rest of the input is tokenized and a tokenizer error found there (an
/// unterminated string, a bad number, an unclosed bracket opened on an earlier line) wins, as in
/// CPython; reading the end of the input inside brackets is an error at once.
///
/// Recursion: binary operator levels, unary operators, `not`, `**` chains, conditional-expression
/// chains and elif chains are parsed with loops. What still recurses (brackets, lambda bodies,
/// nested blocks, f-string fields) is counted and bounded, and also checked against the real
/// stack, so deep input gives a SyntaxError instead of a crash.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Bound on real recursion (brackets, lambdas, blocks, f-string fields).</summary>
    private const int MaxDepth = 1000;

    /// <summary>Bound on iteratively parsed chains (unary operators, `not`, `**`, `x if c else`).</summary>
    private const int MaxChain = 3000;

    private const string TooComplex = "Parser stack overflowed - Python source too complex to parse";

    private readonly SourceText _text;
    private readonly Tokenizer _tokenizer;
    /// <summary>Where the input ended, before SourceText added a missing final newline: tokens at or
    /// past it (that newline, the DEDENTs and ENDMARKER) were implied by the end of the input.</summary>
    private readonly int _inputEnd;
    private readonly List<Token> _tokens = new(256);
    private readonly HashSet<Expr> _parenthesized = new(ReferenceEqualityComparer.Instance);
    private int _pos;
    /// <summary>The furthest token index looked at outside of probes: where CPython reports "invalid syntax".</summary>
    private int _furthest;
    private int _depth;
    /// <summary>Suppresses the "Perhaps you forgot a comma?" probe while it is probing.</summary>
    private bool _probing;
    /// <summary>Set for errors no backtracking may hide (a bad escape in a literal).</summary>
    private bool _hard;
    /// <summary>The last "invalid syntax"-style error made: a probe that allows specific errors backtracks only on this.</summary>
    private SyntaxErrorException? _lastGeneric;
    /// <summary>Set while the legacy print-statement probe runs, which does not nest.</summary>
    private bool _inLegacyProbe;

    /// <summary>May a speculative parse catch the error just raised and try something else?</summary>
    private bool CanBacktrack => !_tokenizer.Failed && !_hard;

    /// <summary>Marks an error raised while building a literal: CPython raises it from its parser action, so it stands.</summary>
    private SyntaxErrorException Hard(SyntaxErrorException e)
    {
        _hard = true;
        return e;
    }

    public Parser(string source, string fileName)
    {
        _text = new SourceText(source, fileName);
        _tokenizer = new Tokenizer(_text);
        _inputEnd = _text.Text.Length - (source.Length > 0 && source[^1] is not ('\n' or '\r') ? 1 : 0);
    }

    /// <summary>PyCF_DONT_IMPLY_DEDENT: input without a final newline that ends inside an indented
    /// block is incomplete (the block may go on), as codeop asks.</summary>
    public bool DontImplyDedent { get; init; }

    // ------------------------------------------------------------------ entry points

    public Module ParseFile()
    {
        return Run(() =>
        {
            var body = new List<Stmt>();
            while (!At(TokenKind.EndMarker)) ParseStatement(body);
            return new Module(body);
        });
    }

    public Expr ParseEval()
    {
        return Run(() =>
        {
            var e = ParseExpressions();
            while (Accept(TokenKind.Newline)) { }
            if (!At(TokenKind.EndMarker)) throw Generic(Peek());
            return e;
        });
    }

    public Module ParseInteractive()
    {
        return Run(() =>
        {
            var body = new List<Stmt>();
            if (!At(TokenKind.EndMarker))
            {
                ParseStatement(body);
                while (Accept(TokenKind.Newline)) { }
                if (!At(TokenKind.EndMarker))
                {
                    // CPython points at the end of the first statement
                    int i = _pos - 1;
                    while (i > 0 && _tokens[i].Kind != TokenKind.Newline) i--;
                    throw ErrorAt(_tokens[i], "multiple statements found while compiling a single statement");
                }
            }
            return new Module(body);
        });
    }

    private T Run<T>(Func<T> parse) where T : Vm.Ast.Node
    {
        T root;
        try
        {
            root = parse();
        }
        catch (SyntaxErrorException e)
        {
            // CPython reports an unexpected INDENT/DEDENT as is, without looking further
            var reported = _tokenizer.Failed || e.Msg is "unexpected indent" or "unexpected unindent"
                ? e : PreferTokenizerError(e);
            reported.AtEndOfInput = RanOutOfInput(reported);
            throw reported;
        }
        if (DontImplyDedent && EndsInsideBlock())
        {
            var last = _tokens[^1];
            throw new SyntaxErrorException("SyntaxError", "incomplete input", _text.FileName, last.Line, last.Col + 1,
                null) { AtEndOfInput = true };
        }
        Vm.Compiling.CompileWarnings.AttachTo(root, _text.Warnings);
        return root;
    }

    /// <summary>Did the input run out before the error: an unclosed bracket or triple-quoted string,
    /// a line continuation at the end, or a parser error at a token the end of the input implied?</summary>
    private bool RanOutOfInput(SyntaxErrorException e)
    {
        if (e.Msg.EndsWith(" was never closed", StringComparison.Ordinal)
            || e.Msg.StartsWith("unterminated triple-quoted string literal", StringComparison.Ordinal)
            || e.Msg == "unexpected EOF while parsing")
        {
            return true;
        }
        if (_tokenizer.Failed || _tokens.Count == 0) return false;
        return _tokens[Math.Min(_furthest, _tokens.Count - 1)].Start >= _inputEnd;
    }

    /// <summary>Input without its final newline whose last line is inside an indented block (a DEDENT
    /// was implied at the end).</summary>
    private bool EndsInsideBlock()
    {
        if (_inputEnd == _text.Text.Length) return false;
        for (int i = _tokens.Count - 1; i >= 0 && _tokens[i].Start >= _inputEnd; i--)
        {
            if (_tokens[i].Kind == TokenKind.Dedent) return true;
        }
        return false;
    }

    /// <summary>
    /// CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, a
    /// tokenizer error further on (or an unclosed bracket from an earlier line) is reported
    /// instead.
    /// </summary>
    private SyntaxErrorException PreferTokenizerError(SyntaxErrorException parserError)
    {
        int errorLine = _tokens.Count > 0 ? _tokens[^1].Line : parserError.Line;
        try
        {
            while (true)
            {
                var t = _tokenizer.Next();
                if (t.Kind == TokenKind.EndMarker) break;
                if (t.IsEof)
                {
                    if (_tokenizer.Level > 0 && _tokenizer.InnermostBracket.Line < errorLine && !_tokenizer.InFString)
                    {
                        return Unclosed();
                    }
                    break;
                }
            }
        }
        catch (SyntaxErrorException tokenizerError)
        {
            // CPython keeps the parser's error when the tokenizer fails inside an f-string, and
            // for the errors its tokenizer signals without raising (bad dedent, tabs,
            // indentation depth, a character after a line continuation)
            if (!_tokenizer.FailedInFString && !IsSignalledTokenizerError(tokenizerError.Msg)) return tokenizerError;
        }
        return parserError;
    }

    private static bool IsSignalledTokenizerError(string msg) => msg is "unindent does not match any outer indentation level"
        or "inconsistent use of tabs and spaces in indentation" or "too many levels of indentation"
        or "unexpected character after line continuation character";

    // ------------------------------------------------------------------ tokens

    private Token Peek()
    {
        if (_pos > _furthest && !_probing) _furthest = _pos;
        if (_pos < _tokens.Count) return _tokens[_pos];
        return Fill(_pos);
    }

    private Token PeekAt(int k)
    {
        int i = _pos + k;
        if (i > _furthest && !_probing) _furthest = i;
        if (i < _tokens.Count) return _tokens[i];
        return Fill(i);
    }

    /// <summary>A look at the token k ahead that does not count as reached for error locations.</summary>
    private Token PeekQuietly(int k)
    {
        int i = _pos + k;
        return i < _tokens.Count ? _tokens[i] : Fill(i);
    }

    private Token Fill(int index)
    {
        while (_tokens.Count <= index)
        {
            if (_tokens.Count > 0)
            {
                var last = _tokens[^1];
                if (last.Kind == TokenKind.EndMarker || last.IsEof) return last;
            }
            var tok = _tokenizer.Next();
            _tokens.Add(tok);
            if (tok.IsEof)
            {
                // like CPython, reading the end of the input inside brackets (or after a line
                // continuation) is an error at once, whatever rule was looking
                _hard = true;
                throw Generic(tok);
            }
        }
        return _tokens[index];
    }

    private Token Next()
    {
        var t = Peek();
        if (_pos < _tokens.Count && t.Kind != TokenKind.EndMarker && !t.IsEof) _pos++;
        return t;
    }

    /// <summary>The last token consumed.</summary>
    private Token Prev => _tokens[_pos - 1];

    /// <summary>
    /// The last token consumed that is not NEWLINE, INDENT or DEDENT: where CPython ends a node
    /// (so a compound statement ends at its block's last token, a trailing ';' included).
    /// </summary>
    private Token LastNonWhitespace()
    {
        int i = _pos - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent) i--;
        return _tokens[i];
    }

    private bool At(TokenKind kind) => Peek().Kind == kind;

    private bool Accept(TokenKind kind)
    {
        if (Peek().Kind != kind) return false;
        Next();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        var t = Peek();
        if (t.Kind != kind) throw Generic(t);
        return Next();
    }

    /// <summary>CPython's forced token (&amp;&amp;'x'): "expected 'x'" at the current token.</summary>
    private Token ExpectForced(TokenKind kind, string text)
    {
        var t = Peek();
        if (t.Kind != kind)
        {
            if (t.IsEof || t.Kind is TokenKind.Indent or TokenKind.Dedent) throw Generic(t);
            throw ErrorAt(t, $"expected '{text}'");
        }
        return Next();
    }

    private string ExpectName() => (string)Expect(TokenKind.Name).Value!;

    private string TokenText(Token t) => _text.Text.Substring(t.Start, t.End - t.Start);

    // ------------------------------------------------------------------ depth

    private void Enter()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw TooComplexError();
        }
    }

    private void Leave() => _depth--;

    /// <summary>CPython raises MemoryError (not SyntaxError) when its parser stack overflows.</summary>
    private SyntaxErrorException TooComplexError() => new("MemoryError", TooComplex, _text.FileName, 0, 0, null);

    /// <summary>
    /// At the start of a statement: forgets the tokens before it (no backtracking reaches back
    /// past a statement), so a long file does not keep all its tokens alive.
    /// </summary>
    private void TrimTokens()
    {
        int drop = _pos - 1;
        if (drop < 512) return;
        _tokens.RemoveRange(0, drop);
        _pos -= drop;
        _furthest = Math.Max(0, _furthest - drop);
    }

    // ------------------------------------------------------------------ positions

    private T Fin<T>(T node, Token start) where T : Node
    {
        var end = LastNonWhitespace();
        node.Line = start.Line;
        node.Col = start.Col;
        node.EndLine = end.EndLine;
        node.EndCol = end.EndCol;
        return node;
    }

    private static T Span<T>(T node, Node start, Node end) where T : Node
    {
        node.Line = start.Line;
        node.Col = start.Col;
        node.EndLine = end.EndLine;
        node.EndCol = end.EndCol;
        return node;
    }

    private static T Span<T>(T node, Token start, Node end) where T : Node
    {
        node.Line = start.Line;
        node.Col = start.Col;
        node.EndLine = end.EndLine;
        node.EndCol = end.EndCol;
        return node;
    }

    private static T Span<T>(T node, Token start, Token end) where T : Node
    {
        node.Line = start.Line;
        node.Col = start.Col;
        node.EndLine = end.EndLine;
        node.EndCol = end.EndCol;
        return node;
    }

    // ------------------------------------------------------------------ errors

    private SyntaxErrorException ErrorAt(Token t, string msg)
        => _text.Error("SyntaxError", msg, t.Line, OffsetOf(t), t.EndLine, t.EndCol + 1);

    /// <summary>
    /// The 1-based offset CPython reports for an error at a token. Its INDENT and DEDENT tokens
    /// have no column, so it uses the position after the indentation (after the line, at the end).
    /// </summary>
    private int OffsetOf(Token t)
    {
        if (t.Kind == TokenKind.Indent) return t.EndCol;
        if (t.Kind == TokenKind.Dedent && t.Start < _text.Text.Length) return t.Col;
        return t.Col + 1;
    }

    private SyntaxErrorException ErrorAt(Node n, string msg)
        => _text.Error("SyntaxError", msg, n.Line, n.Col + 1, n.EndLine, n.EndCol + 1);

    private SyntaxErrorException ErrorRange(Node a, Node b, string msg)
        => _text.Error("SyntaxError", msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    private SyntaxErrorException ErrorRange(Token a, Node b, string msg)
        => _text.Error("SyntaxError", msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    private SyntaxErrorException ErrorRange(Node a, Token b, string msg)
        => _text.Error("SyntaxError", msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    private SyntaxErrorException ErrorRange(Token a, Token b, string msg)
        => _text.Error("SyntaxError", msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    /// <summary>
    /// The error for input that matches nothing: "invalid syntax" (or "unexpected indent", an
    /// unclosed bracket at the end...) at the furthest token looked at, as CPython reports it,
    /// or at <paramref name="t"/> if that is further.
    /// </summary>
    private SyntaxErrorException Generic(Token t)
    {
        var e = GenericCore(t);
        _lastGeneric = e;
        return e;
    }

    private SyntaxErrorException GenericCore(Token t)
    {
        if (_furthest < _tokens.Count)
        {
            var far = _tokens[_furthest];
            if (far.Start > t.Start || (far.Start == t.Start && far.Kind != t.Kind && t.Kind is TokenKind.Dedent or TokenKind.Indent)) t = far;
        }
        if (t.IsEof)
        {
            if (_tokenizer.Level > 0) return Unclosed();
            return _text.Error("SyntaxError", "unexpected EOF while parsing", t.Line, t.Col + 1, t.Line, -1);
        }
        if (t.Kind == TokenKind.Indent)
        {
            return _text.Error("IndentationError", "unexpected indent", t.Line, t.EndCol, t.Line, -1);
        }
        if (t.Kind == TokenKind.Dedent)
        {
            return _text.Error("IndentationError", "unexpected unindent", t.Line, OffsetOf(t), t.Line, -1);
        }
        if (t.Kind == TokenKind.EndMarker)
        {
            // no column, and this error uses the token's own (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION)
            return _text.Error("SyntaxError", "invalid syntax", t.Line, 0, t.Line, 0);
        }
        return ErrorAt(t, "invalid syntax");
    }

    private SyntaxErrorException Unclosed()
    {
        var (ch, line, col) = _tokenizer.InnermostBracket;
        return _text.Error("SyntaxError", $"'{ch}' was never closed", line, col + 1, line, col + 2);
    }
}
