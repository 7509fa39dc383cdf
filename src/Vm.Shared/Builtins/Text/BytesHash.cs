using Vm.Objects;

namespace Vm.Builtins.Text;

/// <summary>hash(bytes): FNV-1a, equal to str's hash of the same Latin-1 text (hash(b'a') == hash('a'), as in CPython).</summary>
public static class BytesHash
{
    public static long Of(ReadOnlySpan<byte> data)
    {
        ulong h = 14695981039346656037UL;
        foreach (byte c in data)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        long r = (long)(h >> 1);
        if (r == 0 || r == -1) r = 2;
        return r;
    }

    /// <summary>The cached hash of a bytes object.</summary>
    public static long Of(PyBytes b)
    {
        long h = b._hash;
        if (h == 0) b._hash = h = Of(b.Value);
        return h;
    }
}
