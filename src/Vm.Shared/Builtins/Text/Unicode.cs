// Unicode character properties and case mappings with CPython 3.13's semantics (Unicode 15.1):
// .NET's category data and simple case mappings, corrected by the generated UnicodeTables
// (code points .NET assigns but Python does not, SpecialCasing's multi-character mappings,
// title case, full case folding, Other_Lowercase/Other_Uppercase, Unihan numerics).
using System.Globalization;
using System.Text;

namespace Vm.Builtins.Text;

internal static class Unicode
{
    private static readonly Dictionary<int, string> s_upper = ToMap(UnicodeTables.UpperSpecial);
    private static readonly Dictionary<int, string> s_lower = ToMap(UnicodeTables.LowerSpecial);
    private static readonly Dictionary<int, string> s_title = ToMap(UnicodeTables.TitleSpecial);
    private static readonly Dictionary<int, string> s_fold = ToMap(UnicodeTables.FoldSpecial);

    private static Dictionary<int, string> ToMap((int Cp, string To)[] table)
    {
        var d = new Dictionary<int, string>(table.Length);
        foreach (var (cp, to) in table) d[cp] = to;
        return d;
    }

    private static bool InRanges(int[] ranges, int cp)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < ranges[2 * mid]) hi = mid - 1;
            else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public static UnicodeCategory Category(int cp)
    {
        if (cp < 0x80) return CharUnicodeInfo.GetUnicodeCategory((char)cp);
        if (cp >= 0x897 && InRanges(UnicodeTables.UnassignedInPython, cp)) return UnicodeCategory.OtherNotAssigned;
        return CharUnicodeInfo.GetUnicodeCategory(cp);
    }

    public static bool IsAlpha(int cp)
    {
        if (cp < 0x80) return (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        return Category(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
    }

    public static bool IsDecimal(int cp)
    {
        if (cp < 0x80) return (uint)(cp - '0') <= 9;
        return Category(cp) == UnicodeCategory.DecimalDigitNumber;
    }

    public static bool IsDigit(int cp)
    {
        if (cp < 0x80) return (uint)(cp - '0') <= 9;
        var cat = Category(cp);
        if (cat == UnicodeCategory.DecimalDigitNumber) return true;
        if (cat != UnicodeCategory.OtherNumber) return false;
        return cp < 0x10000 ? CharUnicodeInfo.GetDigitValue((char)cp) >= 0 : CharUnicodeInfo.GetDigitValue(char.ConvertFromUtf32(cp), 0) >= 0;
    }

    public static bool IsNumeric(int cp)
    {
        if (cp < 0x80) return (uint)(cp - '0') <= 9;
        var cat = Category(cp);
        if (cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
            return (cp < 0x10000 ? CharUnicodeInfo.GetNumericValue((char)cp) : CharUnicodeInfo.GetNumericValue(char.ConvertFromUtf32(cp), 0)) != -1;
        return cat != UnicodeCategory.OtherNotAssigned && InRanges(UnicodeTables.NumericExtra, cp);
    }

    public static bool IsAlnum(int cp) => IsAlpha(cp) || IsDecimal(cp) || IsDigit(cp) || IsNumeric(cp);

    /// <summary>str.isspace: bidirectional class WS, B or S, or category Zs.</summary>
    public static bool IsSpace(int cp)
    {
        if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        return cp is 0x85 or 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000;
    }

    /// <summary>Line boundaries of str.splitlines.</summary>
    public static bool IsLineBreak(int cp) =>
        cp is '\n' or '\r' or 0x0B or 0x0C or 0x1C or 0x1D or 0x1E or 0x85 or 0x2028 or 0x2029;

    public static bool IsPrintable(int cp)
    {
        if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
        return Category(cp) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }

    public static bool IsLower(int cp)
    {
        if (cp < 0x80) return (uint)(cp - 'a') <= 'z' - 'a';
        var cat = Category(cp);
        return cat == UnicodeCategory.LowercaseLetter || InRanges(UnicodeTables.OtherLowercase, cp);
    }

    public static bool IsUpper(int cp)
    {
        if (cp < 0x80) return (uint)(cp - 'A') <= 'Z' - 'A';
        var cat = Category(cp);
        return cat == UnicodeCategory.UppercaseLetter || InRanges(UnicodeTables.OtherUppercase, cp);
    }

    public static bool IsTitle(int cp) => cp >= 0x80 && Category(cp) == UnicodeCategory.TitlecaseLetter;

    public static bool IsCased(int cp) => IsLower(cp) || IsUpper(cp) || IsTitle(cp);

    /// <summary>Case_Ignorable: Mn, Me, Cf, Lm, Sk and Word_Break MidLetter/MidNumLet/Single_Quote.</summary>
    public static bool IsCaseIgnorable(int cp)
    {
        if (cp is '\'' or '.' or ':' or '^' or '`' or 0xA8 or 0xAD or 0xAF or 0xB4 or 0xB7 or 0xB8 or 0x387 or 0x55F
            or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A)
            return true;
        if (cp < 0x80) return false;
        return Category(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }

    /// <summary>XID_Start: letters and letter numbers plus Other_ID_Start, corrected by the NFKC exclusions table.</summary>
    public static bool IsXidStart(int cp)
    {
        if (cp < 0x80) return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_';
        return ApproxXidStart(cp) != InRanges(UnicodeTables.XidStartFlip, cp);
    }

    private static bool ApproxXidStart(int cp)
    {
        if (cp is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C) return true;
        return Category(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;
    }

    public static bool IsXidContinue(int cp)
    {
        if (cp < 0x80) return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_' || (uint)(cp - '0') <= 9;
        bool approx = ApproxXidStart(cp) || cp is 0x00B7 or 0x0387 or 0x19DA or 0x200C or 0x200D || (cp >= 0x1369 && cp <= 0x1371)
            || Category(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
        return approx != InRanges(UnicodeTables.XidContinueFlip, cp);
    }

    // ------------------------------------------------------------------ case mappings

    private static int SimpleUpper(int cp)
    {
        if (cp < 0x10000) return char.ToUpperInvariant((char)cp);
        var s = char.ConvertFromUtf32(cp).ToUpperInvariant();
        return char.ConvertToUtf32(s, 0);
    }

    private static int SimpleLower(int cp)
    {
        if (cp < 0x10000) return char.ToLowerInvariant((char)cp);
        var s = char.ConvertFromUtf32(cp).ToLowerInvariant();
        return char.ConvertToUtf32(s, 0);
    }

    /// <summary>Appends code point cp to a str Value (a lone surrogate as its escape, Objects/LoneSurrogates.cs).</summary>
    public static void AppendCp(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            if (Vm.Objects.LoneSurrogates.IsSurrogateCp(cp)) Vm.Objects.LoneSurrogates.Append(sb, cp);
            else sb.Append((char)cp);
        }
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10)));
            sb.Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    public static void AppendUpper(StringBuilder sb, int cp)
    {
        if (cp < 0x80) { sb.Append((char)((uint)(cp - 'a') <= 'z' - 'a' ? cp - 32 : cp)); return; }
        if (s_upper.TryGetValue(cp, out var m)) { sb.Append(m); return; }
        AppendCp(sb, SimpleUpper(cp));
    }

    public static void AppendLower(StringBuilder sb, int cp)
    {
        if (cp < 0x80) { sb.Append((char)((uint)(cp - 'A') <= 'Z' - 'A' ? cp + 32 : cp)); return; }
        if (s_lower.TryGetValue(cp, out var m)) { sb.Append(m); return; }
        AppendCp(sb, SimpleLower(cp));
    }

    public static void AppendTitle(StringBuilder sb, int cp)
    {
        if (cp < 0x80) { sb.Append((char)((uint)(cp - 'a') <= 'z' - 'a' ? cp - 32 : cp)); return; }
        if (s_title.TryGetValue(cp, out var m)) { sb.Append(m); return; }
        AppendUpper(sb, cp);
    }

    public static void AppendFold(StringBuilder sb, int cp)
    {
        if (cp < 0x80) { sb.Append((char)((uint)(cp - 'A') <= 'Z' - 'A' ? cp + 32 : cp)); return; }
        if (s_fold.TryGetValue(cp, out var m)) { sb.Append(m); return; }
        AppendLower(sb, cp);
    }

    /// <summary>Lowercase of cps[i], with the Final_Sigma rule for U+03A3.</summary>
    public static void AppendLowerAt(StringBuilder sb, int[] cps, int i)
    {
        int cp = cps[i];
        if (cp != 0x3A3) { AppendLower(sb, cp); return; }
        sb.Append(IsFinalSigma(cps, i) ? '\u03C2' : '\u03C3');
    }

    private static bool IsFinalSigma(int[] cps, int i)
    {
        int j = i - 1;
        int c = 0;
        for (; j >= 0; j--)
        {
            c = cps[j];
            if (!IsCaseIgnorable(c)) break;
        }
        bool final = j >= 0 && IsCased(c);
        if (final && i + 1 < cps.Length)
        {
            for (j = i + 1; j < cps.Length; j++)
            {
                c = cps[j];
                if (!IsCaseIgnorable(c)) break;
            }
            final = j == cps.Length || !IsCased(c);
        }
        return final;
    }
}
