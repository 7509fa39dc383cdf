// Unicode normalization (UAX #15) over the shipped database: full canonical or compatibility
// decomposition (Hangul syllables algorithmically), canonical ordering by combining class, and
// canonical composition that skips the exclusions the database marks.
using System.Globalization;
using System.Text;

namespace Vm.Text.Ucd;

internal sealed partial class UnicodeDatabase
{
    private const int LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;

    private readonly Dictionary<long, int> _composition = new(1000);

    private void BuildComposition()
    {
        foreach (var (cp, d) in _decomposition)
        {
            if (d.StartsWith('<') || _noRecompose.Contains(cp)) continue;
            var parts = d.Split(' ');
            if (parts.Length == 2) _composition[Pair(Hex(parts[0]), Hex(parts[1]))] = cp;
        }
    }

    private static long Pair(int a, int b) => (long)a << 21 | (uint)b;

    /// <summary>unicodedata.normalize for "NFC", "NFD", "NFKC" or "NFKD"; null for another form.</summary>
    public string? Normalize(string form, string s)
    {
        bool compat, compose;
        switch (form)
        {
            case "NFC": compat = false; compose = true; break;
            case "NFD": compat = false; compose = false; break;
            case "NFKC": compat = true; compose = true; break;
            case "NFKD": compat = true; compose = false; break;
            default: return null;
        }
        if (IsAsciiOnly(s)) return s;
        var cps = new List<int>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            Decompose(cp, compat, cps);
        }
        CanonicalOrder(cps);
        if (compose) Compose(cps);
        var sb = new StringBuilder(cps.Count);
        foreach (var cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private static bool IsAsciiOnly(string s)
    {
        foreach (var c in s) if (c >= 0x80) return false;
        return true;
    }

    private void Decompose(int cp, bool compat, List<int> into)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            into.Add(LBase + s / NCount);
            into.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) into.Add(TBase + s % TCount);
            return;
        }
        if (_decomposition.TryGetValue(cp, out var d))
        {
            bool isCompat = d.StartsWith('<');
            if (!isCompat || compat)
            {
                var parts = d.Split(' ');
                foreach (var part in parts)
                {
                    if (part.StartsWith('<')) continue;
                    Decompose(int.Parse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), compat, into);
                }
                return;
            }
        }
        into.Add(cp);
    }

    /// <summary>Stable sort of each run of non-starters by combining class.</summary>
    private void CanonicalOrder(List<int> cps)
    {
        for (int i = 1; i < cps.Count; i++)
        {
            int cc = Combining(cps[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && Combining(cps[j - 1]) > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    /// <summary>Canonical composition in place: each character joins the last starter when nothing
    /// between them blocks it (a starter, or a character of equal or higher combining class).</summary>
    private void Compose(List<int> cps)
    {
        int starter = -1, write = 0, lastClass = 0;
        for (int read = 0; read < cps.Count; read++)
        {
            int c = cps[read];
            int cc = Combining(c);
            if (starter >= 0)
            {
                bool blocked = write - 1 != starter && lastClass >= cc;
                if (!blocked && TryCompose(cps[starter], c, out int composed))
                {
                    cps[starter] = composed;
                    continue;
                }
            }
            if (cc == 0) starter = write;
            lastClass = cc;
            cps[write++] = c;
        }
        cps.RemoveRange(write, cps.Count - write);
    }

    private bool TryCompose(int a, int b, out int composed)
    {
        // Hangul L+V and LV+T.
        if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
        {
            composed = SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
            return true;
        }
        if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount == 0 && b > TBase && b < TBase + TCount)
        {
            composed = a + (b - TBase);
            return true;
        }
        return _composition.TryGetValue(Pair(a, b), out composed);
    }
}
