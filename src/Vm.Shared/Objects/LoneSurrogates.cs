// How a str holds lone surrogates (code points U+D800..U+DFFF) in its UTF-16 Value.
//
// The problem. A Python str is a sequence of code points 0..0x10FFFF, lone surrogates included:
// '\ud83d' + '\ude00' has two code points, '\U0001f600' one. Stored naturally in a .NET string
// both are the units D83D DE00, so they could not be told apart; and every concatenation of a
// string ending in a high surrogate with one starting with a low surrogate would silently fuse
// two code points into one.
//
// The representation. Value is a canonical encoding of the code points:
//   - U+0000..U+D7FF and U+E000..U+FFFF: one unit, itself;
//   - U+10000..U+10FFFF: a surrogate pair (high D800..DBFF, low DC00..DFFF), as UTF-16;
//   - a lone surrogate U+D800 + k (k = 0..2047): two units, an escape LEAD = DC00 + (k >> 9)
//     (DC00..DC03) followed by an escape TRAIL = DE00 + (k & 0x1FF) (DE00..DFFF).
// A string without lone surrogates is stored exactly as before (plain UTF-16): the common case
// pays nothing, and IsSimple strings (every code point one unit) hold no surrogate unit at all.
//
// Why it works for every operation built on units:
//   - It is a code (each code point has one codeword; lead units say how long a codeword is:
//     a high surrogate or an escape lead is followed by exactly one more unit), so equal strs
//     have equal Values and the ordinal equality/hash of Value are Python's equality/hash.
//   - Concatenating Values concatenates code point sequences: an escape is never a high
//     surrogate, so nothing pairs across a junction. '+', join, format, f-strings, repetition,
//     replace and the eval loop's string fast paths need no change.
//   - It is self-synchronising for ordinal search: an escape TRAIL (DE00..DFFF) never starts a
//     codeword, and an escape LEAD can only be confused with the low half of a pair (DC00..DC03),
//     which is then followed by the start of a codeword, never by a TRAIL. So an ordinal match of
//     one canonical Value in another always starts and ends on code point boundaries: find,
//     count, split, partition, startswith, `in` are correct on Value units as they are.
//   - Code that walks code points goes through CodePoints.Next/Prev (Builtins/Text), which decode
//     escapes; code that builds strings from code points goes through Unicode.AppendCp /
//     CodePoints.FromCp, which encode them. Codecs, repr, ord/chr, comparison and the tokenizer's
//     \uXXXX escapes use the same helpers.
// A .NET string from outside (host values, OS) may hold natural lone surrogates; Canonical()
// turns them into escapes, Natural() turns a Value back into plain UTF-16 for .NET consumers.
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Vm.Objects;

public static class LoneSurrogates
{
    public const char LeadFirst = '\uDC00';
    public const char LeadLast = '\uDC03';
    public const char TrailFirst = '\uDE00';
    public const char TrailLast = '\uDFFF';

    /// <summary>True for U+D800..U+DFFF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSurrogateCp(int cp) => (uint)(cp - 0xD800) < 0x800;

    /// <summary>True if units (a, b) are the escape of a lone surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsEscape(char a, char b) => (uint)(a - LeadFirst) <= 3 && (uint)(b - TrailFirst) <= 0x1FF;

    /// <summary>The lone surrogate code point escaped as (lead, trail).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Decode(char lead, char trail) => 0xD800 + ((lead - LeadFirst) << 9) + (trail - TrailFirst);

    public static char Lead(int cp) => (char)(LeadFirst + ((cp - 0xD800) >> 9));

    public static char Trail(int cp) => (char)(TrailFirst + ((cp - 0xD800) & 0x1FF));

    /// <summary>The Value of the one-code-point string of a lone surrogate.</summary>
    public static string Escape(int cp) => string.Create(2, cp, static (span, c) =>
    {
        span[0] = Lead(c);
        span[1] = Trail(c);
    });

    public static void Append(StringBuilder sb, int cp) => sb.Append(Lead(cp)).Append(Trail(cp));

    private static readonly SearchValues<char> s_leads = SearchValues.Create("\uDC00\uDC01\uDC02\uDC03");

    /// <summary>True if a canonical Value holds at least one escaped lone surrogate. A vectorised
    /// search for lead units: text without them (all text without lone surrogates but for a rare
    /// astral character ending in DC00..DC03) is decided in one pass.</summary>
    public static bool Contains(string value)
    {
        var span = value.AsSpan();
        int i = 0;
        while (true)
        {
            int k = span[i..].IndexOfAny(s_leads);
            if (k < 0) return false;
            i += k;
            // A lead unit after a high surrogate is the low half of a pair (a high surrogate is
            // always followed by its low half in a canonical Value).
            if (i + 1 < span.Length && IsEscape(span[i], span[i + 1]) && (i == 0 || !char.IsHighSurrogate(span[i - 1]))) return true;
            i++;
        }
    }

    /// <summary>A .NET string (natural UTF-16, lone surrogates as themselves) as a canonical Value.</summary>
    public static string Canonical(string s)
    {
        int i = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if ((uint)(c - 0xD800) >= 0x800) continue;
            if (c <= 0xDBFF && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            break;
        }
        if (i == s.Length) return s;
        var sb = new StringBuilder(s.Length + 8);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(c).Append(s[++i]);
            else if (char.IsSurrogate(c)) Append(sb, c);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The Value with each lone surrogate written as \udXXX: what CPython's stderr
    /// (errors='backslashreplace') shows for text the UTF-8 encoder cannot take.</summary>
    public static string BackslashReplace(string value)
    {
        if (!Contains(value)) return value;
        var sb = new StringBuilder(value.Length + 16);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) sb.Append(c).Append(value[++i]);
            else if (i + 1 < value.Length && IsEscape(c, value[i + 1])) sb.Append("\\u").Append(Decode(c, value[++i]).ToString("x4"));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A canonical Value as natural UTF-16 for .NET (escapes become the lone surrogate units).</summary>
    public static string Natural(string value)
    {
        if (!Contains(value)) return value;
        var sb = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) sb.Append(c).Append(value[++i]);
            else if (i + 1 < value.Length && IsEscape(c, value[i + 1])) sb.Append((char)Decode(c, value[++i]));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
