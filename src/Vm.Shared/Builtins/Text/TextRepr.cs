// repr() of str and bytes with CPython's quoting and escaping rules.
using System.Text;

namespace Vm.Builtins.Text;

public static class TextRepr
{
    private const string Hex = "0123456789abcdef";

    /// <summary>repr(str): single quotes unless the text has ' and no "; printable non-ASCII kept.</summary>
    public static string Str(string s)
    {
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        // Fast path: printable ASCII without escapes.
        bool plain = true;
        foreach (char c in s)
        {
            if (c < 0x20 || c >= 0x7F || c == '\\' || c == quote) { plain = false; break; }
        }
        if (plain) return string.Concat(quote.ToString(), s, quote.ToString());
        var sb = new StringBuilder(s.Length + 8);
        sb.Append(quote);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.Next(s, ref i);
            switch (cp)
            {
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            if (cp == quote) { sb.Append('\\').Append(quote); continue; }
            if (cp < 0x20 || cp == 0x7F) { AppendHex2(sb, cp); continue; }
            if (cp < 0x7F || Unicode.IsPrintable(cp)) { Unicode.AppendCp(sb, cp); continue; }
            if (cp <= 0xFF) AppendHex2(sb, cp);
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(((uint)cp).ToString("x4"));
            else sb.Append("\\U").Append(((uint)cp).ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static void AppendHex2(StringBuilder sb, int v) => sb.Append("\\x").Append(Hex[(v >> 4) & 0xF]).Append(Hex[v & 0xF]);

    /// <summary>repr(bytes) body: b'...' with CPython's quote choice.</summary>
    public static string Bytes(ReadOnlySpan<byte> b)
    {
        var sb = new StringBuilder(b.Length + 3);
        AppendBytes(sb, b);
        return sb.ToString();
    }

    /// <summary>Appends b'...'; bytearray's repr escapes every single quote (CPython's bytearray_repr).</summary>
    public static void AppendBytes(StringBuilder sb, ReadOnlySpan<byte> b, bool escapeAllSingle = false)
    {
        bool hasSingle = b.Contains((byte)'\''), hasDouble = b.Contains((byte)'"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\' || (escapeAllSingle && c == '\'')) sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7F) AppendHex2(sb, c);
            else sb.Append((char)c);
        }
        sb.Append(quote);
    }

    /// <summary>ascii(): repr with every non-ASCII code point escaped.</summary>
    public static string AsciiOf(string repr)
    {
        if (Ascii.IsValid(repr)) return repr;
        var sb = new StringBuilder(repr.Length + 16);
        for (int i = 0; i < repr.Length;)
        {
            int cp = CodePoints.Next(repr, ref i);
            if (cp < 0x80) sb.Append((char)cp);
            else if (cp <= 0xFF) AppendHex2(sb, cp);
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(((uint)cp).ToString("x4"));
            else sb.Append("\\U").Append(((uint)cp).ToString("x8"));
        }
        return sb.ToString();
    }
}
