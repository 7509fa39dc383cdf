// Character names for the namereplace error handler: the reverse of the \\N{...} name table the
// tokenizer uses (Lexing/UnicodeNames: common characters plus the algorithmic CJK names).
using System.Reflection;

namespace Vm.Builtins.Text;

internal static class CharNames
{
    private static Dictionary<int, string>? s_names;

    /// <summary>The Unicode name of cp, or null when the table does not know it.</summary>
    public static string? NameOf(int cp)
    {
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF))
            return $"CJK UNIFIED IDEOGRAPH-{cp:X4}";
        if (cp < 0xA0 || (cp >= 0xD800 && cp <= 0xDFFF)) return null;
        var names = s_names ??= Build();
        return names.TryGetValue(cp, out var n) ? n : null;
    }

    private static Dictionary<int, string> Build()
    {
        var d = new Dictionary<int, string>();
        // The table is a private constant of the tokenizer's UnicodeNames ("NAME=HEX|..."); the first
        // name listed for a code point is its formal name, later ones are aliases.
        var data = typeof(Vm.Lexing.UnicodeNames).GetField("Data", BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue() as string;
        if (data == null) return d;
        foreach (var entry in data.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = entry.LastIndexOf('=');
            if (eq <= 0) continue;
            if (int.TryParse(entry.AsSpan(eq + 1), System.Globalization.NumberStyles.AllowHexSpecifier, null, out int cp))
                d.TryAdd(cp, entry[..eq]);
        }
        return d;
    }
}
