// Translates Python regular expression syntax (CPython 3.13 `re`) into .NET Regex syntax, and
// reports Python's PatternError messages for malformed patterns. Groups become plain numbered
// .NET groups (so numbering follows Python's left-to-right order); the translator keeps the
// group names and the group nesting (for Match.lastindex).
using System.Text;

namespace Vm.Modules;

public sealed class RePatternException : Exception
{
    public readonly string Msg;
    public readonly int Pos;

    public RePatternException(string msg, int pos) : base(msg)
    {
        Msg = msg;
        Pos = pos;
    }
}

public sealed class ReTranslation
{
    public string Net = "";
    public int Groups;
    public readonly Dictionary<string, int> GroupIndex = new();
    /// <summary>Parent group of each group (0 = top level), index 1..Groups.</summary>
    public readonly List<int> Parent = [0];
    /// <summary>Python flags after inline global flags.</summary>
    public int Flags;
}

public sealed class ReTranslator
{
    public const int IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64, DEBUG = 128, ASCII = 256;

    private readonly string _p;
    private int _i;
    private readonly StringBuilder _o = new();
    private readonly ReTranslation _t = new();
    private readonly bool _bytes;
    private readonly Stack<(bool Ascii, bool Verbose)> _scopes = new();
    private bool _ascii, _verbose;
    private readonly Stack<int> _openGroups = new();

    private ReTranslator(string pattern, int flags, bool bytes)
    {
        _p = pattern;
        _bytes = bytes;
        _t.Flags = flags;
    }

    public static ReTranslation Translate(string pattern, int flags, bool bytes)
    {
        var tr = new ReTranslator(pattern, flags, bytes);
        tr.Run();
        return tr._t;
    }

    private void Run()
    {
        ParseGlobalFlags();
        if (_bytes && (_t.Flags & UNICODE) != 0) throw new RePatternException("cannot use UNICODE flag with a bytes pattern", 0);
        if ((_t.Flags & (ASCII | UNICODE)) == (ASCII | UNICODE)) throw new RePatternException("ASCII and UNICODE flags are incompatible", 0);
        if (!_bytes && (_t.Flags & ASCII) == 0) _t.Flags |= UNICODE;
        _ascii = _bytes || (_t.Flags & ASCII) != 0;
        _verbose = (_t.Flags & VERBOSE) != 0;
        ParseSequence(0, topLevel: true);
        _t.Net = _o.ToString();
    }

    /// <summary>Python 3.11+: global inline flags must be at the start: (?aiLmsux).</summary>
    private void ParseGlobalFlags()
    {
        int scan = 0;
        while (scan + 2 < _p.Length && _p[scan] == '(' && _p[scan + 1] == '?')
        {
            int j = scan + 2;
            int f = 0;
            while (j < _p.Length && "aiLmsux".IndexOf(_p[j]) >= 0)
            {
                f |= FlagOf(_p[j]);
                j++;
            }
            if (j == scan + 2 || j >= _p.Length || _p[j] != ')') break;
            _t.Flags |= f;
            scan = j + 1;
        }
    }

    private static int FlagOf(char c) => c switch
    {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        _ => 0,
    };

    private bool AtEnd => _i >= _p.Length;

