// str: repr/str/hash, comparisons (by code point), len, indexing and slicing, iteration,
// containment, concatenation, repetition and % formatting.
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class StrType<TSync>
{
    private static void InstallDunders(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        var asciiIter = rt.NewBuiltinType("str_ascii_iterator", rt.IteratorType, TypeFlags.None);
        var iter = rt.NewBuiltinType("str_iterator", rt.IteratorType, TypeFlags.None);

        Def.Method(rt, t, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr(TextRepr.Str(Self(a).Value)));
        Def.Method(rt, t, "__str__", (ts2, a, kw) =>
        {
            var s = Self(a);
            return s.Type == ts2.Rt.StrType ? s : ts2.Rt.NewStr(s.Value);
        });
        Def.Method(rt, t, "__hash__", (ts2, a, kw) => ts2.Rt.NewInt(Self(a).Hash));
        Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(CodePoints.Length(Self(a))));
        Def.Method(rt, t, "__eq__", (ts2, a, kw) =>
            a[1] is PyStr o ? ts2.Rt.NewBool(Self(a).Value == o.Value) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__ne__", (ts2, a, kw) =>
            a[1] is PyStr o ? ts2.Rt.NewBool(Self(a).Value != o.Value) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__lt__", (ts2, a, kw) => a[1] is PyStr o ? ts2.Rt.NewBool(Compare(Self(a).Value, o.Value) < 0) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__le__", (ts2, a, kw) => a[1] is PyStr o ? ts2.Rt.NewBool(Compare(Self(a).Value, o.Value) <= 0) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__gt__", (ts2, a, kw) => a[1] is PyStr o ? ts2.Rt.NewBool(Compare(Self(a).Value, o.Value) > 0) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__ge__", (ts2, a, kw) => a[1] is PyStr o ? ts2.Rt.NewBool(Compare(Self(a).Value, o.Value) >= 0) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) => GetItem(ts2, Self(a), a[1]));
        Def.Method(rt, t, "__contains__", (ts2, a, kw) =>
        {
            if (a[1] is not PyStr sub) throw ts2.Rt.TypeError($"'in <string>' requires string as left operand, not {a[1].Type.Name}");
            return ts2.Rt.NewBool(Self(a).Value.Contains(sub.Value, StringComparison.Ordinal));
        });
        Def.Method(rt, t, "__iter__", (ts2, a, kw) =>
        {
            var s = Self(a);
            Ops<TSync>.IncRef(ts2, s);
            return new StrIterator(System.Text.Ascii.IsValid(s.Value) ? asciiIter : iter, s);
        });
        Def.Method(rt, t, "__add__", (ts2, a, kw) =>
        {
            var s = Self(a);
            if (a[1] is PyStr o)
            {
                if (o.Value.Length == 0 && s.Type == ts2.Rt.StrType) return s;
                if (s.Value.Length == 0 && o.Type == ts2.Rt.StrType) return o;
                return ts2.Rt.NewStr(string.Concat(s.Value, o.Value));
            }
            var r = TryReflected(ts2, a[1], s, "__radd__");
            return r ?? throw ts2.Rt.TypeError($"can only concatenate str (not \"{a[1].Type.Name}\") to str");
        });
        Def.Method(rt, t, "__mul__", (ts2, a, kw) => Repeat(ts2, Self(a), a[1], true));
        Def.Method(rt, t, "__rmul__", (ts2, a, kw) => Repeat(ts2, Self(a), a[1], false));
        Def.Method(rt, t, "__mod__", (ts2, a, kw) => ts2.Rt.NewStr(PercentFormat<TSync>.FormatStr(ts2, Self(a).Value, a[1])));
        Def.Method(rt, t, "__rmod__", (ts2, a, kw) =>
            a[1] is PyStr fmt ? ts2.Rt.NewStr(PercentFormat<TSync>.FormatStr(ts2, fmt.Value, a[0])) : ts2.Rt.NotImplemented);
        Def.Method(rt, t, "__getnewargs__", (ts2, a, kw) => Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewStr(Self(a).Value)]));
        Def.Method(rt, t, "__sizeof__", (ts2, a, kw) =>
        {
            var s = Self(a);
            // CPython's kind: 1, 2 or 4 bytes by the largest code point (a lone surrogate is below 0x10000).
            int unit = CodePoints.IndexOfOutsideRange(s.Value, '\0', '\u00FF') < 0 ? 1
                : s.IsSimple || CodePoints.IndexOfInRange(s.Value, '\uD800', '\uDBFF') < 0 ? 2 : 4;
            bool ascii = unit == 1 && System.Text.Ascii.IsValid(s.Value);
            return ts2.Rt.NewInt((ascii ? 41 : 57) + (long)CodePoints.Length(s) * unit);
        });
    }

    /// <summary>Code point order (CodePoints.Compare).</summary>
    public static int Compare(string x, string y) => CodePoints.Compare(x, y);

    /// <summary>other.__rop__(self) when other's type defines it (for the sequence error messages).</summary>
    private static PyObject? TryReflected(PyThreadState ts, PyObject other, PyObject self, string name)
    {
        // Only user classes: a builtin sequence on the right does not get to repeat/concatenate (sq_repeat of the left wins).
        if (!other.Type.IsHeapType) return null;
        var m = other.Type.Lookup(ts.Rt.Intern(name));
        if (m == null) return null;
        var r = Ops<TSync>.CallMethodDescr(ts, m, other, [self]);
        return ReferenceEquals(r, ts.Rt.NotImplemented) ? null : r;
    }

    private static PyObject Repeat(PyThreadState ts, PyStr s, PyObject count, bool forward)
    {
        var rt = ts.Rt;
        if (count is not PyInt && count.Type.Lookup(rt.Intern("__index__")) == null)
        {
            if (forward && TryReflected(ts, count, s, "__rmul__") is { } r) return r;
            throw rt.TypeError($"can't multiply sequence by non-int of type '{count.Type.Name}'");
        }
        long n = ContainerTypes<TSync>.RepeatCount(ts, count);
        if (n <= 0 || s.Value.Length == 0) return rt.EmptyStr;
        if (n == 1) return s.Type == rt.StrType ? s : rt.NewStr(s.Value);
        if (n > long.MaxValue / s.Value.Length) throw rt.OverflowError("repeated string is too long");
        long total = n * s.Value.Length;
        if (total > int.MaxValue / 2) throw rt.MemoryError();
        var v = s.Value;
        if (v.Length == 1) return rt.NewStr(new string(v[0], (int)n));
        return rt.NewStr(string.Create((int)total, v, static (span, src) =>
        {
            src.AsSpan().CopyTo(span);
            int filled = src.Length;
            while (filled < span.Length)
            {
                int chunk = Math.Min(filled, span.Length - filled);
                span[..chunk].CopyTo(span[filled..]);
                filled += chunk;
            }
        }));
    }

    /// <summary>s[i] for an int index, or null when i is out of range (the caller raises
    /// <see cref="IndexOutOfRange"/>; BINARY_SUBSCR does so without a .NET throw).</summary>
    internal static PyStr? CharAtOrNull(PyRuntime rt, PyStr s, long i)
    {
        var v = s.Value;
        if (s.IsSimple)
        {
            if (i < 0) i += v.Length;
            if ((ulong)i >= (ulong)v.Length) return null;
            return rt.NewStr(v[(int)i]);
        }
        int len = CodePoints.Length(s);
        if (i < 0) i += len;
        if ((ulong)i >= (ulong)len) return null;
        int ci = CodePoints.CharIndex(v, i);
        int end = ci;
        CodePoints.Next(v, ref end);
        return rt.NewStr(v.Substring(ci, end - ci));
    }

    internal static PyException IndexOutOfRange(PyRuntime rt) => rt.IndexError("string index out of range");

    private static PyObject GetItem(PyThreadState ts, PyStr s, PyObject key)
    {
        var rt = ts.Rt;
        if (key is PyInt || (key is not PySlice && key.Type.Lookup(rt.Intern("__index__")) != null))
        {
            long i = SeqIndex<TSync>.ItemIndex(ts, key);
            return CharAtOrNull(rt, s, i) ?? throw IndexOutOfRange(rt);
        }
        if (key is PySlice sl)
        {
            SeqIndex<TSync>.Unpack(ts, sl, out long start, out long stop, out long step);
            return Slice(rt, s, start, stop, step);
        }
        throw rt.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    /// <summary>s[start:stop:step] from PySlice_Unpack's values (step != 0): str.__getitem__ with a slice,
    /// and BUILD_SLICE + BINARY_SUBSCR without the slice object (Interpreter.SeqSlices.cs).</summary>
    internal static PyStr Slice(PyRuntime rt, PyStr s, long start, long stop, long step)
    {
        var v = s.Value;
        long count = SeqIndex<TSync>.AdjustIndices(CodePoints.Length(s), ref start, ref stop, step);
        if (count <= 0) return rt.EmptyStr;
        if (step == 1)
        {
            if (count == v.Length && s.Type == rt.StrType) return s;
            if (s.IsSimple) return rt.NewStr(v.Substring((int)start, (int)count));
            int cs = CodePoints.CharIndex(v, start);
            int ce = cs;
            for (long k = 0; k < count; k++) CodePoints.Next(v, ref ce);
            return rt.NewStr(v.Substring(cs, ce - cs));
        }
        if (s.IsSimple)
        {
            return rt.NewStr(string.Create((int)count, (v, start, step), static (span, st) =>
            {
                long p = st.start;
                for (int k = 0; k < span.Length; k++, p += st.step) span[k] = st.v[(int)p];
            }));
        }
        var cps = CodePoints.ToArray(v);
        var res = new int[count];
        long q = start;
        for (long k = 0; k < count; k++, q += step) res[k] = cps[q];
        return rt.NewStr(CodePoints.FromArray(res));
    }
}
