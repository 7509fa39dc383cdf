// The Unicode character database the VM ships (ucd.txt.gz, generated from CPython 3.13's
// unicodedata by generate.py beside this file, so properties, names and normalization agree with
// CPython exactly). Loaded once per process on first use; immutable afterwards, so every runtime
// and thread reads it without locks.
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Vm.Text.Ucd;

/// <summary>Per-code-point properties shared by a range of code points.</summary>
internal sealed record UcdProperties(string Category, string Bidirectional, int Combining, string EastAsianWidth, bool Mirrored);

/// <summary>A numeric value: decimal and digit values where the character has them, and the numeric value.</summary>
internal readonly record struct UcdNumeric(int? Decimal, int? Digit, double Numeric);

internal sealed partial class UnicodeDatabase
{
    private static readonly Lazy<UnicodeDatabase> s_instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly UcdProperties s_unassigned = new("Cn", "", 0, "N", false);

    public static UnicodeDatabase Instance => s_instance.Value;

    public string Version { get; private set; } = "";

    private readonly List<int> _rangeStart = new(4200);
    private readonly List<int> _rangeEnd = new(4200);
    private readonly List<UcdProperties> _rangeProps = new(4200);
    private readonly Dictionary<int, UcdNumeric> _numeric = new(2000);
    private readonly Dictionary<int, string> _decomposition = new(6000);
    private readonly HashSet<int> _noRecompose = new(1200);
    private readonly Dictionary<int, string> _names = new(33000);
    private readonly List<(int Start, int End, string Prefix)> _derivedNames = new();
    private readonly Dictionary<string, int> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sequences = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _byName;

    private static UnicodeDatabase Load()
    {
        var db = new UnicodeDatabase();
        using var raw = typeof(UnicodeDatabase).Assembly.GetManifestResourceStream("Text/ucd.txt.gz")
            ?? throw new InvalidOperationException("the Unicode database resource is missing");
        using var gz = new GZipStream(raw, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.ASCII);
        var interned = new Dictionary<string, UcdProperties>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "V": db.Version = f[1]; break;
                case "P":
                    var key = string.Join('\t', f, 3, 5);
                    if (!interned.TryGetValue(key, out var p))
                        interned[key] = p = new UcdProperties(f[3], f[4], int.Parse(f[5], CultureInfo.InvariantCulture), f[6], f[7] == "1");
                    db._rangeStart.Add(Hex(f[1]));
                    db._rangeEnd.Add(Hex(f[2]));
                    db._rangeProps.Add(p);
                    break;
                case "N":
                    db._numeric[Hex(f[1])] = new UcdNumeric(
                        f[2] == "-" ? null : int.Parse(f[2], CultureInfo.InvariantCulture),
                        f[3] == "-" ? null : int.Parse(f[3], CultureInfo.InvariantCulture),
                        double.Parse(f[4], CultureInfo.InvariantCulture));
                    break;
                case "D": db._decomposition[Hex(f[1])] = f[2]; break;
                case "X": db._noRecompose.Add(Hex(f[1])); break;
                case "n": db._names[Hex(f[1])] = f[2]; break;
                case "A": db._derivedNames.Add((Hex(f[1]), Hex(f[2]), f[3])); break;
                case "a": db._aliases[f[2]] = Hex(f[1]); break;
                case "s":
                    var sb = new StringBuilder();
                    for (int i = 2; i < f.Length; i++) sb.Append(char.ConvertFromUtf32(Hex(f[i])));
                    db._sequences[f[1]] = sb.ToString();
                    break;
            }
        }
        db.BuildComposition();
        return db;
    }

    private static int Hex(string s) => int.Parse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    // ------------------------------------------------------------------ properties

    public UcdProperties Properties(int cp)
    {
        int lo = 0, hi = _rangeStart.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < _rangeStart[mid]) hi = mid - 1;
            else if (cp > _rangeEnd[mid]) lo = mid + 1;
            else return _rangeProps[mid];
        }
        return s_unassigned;
    }

    public int Combining(int cp) => cp < 0x300 ? 0 : Properties(cp).Combining;

    public bool TryGetNumeric(int cp, out UcdNumeric value) => _numeric.TryGetValue(cp, out value);

    /// <summary>unicodedata.decomposition: "" when the character has none.</summary>
    public string Decomposition(int cp) => _decomposition.TryGetValue(cp, out var d) ? d : "";

    // ------------------------------------------------------------------ names

    private const int SBase = 0xAC00, LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;
    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>The character's name, or null when it has none.</summary>
    public string? Name(int cp)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            return "HANGUL SYLLABLE " + s_jamoL[s / NCount] + s_jamoV[s % NCount / TCount] + s_jamoT[s % TCount];
        }
        if (_names.TryGetValue(cp, out var n)) return n;
        foreach (var (start, end, prefix) in _derivedNames)
            if (cp >= start && cp <= end) return prefix + cp.ToString("X", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>The code point a name or formal alias denotes (case-insensitive), or -1. Named sequences are not code points: see <see cref="LookupSequence"/>.</summary>
    public int Lookup(string name)
    {
        string key = name.ToUpperInvariant();
        foreach (var (start, end, prefix) in _derivedNames)
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(key.AsSpan(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int v)
                && v >= start && v <= end && key.Length - prefix.Length >= 4)
                return v;
        }
        var byName = LazyInitializer.EnsureInitialized(ref _byName, BuildByName);
        if (byName.TryGetValue(key, out int cp)) return cp;
        return _aliases.TryGetValue(key, out cp) ? cp : -1;
    }

    /// <summary>A named character sequence ("LATIN SMALL LETTER R WITH TILDE"), or null.</summary>
    public string? LookupSequence(string name) => _sequences.TryGetValue(name.ToUpperInvariant(), out var s) ? s : null;

    private Dictionary<string, int> BuildByName()
    {
        var d = new Dictionary<string, int>(_names.Count + SCount, StringComparer.Ordinal);
        foreach (var (cp, name) in _names) d[name] = cp;
        for (int cp = SBase; cp < SBase + SCount; cp++) d[Name(cp)!] = cp;
        return d;
    }
}
