using System.Runtime.CompilerServices;

namespace Vm.Objects;

/// <summary>
/// `str`. Holds a .NET string (UTF-16). Python indexes by code point: strings containing
/// surrogate pairs (astral characters) are flagged and indexed through a slower path.
/// Exact str objects are immortal for reference counting (they have no observable finalisation).
/// </summary>
public class PyStr : PyObject
{
    public readonly string Value;
    private long _hash;
    private int _cpLength = -1;

    public PyStr(PyType type, string value) : base(type)
    {
        Value = value;
    }

    internal static PyStr NewImmortal(PyType type, string value)
    {
        var s = new PyStr(type, value);
        s.MakeImmortal();
        return s;
    }

    public long Hash
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var h = _hash;
            return h != 0 ? h : ComputeHash();
        }
    }

    private long ComputeHash()
    {
        // FNV-1a over UTF-16 units, 64-bit, deterministic across runs and backends.
        ulong h = 14695981039346656037UL;
        foreach (char c in Value)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        long r = (long)(h >> 1);
        if (r == 0 || r == -1) r = 2;
        _hash = r;
        return r;
    }

    /// <summary>Length in code points (what len() returns).</summary>
    public int Length
    {
        get
        {
            var n = _cpLength;
            if (n >= 0) return n;
            var v = Value;
            n = v.Length;
            // A surrogate pair is one code point; a lone surrogate (e.g. '\udc80') is one on its own.
            for (int i = 1; i < v.Length; i++)
                if (char.IsLowSurrogate(v[i]) && char.IsHighSurrogate(v[i - 1])) { n--; i++; }
            _cpLength = n;
            return n;
        }
    }

    /// <summary>True when every code point is one UTF-16 unit (indexing by char is indexing by code point).</summary>
    public bool IsSimple => Length == Value.Length;

    public override string ToString() => Value;
}
