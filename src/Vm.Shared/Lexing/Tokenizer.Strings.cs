using System.Text;
using Vm.Text;

namespace Vm.Lexing;

// String and bytes literals, and the decoding of their escape sequences.
public sealed partial class Tokenizer
{
    private Token LexString(int tokStart, int quotePos, StringFlags flags)
    {
        char q = _s[quotePos];
        int p = quotePos + 1;
        bool triple = false;
        if (At(p) == q && At(p + 1) == q)
        {
            triple = true;
            p += 2;
        }
        int bodyStart = p;
        int startLine = _line, startLineStart = _lineStart;
        bool escapedQuote = false;
        int bodyEnd;
        while (true)
        {
            if (p >= _n)
            {
                throw Unterminated(tokStart, startLine, startLineStart, q, triple, escapedQuote);
            }
            char c = _s[p];
            if (c == q)
            {
                if (!triple)
                {
                    bodyEnd = p;
                    p++;
                    break;
                }
                if (At(p + 1) == q && At(p + 2) == q)
                {
                    bodyEnd = p;
                    p += 3;
                    break;
                }
                p++;
            }
            else if (c == '\n')
            {
                if (!triple) throw Unterminated(tokStart, startLine, startLineStart, q, triple, escapedQuote);
                p++;
                NewLine(p);
            }
            else if (c == '\\')
            {
                p++;
                if (p < _n)
                {
                    char e = _s[p];
                    if (e == q) escapedQuote = true;
                    p++;
                    if (e == '\n') NewLine(p);
                }
            }
            else
            {
                p++;
            }
        }
        if (triple) flags |= StringFlags.Triple;
        _pos = p;
        var tok = Make(TokenKind.String, tokStart, startLine, tokStart - startLineStart);
        tok.Flags = flags;
        bool raw = (flags & StringFlags.Raw) != 0;
        bool bytes = (flags & StringFlags.Bytes) != 0;
        string? error = null;
        if (bytes && HasNonAscii(bodyStart, bodyEnd))
        {
            error = "bytes can only contain ASCII literal characters";
            tok.Value = Array.Empty<byte>();
        }
        else if (raw)
        {
            tok.Value = bytes ? AsciiBytes(bodyStart, bodyEnd) : _s.Substring(bodyStart, bodyEnd - bodyStart);
        }
        else
        {
            tok.Value = bytes
                ? DecodeBytes(bodyStart, bodyEnd, out error)
                : DecodeStr(bodyStart, bodyEnd, false, out error);
        }
        if (error != null)
        {
            tok.Error = _text.Error("SyntaxError", error, tok.Line, tok.Col + 1, tok.EndLine, tok.EndCol + 1);
        }
        return tok;
    }

    private SyntaxErrorException Unterminated(int tokStart, int startLine, int startLineStart, char q, bool triple, bool escapedQuote)
    {
        int detected = Math.Min(_line, _text.LineCount);
        int off = tokStart - startLineStart + 1;
        string msg;
        if (_fstrings.Count > 0 && _fstrings[^1].Quote == q && _fstrings[^1].Triple == triple)
        {
            msg = "f-string: expecting '}'";
        }
        else if (triple)
        {
            msg = $"unterminated triple-quoted string literal (detected at line {detected})";
        }
        else if (escapedQuote)
        {
            msg = $"unterminated string literal (detected at line {detected}); perhaps you escaped the end quote?";
        }
        else
        {
            msg = $"unterminated string literal (detected at line {detected})";
        }
        return _text.Error("SyntaxError", msg, startLine, off, startLine, off);
    }

