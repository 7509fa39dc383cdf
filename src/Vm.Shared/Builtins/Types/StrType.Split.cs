// str: split/rsplit (whitespace and separator forms), splitlines, join, strip/lstrip/rstrip.
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class StrType<TSync>
{
    private static void InstallSplit(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        // The FastN entries: the eval loop's fixed-arity calls (Interpreter.BuiltinCalls.cs), the body Fn runs once its arguments are parsed.
        var split = Def.Method(rt, t, "split", (ts2, a, kw) => Split(ts2, a, kw, "split", false));
        split.Fast1 = (ts2, s) => SplitParsed(ts2, (PyStr)s, null, null, false);
        split.Fast2 = (ts2, s, sep) => SplitParsed(ts2, (PyStr)s, sep, null, false);
        Def.Method(rt, t, "rsplit", (ts2, a, kw) => Split(ts2, a, kw, "rsplit", true));
        Def.Method(rt, t, "splitlines", SplitLines);
        Def.Method(rt, t, "join", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "str.join", kw);
            Args.Count(ts2, "str.join", a.Length - 1, 1, 1);
            return Join(ts2, Self(a), a[1]);
        }).Fast2 = (ts2, s, x) => Join(ts2, (PyStr)s, x);
        DefStrip(rt, t, "strip", true, true);
        DefStrip(rt, t, "lstrip", true, false);
        DefStrip(rt, t, "rstrip", false, true);
    }

    private static void DefStrip(PyRuntime rt, PyType t, string name, bool left, bool right)
    {
        var f = Def.Method(rt, t, name, (ts2, a, kw) => Strip(ts2, a, kw, name, left, right));
        f.Fast1 = (ts2, s) => StripParsed(ts2, (PyStr)s, null, name, left, right);
        f.Fast2 = (ts2, s, chars) => StripParsed(ts2, (PyStr)s, chars, name, left, right);
    }

    private static readonly string[] s_splitNames = ["sep", "maxsplit"];

    /// <summary>Bit c is set for the ASCII whitespace of str.isspace, all below 64: \t..\r, \x1c..\x1f and the space.</summary>
    private const ulong AsciiSpaceBits = 0x3E00UL | 0xF000_0000UL | 1UL << 32;

    private static bool IsSpaceAt(string v, int i, out int width)
    {
        char c = v[i];
        width = 1;
        if (c < 64) return ((AsciiSpaceBits >> c) & 1) != 0;
        if (c < 0x80) return false;
        if (char.IsSurrogate(c)) return false;
        return Unicode.IsSpace(c);
    }

    private static PyObject Split(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool reverse)
    {
        var rt = ts.Rt;
        var s = Self(a);
        PyObject? sepO = null, maxO = null;
        if (kw == null)
        {
            if (a.Length > 3) throw rt.TypeError($"{name}() takes at most 2 arguments ({a.Length - 1} given)");
            if (a.Length > 1) sepO = a[1];
            if (a.Length > 2) maxO = a[2];
        }
        else
        {
            var b = Args.Bind(ts, name, a[1..], kw, s_splitNames, 0);
            sepO = b[0];
            maxO = b[1];
        }
        return SplitParsed(ts, s, sepO, maxO, reverse);
    }

    /// <summary>str.split/rsplit once the arguments are parsed (null: not given).</summary>
    private static PyObject SplitParsed(PyThreadState ts, PyStr s, PyObject? sepO, PyObject? maxO, bool reverse)
    {
        var rt = ts.Rt;
        long maxsplit = maxO == null ? -1 : SeqIndex<TSync>.AsSsize(ts, maxO);
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var v = s.Value;
        if (!reverse && (sepO == null || ReferenceEquals(sepO, rt.None))) return Ops<TSync>.NewList(ts, SplitWhitespace(rt, v, maxsplit));
        var parts = new List<PyObject>();
        if (sepO == null || ReferenceEquals(sepO, rt.None)) RSplitWhitespace(rt, v, maxsplit, parts);
        else
        {
            if (sepO is not PyStr sep) throw rt.TypeError($"must be str or None, not {sepO.Type.Name}");
            if (sep.Value.Length == 0) throw rt.ValueError("empty separator");
            var sv = sep.Value;
            if (sv.Length == 1 && !reverse)
            {
                // Hot path: one-char separator, result array sized exactly.
                char c = sv[0];
                long occurrences = v.AsSpan().Count(c);
                int n = (int)Math.Min(occurrences, maxsplit) + 1;
                if (n == 1) return Ops<TSync>.NewList(ts, [s.Type == rt.StrType ? s : rt.NewStr(v)]);
                var items = new PyObject[n];
                int pos = 0;
                for (int k = 0; k < n - 1; k++)
                {
                    int at = v.IndexOf(c, pos);
                    items[k] = rt.NewStr(v[pos..at]);
                    pos = at + 1;
                }
                items[n - 1] = rt.NewStr(v[pos..]);
                return Ops<TSync>.NewList(ts, items);
            }
            if (!reverse)
            {
                int pos = 0;
                long k = 0;
                while (k < maxsplit)
                {
                    int at = sv.Length == 1 ? v.IndexOf(sv[0], pos) : v.IndexOf(sv, pos, StringComparison.Ordinal);
                    if (at < 0) break;
                    parts.Add(rt.NewStr(v[pos..at]));
                    pos = at + sv.Length;
                    k++;
                }
                parts.Add(pos == 0 && s.Type == rt.StrType ? s : rt.NewStr(v[pos..]));
            }
            else
            {
                int end = v.Length;
                long k = 0;
                while (k < maxsplit && end > 0)
                {
                    int at = v.LastIndexOf(sv, end - 1, end, StringComparison.Ordinal);
                    if (at < 0) break;
                    parts.Add(rt.NewStr(v[(at + sv.Length)..end]));
                    end = at;
                    k++;
                }
                parts.Add(end == v.Length && s.Type == rt.StrType ? s : rt.NewStr(v[..end]));
                parts.Reverse();
            }
        }
        return Ops<TSync>.NewList(ts, parts.ToArray());
    }

    /// <summary>str.split() / str.split(None, maxsplit): the words, in a rented buffer until they are all found (PooledParts).</summary>
    private static PyObject[] SplitWhitespace(PyRuntime rt, string v, long maxsplit)
    {
        int i = 0, n = v.Length;
        // n chars hold at most (n + 1) / 2 words, and maxsplit splits make maxsplit + 1 of them.
        var parts = new PooledParts((int)Math.Min(Math.Min((n + 1) / 2, Math.Min(maxsplit, n) + 1), PooledParts.MaxInitial));
        long k = 0;
        while (true)
        {
            while (i < n && IsSpaceAt(v, i, out _)) i++;
            if (i >= n) break;
            if (k >= maxsplit)
            {
                // The rest (trailing whitespace kept).
                parts.Add(rt.NewStr(v[i..]));
                break;
            }
            int j = i;
            while (j < n && !IsSpaceAt(v, j, out _)) j++;
            parts.Add(rt.NewStr(v[i..j]));
            k++;
            i = j;
        }
        return parts.ToArrayAndReturn();
    }

    /// <summary>
    /// The items of a split collected in an array rented from the shared pool, sized for the most the
    /// string can hold when that is small enough (else grown by doubling), then copied out exactly:
    /// a 3000-word split() grew a List through eleven arrays and copied it once more (90 KB of garbage
    /// a call). The used part is cleared before the buffer goes back, so the pool keeps no objects alive.
    /// Only NewStr runs while it is held (no Python code, so no reentrant split on this thread).
    /// </summary>
    private struct PooledParts(int capacity)
    {
        /// <summary>The largest buffer rented up front (64 K items, 512 KB); bigger splits grow from it.</summary>
        public const int MaxInitial = 1 << 16;

        private PyObject[] _buf = System.Buffers.ArrayPool<PyObject>.Shared.Rent(Math.Max(capacity, 1));
        private int _n;

        public void Add(PyObject o)
        {
            if (_n == _buf.Length) Grow();
            _buf[_n++] = o;
        }

        private void Grow()
        {
            var bigger = System.Buffers.ArrayPool<PyObject>.Shared.Rent(_buf.Length * 2);
            Array.Copy(_buf, bigger, _n);
            Release();
            _buf = bigger;
        }

        private readonly void Release()
        {
            Array.Clear(_buf, 0, _n);
            System.Buffers.ArrayPool<PyObject>.Shared.Return(_buf);
        }

        public PyObject[] ToArrayAndReturn()
        {
            var items = _n == 0 ? [] : _buf.AsSpan(0, _n).ToArray();
            Release();
            return items;
        }
    }

    private static void RSplitWhitespace(PyRuntime rt, string v, long maxsplit, List<PyObject> parts)
    {
        int j = v.Length;
        long k = 0;
        while (true)
        {
            while (j > 0 && IsSpaceAt(v, j - 1, out _)) j--;
            if (j <= 0) break;
            if (k >= maxsplit)
            {
                parts.Add(rt.NewStr(v[..j]));
                break;
            }
            int i = j;
            while (i > 0 && !IsSpaceAt(v, i - 1, out _)) i--;
            parts.Add(rt.NewStr(v[i..j]));
            k++;
            j = i;
        }
        parts.Reverse();
    }

    private static readonly string[] s_splitLinesNames = ["keepends"];

    private static PyObject SplitLines(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var s = Self(a);
        bool keepends = false;
        if (kw == null)
        {
            if (a.Length > 2) throw rt.TypeError($"splitlines() takes at most 1 argument ({a.Length - 1} given)");
            if (a.Length == 2) keepends = Ops<TSync>.IsTrue(ts, a[1]);
        }
        else
        {
            var b = Args.Bind(ts, "splitlines", a[1..], kw, s_splitLinesNames, 0);
            if (b[0] != null) keepends = Ops<TSync>.IsTrue(ts, b[0]!);
        }
        var v = s.Value;
        var parts = new List<PyObject>();
        int i = 0, n = v.Length;
        while (i < n)
        {
            int start = i;
            while (i < n && !Unicode.IsLineBreak(v[i])) i++;
            int eol = i;
            if (i < n)
            {
                if (v[i] == '\r' && i + 1 < n && v[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            if (start == 0 && eol == n && s.Type == rt.StrType) parts.Add(s);
            else parts.Add(rt.NewStr(v[start..eol]));
        }
        return Ops<TSync>.NewList(ts, parts.ToArray());
    }

    /// <summary>sep.join(iterable) with a precomputed length.</summary>
    public static PyObject Join(PyThreadState ts, PyStr sep, PyObject iterable)
    {
        var rt = ts.Rt;
        PyObject[] items;
        int count;
        if (iterable is PyList l)
        {
            items = Vm.Runtime.ListOps<TSync>.Snapshot(ts, l);
            count = items.Length;
        }
        else if (iterable is PyTuple t)
        {
            items = t.Items;
            count = items.Length;
        }
        else
        {
            if (!Ops<TSync>.IsIterable(ts, iterable)) throw rt.TypeError("can only join an iterable");
            // A tuple of the items (CPython's PySequence_Fast), released after: fresh items go with it.
            var tuple = Ops<TSync>.NewTuple(ts, Ops<TSync>.ToArray(ts, iterable));
            try
            {
                return Join(ts, sep, tuple);
            }
            finally
            {
                Ops<TSync>.Drop(ts, tuple);
            }
        }
        if (count == 0) return rt.EmptyStr;
        if (count == 1 && items[0] is PyStr only && only.Type == rt.StrType) return only;
        var sv = sep.Value;
        long total = (long)sv.Length * (count - 1);
        for (int i = 0; i < count; i++)
        {
            if (items[i] is not PyStr ps)
                throw rt.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            total += ps.Value.Length;
        }
        if (total > int.MaxValue) throw rt.OverflowError("join() result is too long for a Python string");
        if (total == 0) return rt.EmptyStr;
        var result = string.Create((int)total, (items, count, sv), static (span, st) =>
        {
            int pos = 0;
            var sepSpan = st.sv.AsSpan();
            for (int i = 0; i < st.count; i++)
            {
                if (i > 0 && sepSpan.Length > 0)
                {
                    sepSpan.CopyTo(span[pos..]);
                    pos += sepSpan.Length;
                }
                var part = ((PyStr)st.items[i]).Value;
                part.AsSpan().CopyTo(span[pos..]);
                pos += part.Length;
            }
        });
        return rt.NewStr(result);
    }

    private static PyObject Strip(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, bool left, bool right)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, name, kw);
        Args.Count(ts, name, a.Length - 1, 0, 1);
        return StripParsed(ts, Self(a), a.Length > 1 ? a[1] : null, name, left, right);
    }

    /// <summary>Whether <paramref name="set"/> holds <paramref name="c"/>: a loop for a few chars (strip(",.")), the vectorised search for more.</summary>
    private static bool HasChar(string set, char c)
    {
        if (set.Length > 8) return set.Contains(c);
        foreach (char x in set)
            if (x == c) return true;
        return false;
    }

    /// <summary>str.strip/lstrip/rstrip once the arguments are checked (null: chars not given).</summary>
    private static PyObject StripParsed(PyThreadState ts, PyStr s, PyObject? charsO, string name, bool left, bool right)
    {
        var rt = ts.Rt;
        var v = s.Value;
        int i = 0, j = v.Length;
        if (charsO == null || ReferenceEquals(charsO, rt.None))
        {
            if (left) while (i < j && IsSpaceAt(v, i, out _)) i++;
            if (right) while (j > i && IsSpaceAt(v, j - 1, out _)) j--;
        }
        else
        {
            if (charsO is not PyStr chars) throw rt.TypeError($"{name} arg must be None or str");
            var cv = chars.Value;
            if (chars.IsSimple)
            {
                if (left) while (i < j && HasChar(cv, v[i])) i++;
                if (right) while (j > i && HasChar(cv, v[j - 1])) j--;
            }
            else
            {
                var set = new HashSet<int>(CodePoints.ToArray(cv));
                if (left)
                    while (i < j)
                    {
                        int k = i;
                        if (!set.Contains(CodePoints.Next(v, ref k))) break;
                        i = k;
                    }
                if (right)
                    while (j > i)
                    {
                        int k = j;
                        if (!set.Contains(CodePoints.Prev(v, ref k))) break;
                        j = k;
                    }
            }
        }
        if (i == 0 && j == v.Length) return Result(ts, s, v);
        return rt.NewStr(v[i..j]);
    }
}
