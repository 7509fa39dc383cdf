namespace Vm.Text;

/// <summary>
/// A compile-time error raised by the tokenizer, parser, symbol table or compiler.
/// The runtime turns it into a Python SyntaxError / IndentationError / TabError object
/// with CPython's attributes (filename, lineno, offset, text, end_lineno, end_offset).
/// </summary>
public sealed class SyntaxErrorException : Exception
{
    /// <summary>"SyntaxError", "IndentationError" or "TabError".</summary>
    public string Kind { get; }
    public string Msg { get; }
    public string FileName { get; }
    /// <summary>1-based line number.</summary>
    public int Line { get; }
    /// <summary>1-based column offset of the caret, as CPython's `offset`.</summary>
    public int Offset { get; }
    public int EndLine { get; }
    public int EndOffset { get; }
    /// <summary>The source line (without its newline), or null if unknown.</summary>
    public string? SourceLine { get; }

    /// <summary>
    /// MemoryError (parser stack overflow) or RecursionError (compiler nesting): raised like
    /// CPython's, as a plain exception with only the message, without a source location.
    /// </summary>
    public bool IsResourceError => Kind is "MemoryError" or "RecursionError";

    /// <summary>
    /// Set by the parser: the input ran out before the error (an unclosed bracket or triple-quoted
    /// string, a block or statement cut off at the end), so more input could complete it. compile()
    /// with PyCF_ALLOW_INCOMPLETE_INPUT (codeop) raises _IncompleteInputError for such errors.
    /// </summary>
    public bool AtEndOfInput { get; set; }

    public SyntaxErrorException(string kind, string msg, string fileName, int line, int offset,
        string? sourceLine, int endLine = 0, int endOffset = 0)
        : base(msg)
    {
        Kind = kind;
        Msg = msg;
        FileName = fileName;
        Line = line;
        Offset = offset;
        SourceLine = sourceLine;
        EndLine = endLine == 0 ? line : endLine;
        EndOffset = endOffset == 0 ? offset + 1 : endOffset;
    }
}