    private void SkipVerbose()
    {
        if (!_verbose) return;
        while (_i < _p.Length)
        {
            char c = _p[_i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') _i++;
            else if (c == '#')
            {
                while (_i < _p.Length && _p[_i] != '\n') _i++;
            }
            else break;
        }
    }

    /// <summary>Parses alternatives until ')' (or the end at top level).</summary>
    private void ParseSequence(int groupStart, bool topLevel)
    {
        int lastAtom = -1;      // output index where the last repeatable atom starts
        bool lastWasQuant = false;
        while (true)
        {
            SkipVerbose();
            if (AtEnd)
            {
                if (!topLevel) throw new RePatternException("missing ), unterminated subpattern", groupStart);
                return;
            }
            char c = _p[_i];
            int atomPos = _i;
            switch (c)
            {
                case ')':
                    if (topLevel) throw new RePatternException("unbalanced parenthesis", _i);
                    return;
                case '|':
                    _o.Append('|');
                    _i++;
                    lastAtom = -1;
                    lastWasQuant = false;
                    continue;
                case '*':
                case '+':
                case '?':
                case '{':
                {
                    if (c == '{' && !IsQuantifierBrace(out _, out _))
                    {
                        lastAtom = _o.Length;
                        _o.Append("\\{");
                        _i++;
                        lastWasQuant = false;
                        continue;
                    }
                    if (lastAtom < 0) throw new RePatternException("nothing to repeat", _i);
                    if (lastWasQuant) throw new RePatternException("multiple repeat", _i);
                    int qstart = _o.Length;
                    if (c == '{')
                    {
                        IsQuantifierBrace(out var lo, out var hi);
                        int close = _p.IndexOf('}', _i);
                        if (lo != null && hi != null && long.Parse(hi) < long.Parse(lo))
                            throw new RePatternException("min repeat greater than max repeat", _i + 1);
                        _o.Append('{').Append(lo ?? "0");
                        if (_p.AsSpan(_i, close - _i).Contains(',')) _o.Append(',').Append(hi ?? "");
                        _o.Append('}');
                        _i = close + 1;
                    }
                    else
                    {
                        _o.Append(c);
                        _i++;
                    }
                    if (!AtEnd && _p[_i] == '?')
                    {
                        _o.Append('?');
                        _i++;
                    }
                    else if (!AtEnd && _p[_i] == '+')
                    {
                        // Possessive quantifier: an atomic group around atom + quantifier.
                        _o.Insert(lastAtom, "(?>");
                        _o.Append(')');
                        _i++;
                    }
                    _ = qstart;
                    lastWasQuant = true;
                    continue;
                }
                case '(':
                    lastAtom = _o.Length;
                    ParseGroup();
                    lastWasQuant = false;
                    continue;
                case '[':
                    lastAtom = _o.Length;
                    ParseClass();
                    lastWasQuant = false;
                    continue;
                case '\\':
                    lastAtom = _o.Length;
                    bool repeatable = ParseEscape(false);
                    if (!repeatable) lastAtom = -1;
                    lastWasQuant = false;
                    continue;
                case '^':
                case '$':
                    _o.Append(c);
                    _i++;
                    lastAtom = -1;
                    lastWasQuant = false;
                    continue;
                case '.':
                    lastAtom = _o.Length;
                    _o.Append('.');
                    _i++;
                    lastWasQuant = false;
                    continue;
                default:
                    lastAtom = _o.Length;
                    AppendLiteral(c);
                    _i++;
                    lastWasQuant = false;
                    _ = atomPos;
                    continue;
            }
        }
    }

    /// <summary>True if the '{' at _i starts a valid {m}, {m,}, {,n} or {m,n} quantifier.</summary>
    private bool IsQuantifierBrace(out string? lo, out string? hi)
    {
        lo = hi = null;
        int j = _i + 1;
        int s = j;
        while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
        if (j > s) lo = _p[s..j];
        if (j < _p.Length && _p[j] == '}')
        {
            if (lo == null) return false;
            hi = lo;
            return true;
        }
        if (j >= _p.Length || _p[j] != ',') return false;
        j++;
        s = j;
        while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
        if (j > s) hi = _p[s..j];
        return j < _p.Length && _p[j] == '}';
    }

    private void AppendLiteral(char c)
    {
        if (c is '\\' or '*' or '+' or '?' or '|' or '{' or '}' or '[' or ']' or '(' or ')' or '^' or '$' or '.' or '#' or ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
        {
            switch (c)
            {
                case '\t': _o.Append("\\t"); return;
                case '\n': _o.Append("\\n"); return;
                case '\r': _o.Append("\\r"); return;
                case '\f': _o.Append("\\f"); return;
                case '\v': _o.Append("\\v"); return;
                case ' ': _o.Append("\\x20"); return;
            }
            _o.Append('\\').Append(c);
            return;
        }
        _o.Append(c);
    }

    private void AppendCodePoint(int cp, bool inClass)
    {
        if (cp < 0x10000)
        {
            char ch = (char)cp;
            if (ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0)) _o.Append("\\u").Append(cp.ToString("X4"));
            else if (inClass)
            {
                if (ch is '\\' or ']' or '[' or '^' or '-') _o.Append('\\');
                _o.Append(ch);
            }
            else AppendLiteral(ch);
            return;
        }
        var s = char.ConvertFromUtf32(cp);
        if (inClass) _o.Append(s);
        else _o.Append("(?:").Append(s).Append(')');
    }

    private void ParseGroup()
    {
        int start = _i;
        _i++; // (
        if (!AtEnd && _p[_i] == '?')
        {
            _i++;
            if (AtEnd) throw new RePatternException("unexpected end of pattern", _i);
            char k = _p[_i];
            switch (k)
            {
                case ':':
                    _i++;
                    _o.Append("(?:");
                    ParseSequence(start, false);
                    Close(start);
                    return;
                case '>':
                    _i++;
                    _o.Append("(?>");
                    ParseSequence(start, false);
                    Close(start);
                    return;
                case '=':
                case '!':
                    _i++;
                    _o.Append("(?").Append(k);
                    ParseSequence(start, false);
                    Close(start);
                    return;
                case '#':
                {
                    int close = _p.IndexOf(')', _i);
                    if (close < 0) throw new RePatternException("missing ), unterminated comment", start);
                    _i = close + 1;
                    return;
                }
                case '<':
                {
                    _i++;
                    if (!AtEnd && (_p[_i] == '=' || _p[_i] == '!'))
                    {
                        char la = _p[_i++];
                        _o.Append("(?<").Append(la);
                        ParseSequence(start, false);
                        Close(start);
                        return;
                    }
                    throw new RePatternException("unknown extension ?<" + (AtEnd ? "" : _p[_i].ToString()), start + 1);
                }
                case 'P':
                {
                    _i++;
                    if (AtEnd) throw new RePatternException("unexpected end of pattern", _i);
                    if (_p[_i] == '<')
                    {
                        int nameStart = _i + 1;
                        int close = _p.IndexOf('>', nameStart);
                        if (close < 0) throw new RePatternException("missing >, unterminated name", nameStart);
                        var name = _p[nameStart..close];
                        if (name.Length == 0) throw new RePatternException("missing group name", nameStart);
                        if (!IsIdentifier(name)) throw new RePatternException($"bad character in group name '{name}'", nameStart);
                        _i = close + 1;
                        int idx = OpenGroup();
                        if (_t.GroupIndex.TryGetValue(name, out var prev))
                            throw new RePatternException($"redefinition of group name '{name}' as group {idx}; was group {prev}", nameStart);
                        _t.GroupIndex[name] = idx;
                        _o.Append('(');
                        ParseSequence(start, false);
                        Close(start);
                        _openGroups.Pop();
                        return;
                    }
                    if (_p[_i] == '=')
                    {
                        int nameStart = _i + 1;
                        int close = _p.IndexOf(')', nameStart);
                        if (close < 0) throw new RePatternException("missing ), unterminated name", nameStart);
                        var name = _p[nameStart..close];
                        if (name.Length == 0) throw new RePatternException("missing group name", nameStart);
                        if (!IsIdentifier(name)) throw new RePatternException($"bad character in group name '{name}'", nameStart);
                        if (!_t.GroupIndex.TryGetValue(name, out var gi)) throw new RePatternException($"unknown group name '{name}'", nameStart);
                        if (_openGroups.Contains(gi)) throw new RePatternException("cannot refer to an open group", start);
                        _i = close + 1;
                        _o.Append("\\k<").Append(gi).Append('>');
                        return;
                    }
                    throw new RePatternException("unknown extension ?P" + _p[_i], start + 1);
                }
                case '(':
                {
                    // Conditional: (?(id/name)yes|no)
                    int close = _p.IndexOf(')', _i + 1);
                    if (close < 0) throw new RePatternException("missing ), unterminated name", _i + 1);
                    var cond = _p[(_i + 1)..close];
                    int gi;
                    if (int.TryParse(cond, out gi))
                    {
                        if (gi == 0) throw new RePatternException("bad group number", _i + 1);
                    }
                    else if (!_t.GroupIndex.TryGetValue(cond, out gi))
                        throw new RePatternException($"unknown group name '{cond}'", _i + 1);
                    _i = close + 1;
                    _o.Append("(?(").Append(gi).Append(')');
                    ParseSequence(start, false);
                    Close(start);
                    return;
                }
                default:
                    if ("aiLmsux-".IndexOf(k) >= 0)
                    {
                        ParseInlineFlags(start);
                        return;
                    }
                    throw new RePatternException("unknown extension ?" + k, start + 1);
            }
        }
        OpenGroup();
        _o.Append('(');
        ParseSequence(start, false);
        Close(start);
        _openGroups.Pop();
    }

    private int OpenGroup()
    {
        int idx = ++_t.Groups;
        _t.Parent.Add(_openGroups.Count > 0 ? _openGroups.Peek() : 0);
        _openGroups.Push(idx);
        return idx;
    }

    private void Close(int start)
    {
        if (AtEnd || _p[_i] != ')') throw new RePatternException("missing ), unterminated subpattern", start);
        _i++;
        _o.Append(')');
    }

    private void ParseInlineFlags(int start)
    {
        // (?flags) at the start was consumed as global flags; here: (?flags-flags:...) or (?flags) elsewhere.
        int on = 0, off = 0;
        bool minus = false;
        while (!AtEnd && "aiLmsux-".IndexOf(_p[_i]) >= 0)
        {
            if (_p[_i] == '-') minus = true;
            else if (minus) off |= FlagOf(_p[_i]);
            else on |= FlagOf(_p[_i]);
            _i++;
        }
        if (AtEnd) throw new RePatternException("missing -, : or )", _i);
        if (_p[_i] == ')')
        {
            if (start != 0 && !IsGlobalPrefix(start))
                throw new RePatternException("global flags not at the start of the expression", start);
            _i++;
            return; // already applied as global flags
        }
        if (_p[_i] != ':') throw new RePatternException("missing -, : or )", _i);
        _i++;
        _scopes.Push((_ascii, _verbose));
        if ((on & ASCII) != 0) _ascii = true;
        if ((on & UNICODE) != 0) _ascii = false;
        if ((on & VERBOSE) != 0) _verbose = true;
        if ((off & VERBOSE) != 0) _verbose = false;
        var net = new StringBuilder("(?");
        foreach (var (flag, ch) in new[] { (IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's') })
            if ((on & flag) != 0) net.Append(ch);
        if ((off & (IGNORECASE | MULTILINE | DOTALL)) != 0)
        {
            net.Append('-');
            foreach (var (flag, ch) in new[] { (IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's') })
                if ((off & flag) != 0) net.Append(ch);
        }
        net.Append(':');
        _o.Append(net);
        ParseSequence(start, false);
        Close(start);
        (_ascii, _verbose) = _scopes.Pop();
    }

    private bool IsGlobalPrefix(int start)
    {
        // True if only (?flags) groups precede start.
        int scan = 0;
        while (scan < start)
        {
            if (scan + 1 >= _p.Length || _p[scan] != '(' || _p[scan + 1] != '?') return false;
            int j = scan + 2;
            while (j < _p.Length && "aiLmsux".IndexOf(_p[j]) >= 0) j++;
            if (j >= _p.Length || _p[j] != ')') return false;
            scan = j + 1;
        }
        return scan == start;
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (var c in s)
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    private const string AsciiWord = "a-zA-Z0-9_";
    private const string AsciiNonWord = "\\x00-\\x2F\\x3A-\\x40\\x5B-\\x5E\\x60\\x7B-\\uFFFF";
    private const string AsciiDigit = "0-9";
    private const string AsciiNonDigit = "\\x00-\\x2F\\x3A-\\uFFFF";
    private const string AsciiSpace = "\\x20\\t\\n\\r\\f\\v";
    private const string AsciiNonSpace = "\\x00-\\x08\\x0E-\\x1F\\x21-\\uFFFF";

    /// <summary>Translates the escape at _i; returns false for zero-width assertions (not repeatable).</summary>
    private bool ParseEscape(bool inClass)
    {
        int start = _i;
        _i++;
        if (AtEnd) throw new RePatternException("bad escape (end of pattern)", start);
        char c = _p[_i++];
        switch (c)
        {
            case 'd': ClassEscape(inClass, _ascii ? AsciiDigit : null, "\\d"); return true;
            case 'D': ClassEscape(inClass, _ascii ? AsciiNonDigit : null, "\\D"); return true;
            case 'w': ClassEscape(inClass, _ascii ? AsciiWord : null, "\\w"); return true;
            case 'W': ClassEscape(inClass, _ascii ? AsciiNonWord : null, "\\W"); return true;
            case 's': ClassEscape(inClass, _ascii ? AsciiSpace : null, "\\s"); return true;
            case 'S': ClassEscape(inClass, _ascii ? AsciiNonSpace : null, "\\S"); return true;
            case 'b':
                if (inClass) { _o.Append("\\b"); return true; }
                _o.Append(_ascii ? "(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))" : "\\b");
                return false;
            case 'B':
                if (inClass) throw new RePatternException("bad escape \\B", start);
                _o.Append(_ascii ? "(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))" : "\\B");
                return false;
            case 'A':
                if (inClass) throw new RePatternException("bad escape \\A", start);
                _o.Append("\\A");
                return false;
            case 'Z':
                if (inClass) throw new RePatternException("bad escape \\Z", start);
                _o.Append("\\z");
                return false;
            case 'n': _o.Append("\\n"); return true;
            case 't': _o.Append("\\t"); return true;
            case 'r': _o.Append("\\r"); return true;
            case 'f': _o.Append("\\f"); return true;
            case 'v': _o.Append("\\v"); return true;
            case 'a': _o.Append("\\a"); return true;
            case 'x':
            {
                int cp = HexDigits(2, start);
                AppendCodePoint(cp, inClass);
                return true;
            }
            case 'u':
            case 'U':
            {
                if (_bytes) throw new RePatternException("bad escape \\" + c, start);
                int cp = HexDigits(c == 'u' ? 4 : 8, start);
                if (cp > 0x10FFFF) throw new RePatternException($"bad escape \\{c}{_p.Substring(start + 2, 8)}", start);
                AppendCodePoint(cp, inClass);
                return true;
            }
            case 'N':
                throw new RePatternException("bad escape \\N", start);
            case '0':
            {
                int v = 0, n = 0;
                while (n < 2 && !AtEnd && _p[_i] >= '0' && _p[_i] <= '7')
                {
                    v = v * 8 + (_p[_i] - '0');
                    _i++;
                    n++;
                }
                AppendCodePoint(v, inClass);
                return true;
            }
        }
        if (c >= '1' && c <= '9')
        {
            // Octal escape (three octal digits) or a group reference.
            if (_i + 1 < _p.Length && c <= '7' && _p[_i] >= '0' && _p[_i] <= '7' && _p[_i + 1] >= '0' && _p[_i + 1] <= '7')
            {
                int v = (c - '0') * 64 + (_p[_i] - '0') * 8 + (_p[_i + 1] - '0');
                if (v > 0xFF) throw new RePatternException($"octal escape value \\{_p.Substring(start + 1, 3)} outside of range 0-0xFF", start);
                _i += 2;
                AppendCodePoint(v, inClass);
                return true;
            }
            if (inClass) throw new RePatternException("bad escape \\" + c, start);
            int g = c - '0';
            if (!AtEnd && char.IsAsciiDigit(_p[_i]))
            {
                g = g * 10 + (_p[_i] - '0');
                _i++;
            }
            if (g > _t.Groups) throw new RePatternException($"invalid group reference {g}", start + 1);
            if (_openGroups.Contains(g)) throw new RePatternException("cannot refer to an open group", start);
            _o.Append("\\k<").Append(g).Append('>');
            return true;
        }
        if (char.IsAsciiLetter(c)) throw new RePatternException("bad escape \\" + c, start);
        // Escaped punctuation / non-ASCII: the literal character.
        if (inClass)
        {
            if (c is '\\' or ']' or '[' or '^' or '-') _o.Append('\\');
            _o.Append(c);
        }
        else AppendLiteral(c);
        return true;
    }

    private void ClassEscape(bool inClass, string? asciiRanges, string net)
    {
        if (asciiRanges == null) _o.Append(net);
        else if (inClass) _o.Append(asciiRanges);
        else _o.Append('[').Append(asciiRanges).Append(']');
    }

    private int HexDigits(int n, int start)
    {
        if (_i + n > _p.Length) throw new RePatternException("incomplete escape \\" + _p.Substring(start + 1), start);
        var s = _p.Substring(_i, n);
        foreach (var ch in s)
            if (!char.IsAsciiHexDigit(ch)) throw new RePatternException("incomplete escape \\" + _p.Substring(start + 1, Math.Min(n + 1, _p.Length - start - 1)), start);
        _i += n;
        return Convert.ToInt32(s, 16);
    }

    private void ParseClass()
    {
        int start = _i;
        _i++;
        _o.Append('[');
        if (!AtEnd && _p[_i] == '^')
        {
            _o.Append('^');
            _i++;
        }
        bool first = true;
        int prevLiteral = -1;       // code point of the previous literal (for ranges)
        int prevLiteralPos = -1;
        int prevClassEscapePos = -1; // start of a preceding \d-style escape (cannot start a range)
        while (true)
        {
            if (AtEnd) throw new RePatternException("unterminated character set", start);
            char c = _p[_i];
            if (c == ']' && !first)
            {
                _i++;
                break;
            }
            first = false;
            if (c == '-' && prevClassEscapePos >= 0 && _i + 1 < _p.Length && _p[_i + 1] != ']')
            {
                int end = _i + 2;
                if (_p[_i + 1] == '\\' && end < _p.Length) end++;
                throw new RePatternException($"bad character range {_p.Substring(prevClassEscapePos, end - prevClassEscapePos)}", prevClassEscapePos);
            }
            prevClassEscapePos = -1;
            if (c == '-' && prevLiteral >= 0 && _i + 1 < _p.Length && _p[_i + 1] != ']')
            {
                // A range prev-next.
                _i++;
                int hiPos = _i;
                int hi;
                if (_p[_i] == '\\')
                {
                    int mark = _o.Length;
                    int save = _i;
                    hi = EscapeLiteralValue();
                    if (hi < 0)
                    {
                        _i = save;
                        throw new RePatternException($"bad character range {_p.Substring(prevLiteralPos, save + 2 - prevLiteralPos)}", prevLiteralPos);
                    }
                    _ = mark;
                }
                else
                {
                    hi = CodePointAt(ref _i);
                }
                if (hi < prevLiteral)
                    throw new RePatternException($"bad character range {_p.Substring(prevLiteralPos, _i - prevLiteralPos)}", prevLiteralPos);
                _o.Append('-');
                AppendCodePoint(hi, true);
                _ = hiPos;
                prevLiteral = -1;
                continue;
            }
            if (c == '\\')
            {
                int save = _i;
                int lit = EscapeLiteralValue();
                if (lit >= 0)
                {
                    AppendCodePoint(lit, true);
                    prevLiteral = lit;
                    prevLiteralPos = save;
                    continue;
                }
                _i = save;
                ParseEscape(true);
                prevLiteral = -1;
                prevClassEscapePos = save;
                continue;
            }
            int litPos = _i;
            int cp = CodePointAt(ref _i);
            AppendCodePoint(cp, true);
            prevLiteral = cp;
            prevLiteralPos = litPos;
        }
        _o.Append(']');
    }

    private int CodePointAt(ref int i)
    {
        char c = _p[i++];
        if (char.IsHighSurrogate(c) && i < _p.Length && char.IsLowSurrogate(_p[i])) return char.ConvertToUtf32(c, _p[i++]);
        return c;
    }

    /// <summary>If the escape at _i denotes a single character, consumes it and returns its code point; else -1 (nothing consumed).</summary>
    private int EscapeLiteralValue()
    {
        int start = _i;
        if (_i + 1 >= _p.Length) throw new RePatternException("bad escape (end of pattern)", start);
        char c = _p[_i + 1];
        switch (c)
        {
            case 'n': _i += 2; return '\n';
            case 't': _i += 2; return '\t';
            case 'r': _i += 2; return '\r';
            case 'f': _i += 2; return '\f';
            case 'v': _i += 2; return '\v';
            case 'a': _i += 2; return 7;
            case 'b': _i += 2; return 8;
            case 'x':
                _i += 2;
                return HexDigits(2, start);
            case 'u':
            case 'U':
                if (_bytes) throw new RePatternException("bad escape \\" + c, start);
                _i += 2;
                return HexDigits(c == 'u' ? 4 : 8, start);
            case '0':
            {
                _i += 2;
                int v = 0, n = 0;
                while (n < 2 && !AtEnd && _p[_i] >= '0' && _p[_i] <= '7')
                {
                    v = v * 8 + (_p[_i] - '0');
                    _i++;
                    n++;
                }
                return v;
            }
        }
        if (c >= '1' && c <= '7' && _i + 3 < _p.Length && _p[_i + 2] >= '0' && _p[_i + 2] <= '7' && _p[_i + 3] >= '0' && _p[_i + 3] <= '7')
        {
            int v = (c - '0') * 64 + (_p[_i + 2] - '0') * 8 + (_p[_i + 3] - '0');
            _i += 4;
            return v;
        }
        if (char.IsAsciiLetterOrDigit(c)) return -1;
        _i += 2;
        return c;
    }
}