    private bool HasNonAscii(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (_s[i] >= 128) return true;
        }
        return false;
    }

    private byte[] AsciiBytes(int start, int end)
    {
        var b = new byte[end - start];
        for (int i = 0; i < b.Length; i++) b[i] = (byte)_s[start + i];
        return b;
    }

    /// <summary>
    /// Decodes a str literal body (or an f-string literal part when <paramref name="fstring"/>,
    /// where doubled braces stand for one brace and a backslash before a brace stays as is).
    /// Unknown escapes keep their backslash, as CPython does (it only warns).
    /// </summary>
    private string DecodeStr(int start, int end, bool fstring, out string? error)
    {
        error = null;
        int firstSpecial = -1;
        for (int i = start; i < end; i++)
        {
            char ch = _s[i];
            if (ch == '\\' || (fstring && (ch == '{' || ch == '}')))
            {
                firstSpecial = i;
                break;
            }
        }
        if (firstSpecial < 0) return _s.Substring(start, end - start);
        var sb = new StringBuilder(end - start);
        sb.Append(_s, start, firstSpecial - start);
        int p = firstSpecial;
        while (p < end)
        {
            char c = _s[p];
            if (fstring && (c == '{' || c == '}'))
            {
                sb.Append(c);
                p += p + 1 < end && _s[p + 1] == c ? 2 : 1;
                continue;
            }
            if (c != '\\')
            {
                sb.Append(c);
                p++;
                continue;
            }
            if (p + 1 >= end)
            {
                // f"\{x}": the brace ends this middle part and opens a field; still an invalid escape
                if (fstring && end < _s.Length && _s[end] is '{' or '}') InvalidEscape(start, _s[end]);
                sb.Append('\\');
                p++;
                continue;
            }
            char e = _s[p + 1];
            int escStart = p;
            p += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && p < end && _s[p] >= '0' && _s[p] <= '7'; k++, p++)
                    {
                        v = v * 8 + (_s[p] - '0');
                    }
                    if (v > 0xFF) InvalidOctalEscape(start, escStart, p);
                    sb.Append((char)v);
                    break;
                }
                case 'x':
                case 'u':
                case 'U':
                {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    for (; k < count && p < end && IsHex(_s[p]); k++, p++) v = v * 16 + HexValue(_s[p]);
                    if (k < count)
                    {
                        string what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        error = UnicodeError(start, escStart, p, $"truncated {what} escape");
                        return sb.ToString();
                    }
                    if ((uint)v > 0x10FFFF)
                    {
                        error = UnicodeError(start, escStart, p, "illegal Unicode character");
                        return sb.ToString();
                    }
                    AppendCodePoint(sb, v);
                    break;
                }
                case 'N':
                {
                    if (p >= end || _s[p] != '{')
                    {
                        error = UnicodeError(start, escStart, p, "malformed \\N character escape");
                        return sb.ToString();
                    }
                    int close = _s.IndexOf('}', p + 1, end - p - 1);
                    if (close < 0 || close == p + 1)
                    {
                        error = UnicodeError(start, escStart, close < 0 ? end : close + 1, "malformed \\N character escape");
                        return sb.ToString();
                    }
                    int cp = Vm.Text.Ucd.UnicodeDatabase.Instance.Lookup(_s.Substring(p + 1, close - p - 1));
                    if (cp < 0)
                    {
                        error = UnicodeError(start, escStart, close + 1, "unknown Unicode character name");
                        return sb.ToString();
                    }
                    AppendCodePoint(sb, cp);
                    p = close + 1;
                    break;
                }
                default:
                    // invalid escape (a SyntaxWarning, as in CPython): keep the backslash; before a
                    // brace in an f-string the brace is still to be processed
                    InvalidEscape(start, e);
                    sb.Append('\\');
                    p--;
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>CPython 3.12+'s SyntaxWarning for an unknown escape, at the literal's line.</summary>
    private void InvalidEscape(int bodyStart, char e) =>
        _text.Warnings.Add(_text.LineOf(bodyStart), $"invalid escape sequence '\\{e}'");

    /// <summary>CPython 3.12+'s SyntaxWarning for an octal escape above 0o377 (the escape at escStart..end).</summary>
    private void InvalidOctalEscape(int bodyStart, int escStart, int end) =>
        _text.Warnings.Add(_text.LineOf(bodyStart), $"invalid octal escape sequence '{_s.Substring(escStart, end - escStart)}'");

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (Vm.Objects.LoneSurrogates.IsSurrogateCp(cp)) Vm.Objects.LoneSurrogates.Append(sb, cp); // '\ud83d': Objects/LoneSurrogates.cs
        else if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>
    /// CPython's message for a bad escape in a str literal. Positions count bytes of the body as
    /// CPython re-encodes it (each non-ASCII character becomes a 10-byte \UXXXXXXXX escape).
    /// </summary>
    private string UnicodeError(int bodyStart, int escStart, int stop, string reason)
    {
        int a = BytePos(bodyStart, escStart);
        int b = BytePos(bodyStart, stop) - 1;
        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{b}: {reason}";
    }

    private int BytePos(int bodyStart, int index)
    {
        int n = 0;
        for (int i = bodyStart; i < index; i++)
        {
            char c = _s[i];
            if (c < 128) n++;
            else if (char.IsLowSurrogate(c) && i > bodyStart && char.IsHighSurrogate(_s[i - 1])) continue;
            else n += 10;
        }
        return n;
    }

    private byte[] DecodeBytes(int start, int end, out string? error)
    {
        error = null;
        if (_s.IndexOf('\\', start, end - start) < 0) return AsciiBytes(start, end);
        var buf = new List<byte>(end - start);
        int p = start;
        while (p < end)
        {
            char c = _s[p];
            if (c != '\\' || p + 1 >= end)
            {
                buf.Add((byte)c);
                p++;
                continue;
            }
            char e = _s[p + 1];
            int escStart = p;
            p += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': buf.Add((byte)'\\'); break;
                case '\'': buf.Add((byte)'\''); break;
                case '"': buf.Add((byte)'"'); break;
                case 'a': buf.Add(7); break;
                case 'b': buf.Add(8); break;
                case 'f': buf.Add(12); break;
                case 'n': buf.Add(10); break;
                case 'r': buf.Add(13); break;
                case 't': buf.Add(9); break;
                case 'v': buf.Add(11); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && p < end && _s[p] >= '0' && _s[p] <= '7'; k++, p++)
                    {
                        v = v * 8 + (_s[p] - '0');
                    }
                    if (v > 0xFF) InvalidOctalEscape(start, escStart, p);
                    buf.Add((byte)v);
                    break;
                }
                case 'x':
                    if (p + 1 < end && IsHex(_s[p]) && IsHex(_s[p + 1]))
                    {
                        buf.Add((byte)(HexValue(_s[p]) * 16 + HexValue(_s[p + 1])));
                        p += 2;
                        break;
                    }
                    error = $"(value error) invalid \\x escape at position {escStart - start}";
                    return buf.ToArray();
                default:
                    InvalidEscape(start, e);
                    buf.Add((byte)'\\');
                    p--;
                    break;
            }
        }
        return buf.ToArray();
    }
}
