// Code point indexing over .NET strings (UTF-16). Python indexes str by code point; strings
// whose code points are all single UTF-16 units (PyStr.IsSimple) index by char directly, the
// others go through these helpers. A surrogate pair counts as one code point, and so does an
// escaped lone surrogate (two units, see Objects/LoneSurrogates.cs); these helpers are where
// escapes are decoded (Next, Prev) and made (FromCp, and Unicode.AppendCp).
using System.Runtime.CompilerServices;
using System.Text;
using Vm.Objects;

namespace Vm.Builtins.Text;

internal static class CodePoints
{
    /// <summary>The code point at char index i (advancing i past it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Next(string s, ref int i)
    {
        char c = s[i++];
        if (!char.IsSurrogate(c)) return c;
        return NextAfterSurrogate(s, c, ref i);
    }

    private static int NextAfterSurrogate(string s, char c, ref int i)
    {
        if (i < s.Length)
        {
            char d = s[i];
            if (char.IsHighSurrogate(c))
            {
                if (char.IsLowSurrogate(d)) { i++; return char.ConvertToUtf32(c, d); }
            }
            else if (LoneSurrogates.IsEscape(c, d)) { i++; return LoneSurrogates.Decode(c, d); }
        }
        return c; // a natural lone surrogate (only in strings that did not come through a str)
    }

    /// <summary>The code point ending just before char index i (moving i back over it).</summary>
    public static int Prev(string s, ref int i)
    {
        char c = s[--i];
        if (char.IsLowSurrogate(c) && i > 0)
        {
            char b = s[i - 1];
            // An escape trail is never the start of a codeword, so (lead, trail) is an escape even
            // when the lead's unit value could also end a pair.
            if (LoneSurrogates.IsEscape(b, c)) { i--; return LoneSurrogates.Decode(b, c); }
            if (char.IsHighSurrogate(b)) { i--; return char.ConvertToUtf32(b, c); }
        }
        return c;
    }

    public static int[] ToArray(string s)
    {
        var res = new int[CountCp(s, 0, s.Length)];
        int i = 0, k = 0;
        while (i < s.Length) res[k++] = Next(s, ref i);
        return res;
    }

    public static int[] ToArray(PyStr s)
    {
        if (s.IsSimple)
        {
            var v = s.Value;
            var res = new int[v.Length];
            for (int i = 0; i < v.Length; i++) res[i] = v[i];
            return res;
        }
        return ToArray(s.Value);
    }

    public static string FromArray(ReadOnlySpan<int> cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (int cp in cps) Unicode.AppendCp(sb, cp);
        return sb.ToString();
    }

    /// <summary>The Value of the one-code-point string cp (a lone surrogate is escaped).</summary>
    public static string FromCp(int cp) =>
        cp < 0x10000 ? (LoneSurrogates.IsSurrogateCp(cp) ? LoneSurrogates.Escape(cp) : ((char)cp).ToString()) : char.ConvertFromUtf32(cp);

    /// <summary>Number of code points in s[start..end) (char indices on code point boundaries).</summary>
    public static int CountCp(string s, int start, int end)
    {
        int n = end - start;
        for (int i = start + 1; i < end; i++)
        {
            char c = s[i];
            if (char.IsLowSurrogate(c) && (char.IsHighSurrogate(s[i - 1]) || LoneSurrogates.IsEscape(s[i - 1], c))) n--;
        }
        return n;
    }

    /// <summary>The char index of code point number cpIndex (clamped to the string's end).</summary>
    public static int CharIndex(string s, long cpIndex)
    {
        int i = 0;
        while (cpIndex > 0 && i < s.Length)
        {
            Next(s, ref i);
            cpIndex--;
        }
        return i;
    }

    /// <summary>Char index of a code point index for a PyStr (identity for simple strings).</summary>
    public static int CharIndex(PyStr s, long cpIndex) =>
        s.IsSimple ? (int)Math.Min(cpIndex, s.Value.Length) : CharIndex(s.Value, cpIndex);

    /// <summary>Code point index of a char index for a PyStr.</summary>
    public static int CpIndex(PyStr s, int charIndex) => s.IsSimple ? charIndex : CountCp(s.Value, 0, charIndex);

    /// <summary>len(s) in code points (a lone surrogate counts as one).</summary>
    public static int Length(PyStr s) => s.IsSimple ? s.Value.Length : CountCp(s.Value, 0, s.Value.Length);

    /// <summary>The single code point of a one-code-point string, or -1.</summary>
    public static int SingleCp(string s)
    {
        if (s.Length == 1) return s[0];
        if (s.Length == 2)
        {
            if (char.IsHighSurrogate(s[0]) && char.IsLowSurrogate(s[1])) return char.ConvertToUtf32(s[0], s[1]);
            if (LoneSurrogates.IsEscape(s[0], s[1])) return LoneSurrogates.Decode(s[0], s[1]);
        }
        return -1;
    }

    /// <summary>Orders two str Values by code point (UTF-16 unit order differs for astral characters
    /// against U+E000..U+FFFF, and for escaped lone surrogates).</summary>
    public static int Compare(string x, string y)
    {
        int common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length) return x.Length.CompareTo(y.Length);
        char a = x[common], b = y[common];
        // Neither unit is a surrogate, so neither ends a codeword: they are whole code points.
        if (!char.IsSurrogate(a) && !char.IsSurrogate(b)) return a.CompareTo(b);
        return CompareAtSurrogate(x, y, common);
    }

    private static int CompareAtSurrogate(string x, string y, int common)
    {
        int start = common;
        if (common > 0)
        {
            char p = x[common - 1];
            // The units before `common` are shared, so both strings are mid-codeword there or neither is.
            if (char.IsHighSurrogate(p) || LoneSurrogates.IsEscape(p, x[common]) || LoneSurrogates.IsEscape(p, y[common])) start--;
        }
        int i = start, j = start;
        return Next(x, ref i).CompareTo(Next(y, ref j));
    }

    public static bool IsAscii(string s) => Ascii.IsValid(s);

    // Non-generic on purpose: MemoryExtensions.IndexOfAnyInRange<char> and IndexOfAnyExceptInRange<char>,
    // as compiled into pyvm's composite ReadyToRun image, boxed their char arguments (str.lower()
    // allocated 96 bytes per call, and that code was never replaced by tier-1 code).

    /// <summary>Index of the first char of <paramref name="s"/> in [lo, hi], or -1.</summary>
    public static int IndexOfInRange(ReadOnlySpan<char> s, char lo, char hi)
    {
        uint width = (uint)(hi - lo);
        for (int i = 0; i < s.Length; i++)
            if ((uint)(s[i] - lo) <= width) return i;
        return -1;
    }

    /// <summary>Index of the first char of <paramref name="s"/> outside [lo, hi], or -1.</summary>
    public static int IndexOfOutsideRange(ReadOnlySpan<char> s, char lo, char hi)
    {
        uint width = (uint)(hi - lo);
        for (int i = 0; i < s.Length; i++)
            if ((uint)(s[i] - lo) > width) return i;
        return -1;
    }
}
