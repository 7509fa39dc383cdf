using System.Runtime.CompilerServices;

namespace Vm.Objects;

/// <summary>
/// `str`. Holds a .NET string (UTF-16). Python indexes by code point: strings containing
/// surrogate pairs (astral characters) or escaped lone surrogates are not <see cref="IsSimple"/>
/// and are indexed through a slower path. Lone surrogates (U+D800..U+DFFF) are stored as two-unit
/// escapes that never pair with a neighbour: see LoneSurrogates.cs for the representation and why
/// a surrogate-free string is stored, compared, hashed and searched exactly as before.
/// Exact str objects are immortal for reference counting (they have no observable finalisation).
/// A str made by `s += t` may be an <see cref="AppendedStr"/> whose text is the prefix of a shared
/// append buffer; its Value is made on first use (null until then, then never changed).
/// </summary>
public class PyStr : PyObject
{
    private string? _value;
    private long _hash;
    private int _cpLength = -1;

    public PyStr(PyType type, string value) : base(type)
    {
        _value = value;
    }

    /// <summary>An <see cref="AppendedStr"/>: no Value yet, its code point length known.</summary>
    private protected PyStr(PyType type, int cpLength) : base(type)
    {
        _cpLength = cpLength;
    }

    /// <summary>The text (UTF-16, lone surrogates escaped).</summary>
    public string Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value ?? Materialize();
    }

    /// <summary>
    /// An AppendedStr's Value, made once: racing threads make equal strings and one of them is kept
    /// (a string reference is published whole; the text never changes).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string Materialize()
    {
        var s = ((AppendedStr)this).CopyText();
        return Interlocked.CompareExchange(ref _value, s, null) ?? s;
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
            // A surrogate pair is one code point, and so is an escaped lone surrogate: every low
            // surrogate unit that is the second unit of a codeword takes one off the unit count.
            for (int i = 1; i < v.Length; i++)
                if (char.IsLowSurrogate(v[i]) && IsSecondUnit(v[i - 1], v[i])) n--;
            _cpLength = n;
            return n;
        }
    }

    /// <summary>True if low surrogate unit b after unit a ends a pair or an escape (canonical Values).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSecondUnit(char a, char b) => char.IsHighSurrogate(a) || LoneSurrogates.IsEscape(a, b);

    /// <summary>True when every code point is one UTF-16 unit (indexing by char is indexing by code point).</summary>
    public bool IsSimple => Length == Value.Length;

    public override string ToString() => Value;
}
