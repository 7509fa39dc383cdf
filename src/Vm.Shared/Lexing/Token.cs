namespace Vm.Lexing;

/// <summary>The kinds of token produced by <see cref="Tokenizer"/>.</summary>
public enum TokenKind : byte
{
    EndMarker,
    Newline,
    Indent,
    Dedent,
    Name,
    Number,
    String,
    FStringStart,
    FStringMiddle,
    FStringEnd,

    /// <summary>
    /// A character that starts no token (`$`, `?`, a backtick), or the end of the input while
    /// brackets are open or right after a line continuation (<see cref="Token.IsEof"/>).
    /// </summary>
    ErrorToken,

    // operators and delimiters
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper,
    Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex,
    LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual,
    AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual,
    DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual, Exclamation,

    // hard keywords (soft keywords `match`, `case`, `type`, `_` are Names)
    KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass, KwContinue,
    KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal, KwIf, KwImport, KwIn,
    KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile, KwWith, KwYield,
}

/// <summary>Facts about a string token's prefix and quoting.</summary>
[Flags]
public enum StringFlags : byte
{
    None = 0,
    Raw = 1,
    Bytes = 2,
    /// <summary>The `u` prefix (recorded as Constant.Kind "u").</summary>
    Unicode = 4,
    Triple = 8,
    /// <summary>On a Colon token: this colon starts the format spec of an f-string field.</summary>
    FormatSpecColon = 16,
    /// <summary>On an ErrorToken: the input ended.</summary>
    Eof = 32,
}

/// <summary>
/// One token. Positions follow CPython: 1-based lines, 0-based columns (counted in UTF-16 code
/// units of the source, not UTF-8 bytes); End/EndCol are exclusive.
/// </summary>
public sealed class Token
{
    public TokenKind Kind;
    /// <summary>Index of the first character in <see cref="SourceText.Text"/>.</summary>
    public int Start;
    /// <summary>Index just past the last character.</summary>
    public int End;
    public int Line;
    public int Col;
    public int EndLine;
    public int EndCol;

    /// <summary>
    /// Name: the identifier (NFKC-normalised). Keyword: its text. Number: long, BigInteger, double
    /// or Complex. String: string or byte[] (escapes decoded). FStringMiddle: the decoded text.
    /// </summary>
    public object? Value;

    public StringFlags Flags;

    /// <summary>Bracket nesting level after this token.</summary>
    public int Level;

    /// <summary>
    /// A decoding error of a string literal (bad escape, non-ASCII in bytes). CPython reports these
    /// from the parser, when the literal is used, so the tokenizer only records them here.
    /// </summary>
    public Vm.Text.SyntaxErrorException? Error;

    public bool IsEof => Kind == TokenKind.ErrorToken && (Flags & StringFlags.Eof) != 0;

    public override string ToString() => $"{Kind} {Value} @{Line}:{Col}-{EndLine}:{EndCol}";
}
