namespace Vm.Lexing;

/// <summary>
/// Names for `\N{...}` escapes: a table of common characters (ASCII, Latin-1 and Latin Extended
/// A/B, combining marks, Greek, Cyrillic, Hebrew letters, several digit sets, punctuation,
/// super/subscripts, currency, letterlike symbols, number forms, arrows, mathematical operators,
/// technical symbols, box drawing, shapes, symbols, dingbats, CJK punctuation, kana, fullwidth
/// forms, emoji), the usual aliases, and the algorithmic "CJK UNIFIED IDEOGRAPH-XXXX" names.
/// Lookup ignores case, as CPython's does. Other names are reported as unknown.
/// </summary>
internal static partial class UnicodeNames
{
    private static Dictionary<string, int>? s_table;

    /// <summary>The code point named <paramref name="name"/>, or -1.</summary>
    public static int Lookup(ReadOnlySpan<char> name)
    {
        string key = name.ToString().ToUpperInvariant();
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (key.StartsWith(cjk, StringComparison.Ordinal))
        {
            string hex = key.Substring(cjk.Length);
            if ((hex.Length == 4 || hex.Length == 5)
                && int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, null, out int v)
                && IsCjkUnified(v))
            {
                return v;
            }
            return -1;
        }
        var table = s_table ??= Build();
        return table.TryGetValue(key, out int cp) ? cp : -1;
    }

    private static bool IsCjkUnified(int v)
        => (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF)
           || (v >= 0x2A700 && v <= 0x2EBE0) || (v >= 0x30000 && v <= 0x323AF);

    private static Dictionary<string, int> Build()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in Data.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = entry.LastIndexOf('=');
            d.TryAdd(entry.Substring(0, eq), int.Parse(entry.AsSpan(eq + 1), System.Globalization.NumberStyles.AllowHexSpecifier));
        }
        return d;
    }
}
