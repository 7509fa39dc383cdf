// `s += t` in linear time (CPython resizes s in place when only the local holds it; our exact strs
// are immortal and .NET strings cannot grow, so we share a growing buffer instead).
//
// Design note (both backends; the buffer is the only shared mutable state):
// - An AppendedStr is the first Units chars of a StrAppendBuffer. Chars below a buffer's Used are
//   written once, before Used passes them, and never again; so an AppendedStr's text is fixed the
//   moment it exists, whoever appends to the buffer afterwards.
// - Appending to the buffer is allowed only to the str whose Units == Used (the newest one: the
//   "tip"). The test and the append run under lock(buffer), so two threads appending to the same
//   tip cannot both extend it: one wins, the other copies into a fresh buffer as if there were no
//   tip. Growing replaces Chars by a larger copy of its used prefix under the same lock; a reader
//   outside the lock (CopyText) sees the old or the new array, and both hold its prefix.
// - An AppendedStr is published (stored, returned) after its chars were written, and .NET publishes
//   an object reference after the writes that precede it, so a reader on another thread sees them.
// - Fast path == slow path: the text of `a + b` is string.Concat(a.Value, b.Value) either way; the
//   code point length is additive (lone surrogates are escapes that never pair across the join,
//   LoneSurrogates.cs), so len() needs no copy. Identity follows the plain path: `s + ""` and
//   `"" + s` of exact strs return the non-empty operand, as CPython does.
// A buffer is started by `+=` (the in-place form) for results of at least StartUnits units, or by
// any append to an AppendedStr that is not its buffer's tip; a plain `a + b` of flat strs is one
// copy, as before, and `x + y` whose left operand is a tip appends.
using System.Runtime.CompilerServices;

namespace Vm.Objects;

/// <summary>The growing text behind a chain of <see cref="AppendedStr"/>s.</summary>
internal sealed class StrAppendBuffer
{
    internal char[] Chars;
    internal int Used;

    internal StrAppendBuffer(int capacity) => Chars = new char[capacity];
}

/// <summary>An exact str whose text is the first <see cref="Units"/> chars of a shared append buffer.</summary>
internal sealed class AppendedStr : PyStr
{
    /// <summary>Results of `s += t` shorter than this are plain strs (one copy is cheap).</summary>
    internal const int StartUnits = 256;

    private readonly StrAppendBuffer _buf;
    internal readonly int Units;

    private AppendedStr(PyType strType, StrAppendBuffer buf, int units, int cpLength) : base(strType, cpLength)
    {
        _buf = buf;
        Units = units;
        MakeImmortal();
    }

    /// <summary>The text, copied out of the buffer (PyStr.Value makes it once).</summary>
    internal string CopyText() => new string(Volatile.Read(ref _buf.Chars), 0, Units);

    /// <summary>
    /// a + b for exact strs (<paramref name="inplace"/>: `a += b`): appends to a's buffer when a is
    /// its tip, starts a buffer for a long in-place result, else one plain copy.
    /// </summary>
    internal static PyStr Concat(Vm.Runtime.PyRuntime rt, PyStr a, PyStr b, bool inplace)
    {
        var bv = b.Value;
        if (bv.Length == 0) return a;
        if (a is AppendedStr r)
        {
            if (r.TryAppend(rt, bv, b) is { } appended) return appended;
            return StartBuffer(rt, r._buf.Chars.AsSpan(0, r.Units), r.Length, bv, b);
        }
        var av = a.Value;
        if (av.Length == 0) return b;
        if (!inplace || av.Length + bv.Length < StartUnits) return rt.NewStr(string.Concat(av, bv));
        return StartBuffer(rt, av, a.Length, bv, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private AppendedStr? TryAppend(Vm.Runtime.PyRuntime rt, string bv, PyStr b)
    {
        var buf = _buf;
        int units;
        lock (buf)
        {
            if (buf.Used != Units) return null;
            units = Total(Units, bv.Length);
            var chars = buf.Chars;
            if (units > chars.Length)
            {
                var grown = new char[GrownCapacity(units)];
                chars.AsSpan(0, Units).CopyTo(grown);
                chars = grown;
            }
            bv.CopyTo(chars.AsSpan(Units));
            Volatile.Write(ref buf.Chars, chars);
            buf.Used = units;
        }
        return new AppendedStr(rt.StrType, buf, units, Length + b.Length);
    }

    private static AppendedStr StartBuffer(Vm.Runtime.PyRuntime rt, ReadOnlySpan<char> av, int aCp, string bv, PyStr b)
    {
        int units = Total(av.Length, bv.Length);
        var buf = new StrAppendBuffer(GrownCapacity(units));
        av.CopyTo(buf.Chars);
        bv.CopyTo(buf.Chars.AsSpan(av.Length));
        buf.Used = units;
        return new AppendedStr(rt.StrType, buf, units, aCp + b.Length);
    }

    /// <summary>The joined length; past the largest .NET array, the MemoryError string.Concat would raise.</summary>
    private static int Total(int a, int b)
    {
        long n = (long)a + b;
        return n <= Array.MaxLength ? (int)n : throw new OutOfMemoryException();
    }

    /// <summary>Doubling, capped at the largest array .NET allocates (a longer text raises MemoryError).</summary>
    private static int GrownCapacity(int units) => (int)Math.Min((long)units * 2, Array.MaxLength);
}
