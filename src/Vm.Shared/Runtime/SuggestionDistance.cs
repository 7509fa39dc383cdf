// "Did you mean" suggestions (CPython 3.13's Python/suggestions.c, reimplemented): the closest candidate to a
// misspelt name by an edit distance over the UTF-8 bytes of both, where an insertion, deletion or substitution
// costs 2 and a substitution that only flips ASCII case costs 1. A candidate is taken only when the distance is
// at most a third of the two lengths' sum; no suggestion is made from 750 candidates or more, and parts longer
// than 40 bytes (after trimming the common prefix and suffix) never match.
using System.Text;

namespace Vm.Runtime;

public static class SuggestionDistance
{
    public const int MoveCost = 2;
    public const int CaseCost = 1;
    public const int MaxCandidates = 750;
    public const int MaxStringSize = 40;

    /// <summary>The candidate closest to name (the first of equally close ones), or null: CPython's
    /// _Py_CalculateSuggestions. A candidate equal to name is never suggested.</summary>
    public static string? Best(IReadOnlyList<string> candidates, string name)
    {
        if (candidates.Count >= MaxCandidates) return null;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var item in candidates)
        {
            if (item == name) continue;
            var itemBytes = Encoding.UTF8.GetBytes(item);
            // No more than a third of the involved characters may change, and only a better match counts.
            int maxDistance = Math.Min((nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6, bestDistance - 1);
            int distance = Distance(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance) continue;
            if (best == null || distance < bestDistance)
            {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>". Did you mean 'x'?" for an unexpected keyword argument (part of the TypeError's message in
    /// CPython 3.13), or "" when no parameter name is close.</summary>
    public static string KeywordTrailer(IReadOnlyList<string> parameters, string keyword) =>
        Best(parameters, keyword) is { } s ? $". Did you mean '{s}'?" : "";

    /// <summary>The edit distance of a and b, or any value above maxCost once it must exceed maxCost.</summary>
    public static int Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost)
    {
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        a = a[prefix..];
        b = b[prefix..];
        int suffix = 0;
        while (suffix < a.Length && suffix < b.Length && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix]) suffix++;
        a = a[..^suffix];
        b = b[..^suffix];
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        // The length difference alone costs this much.
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;

        // row[i] = cost of turning b's prefix handled so far into a[..(i + 1)]; one row, updated in place.
        Span<int> row = stackalloc int[MaxStringSize];
        for (int i = 0; i < a.Length; i++) row[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int j = 0; j < b.Length; j++)
        {
            byte c = b[j];
            int diagonal = j * MoveCost; // cost(b[..j], a[..i])
            result = diagonal;           // cost(b[..(j + 1)], a[..0]) before the step below
            int rowMin = int.MaxValue;
            for (int i = 0; i < a.Length; i++)
            {
                int substitute = diagonal + SubstitutionCost(c, a[i]);
                diagonal = row[i];
                int insertDelete = Math.Min(result, diagonal) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                row[i] = result;
                if (result < rowMin) rowMin = result;
            }
            if (rowMin > maxCost) return maxCost + 1;
        }
        return result;
    }

    private static int SubstitutionCost(byte x, byte y)
    {
        if ((x & 31) != (y & 31)) return MoveCost;
        if (x == y) return 0;
        return ToLowerAscii(x) == ToLowerAscii(y) ? CaseCost : MoveCost;
    }

    private static byte ToLowerAscii(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + ('a' - 'A')) : b;
}
