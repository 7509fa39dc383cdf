// bytes/bytearray: repr, hash, comparisons, len, indexing/slicing, iteration, containment,
// concatenation, repetition and % formatting.
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class BytesTypes<TSync>
{
    private static void InstallDunders(PyThreadState ts, PyType t, bool isBa, PyType iterType)
    {
        var rt = ts.Rt;
        Def.Method(rt, t, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr(Repr(a[0])));
        Def.Method(rt, t, "__str__", (ts2, a, kw) => ts2.Rt.NewStr(Repr(a[0])));
        if (!isBa)
        {
            Def.Method(rt, t, "__hash__", (ts2, a, kw) =>
            {
                return ts2.Rt.NewInt(BytesHash.Of((PyBytes)a[0]));
            });
            Def.Method(rt, t, "__bytes__", (ts2, a, kw) => a[0].Type == ts2.Rt.BytesType ? a[0] : ts2.Rt.NewBytes(((PyBytes)a[0]).Value));
        }
        Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(Data(a[0]).Length));
        string[] cmp = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
        for (int k = 0; k < cmp.Length; k++)
        {
            int op = k;
            Def.Method(rt, t, cmp[k], (ts2, a, kw) =>
            {
                // bytes compares only with bytes; bytearray with any bytes-like object.
                if ((!isBa && a[1] is not PyBytes) || BufferOf(a[1]) is not { } other) return ts2.Rt.NotImplemented;
                var x = Data(a[0]);
                var y = other.Span;
                bool r = op switch
                {
                    0 => x.SequenceEqual(y),
                    1 => !x.SequenceEqual(y),
                    2 => x.SequenceCompareTo(y) < 0,
                    3 => x.SequenceCompareTo(y) <= 0,
                    4 => x.SequenceCompareTo(y) > 0,
                    _ => x.SequenceCompareTo(y) >= 0,
                };
                return ts2.Rt.NewBool(r);
            });
        }
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) => GetItem(ts2, a[0], a[1]));
        Def.Method(rt, t, "__contains__", (ts2, a, kw) =>
        {
            var data = Data(a[0]);
            if (a[1] is PyStr) throw ts2.Rt.TypeError("a bytes-like object is required, not 'str'");
            if (BufferOf(a[1]) is { } m) return ts2.Rt.NewBool(data.IndexOf(m.Span) >= 0);
            if (a[1] is not PyInt && a[1].Type.Lookup(ts2.Rt.Intern("__index__")) == null)
                throw ts2.Rt.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
            return ts2.Rt.NewBool(data.IndexOf(ByteValue(ts2, a[1])) >= 0);
        });
        Def.Method(rt, t, "__iter__", (ts2, a, kw) =>
        {
            Ops<TSync>.IncRef(ts2, a[0]);
            return new BytesIterator(iterType, a[0]);
        });
        Def.Method(rt, t, "__add__", (ts2, a, kw) =>
        {
            if (BufferOf(a[1]) is not { } other)
            {
                var m = a[1].Type.IsHeapType ? a[1].Type.Lookup(ts2.Rt.Intern("__radd__")) : null;
                if (m != null)
                {
                    var r = Ops<TSync>.CallMethodDescr(ts2, m, a[1], [a[0]]);
                    if (!ReferenceEquals(r, ts2.Rt.NotImplemented)) return r;
                }
                throw ts2.Rt.TypeError($"can't concat {a[1].Type.Name} to {TypeName(a[0])}");
            }
            var x = Data(a[0]);
            if (other.Length == 0 && a[0].Type == ts2.Rt.BytesType) return a[0];
            var res = new byte[x.Length + other.Length];
            x.CopyTo(res);
            other.Span.CopyTo(res.AsSpan(x.Length));
            return Make(ts2, a[0], res);
        });
        Def.Method(rt, t, "__mul__", (ts2, a, kw) => Repeat(ts2, a[0], a[1], true));
        Def.Method(rt, t, "__rmul__", (ts2, a, kw) => Repeat(ts2, a[0], a[1], false));
        Def.Method(rt, t, "__mod__", (ts2, a, kw) => Make(ts2, a[0], PercentFormat<TSync>.FormatBytes(ts2, Data(a[0]), a[1])));
        Def.Method(rt, t, "__rmod__", (ts2, a, kw) =>
            a[1] is PyBytes or PyByteArray ? Make(ts2, a[1], PercentFormat<TSync>.FormatBytes(ts2, Data(a[1]), a[0])) : ts2.Rt.NotImplemented);
        if (!isBa) Def.Method(rt, t, "__getnewargs__", (ts2, a, kw) => Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewBytes(Data(a[0]).ToArray())]));
        Def.Method(rt, t, "__buffer__", (ts2, a, kw) =>
        {
            Args.Count(ts2, "__buffer__", a.Length - 1, 1, 1);
            return MakeView(ts2, a[0]);
        });
        if (isBa) Def.Method(rt, t, "__release_buffer__", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, t, "__sizeof__", (ts2, a, kw) => ts2.Rt.NewInt((isBa ? 57 : 33) + (long)Data(a[0]).Length));
    }

    private static string Repr(PyObject self)
    {
        if (self is PyBytes b) return TextRepr.Bytes(b.Value);
        var sb = new System.Text.StringBuilder();
        sb.Append(self.Type.Name).Append('(');
        TextRepr.AppendBytes(sb, View((PyByteArray)self), escapeAllSingle: true);
        sb.Append(')');
        return sb.ToString();
    }

    private static PyObject Repeat(PyThreadState ts, PyObject self, PyObject count, bool forward)
    {
        var rt = ts.Rt;
        if (count is not PyInt && count.Type.Lookup(rt.Intern("__index__")) == null)
        {
            if (forward)
            {
                var m = count.Type.IsHeapType ? count.Type.Lookup(rt.Intern("__rmul__")) : null;
                if (m != null)
                {
                    var r = Ops<TSync>.CallMethodDescr(ts, m, count, [self]);
                    if (!ReferenceEquals(r, rt.NotImplemented)) return r;
                }
            }
            throw rt.TypeError($"can't multiply sequence by non-int of type '{count.Type.Name}'");
        }
        var data = Data(self);
        long n = ContainerTypes<TSync>.RepeatCount(ts, count);
        if (n <= 0 || data.Length == 0) return Make(ts, self, []);
        if (n == 1 && self.Type == rt.BytesType) return self;
        // CPython: bytes past PY_SSIZE_T_MAX are an OverflowError, bytearray's a MemoryError;
        // anything past a .NET array's length cannot be allocated (MemoryError).
        if (n > long.MaxValue / data.Length && self is not PyByteArray) throw rt.OverflowError("repeated bytes are too long");
        if (n > Array.MaxLength / data.Length) throw rt.MemoryError();
        return Make(ts, self, RepeatBytes(data, (int)n));
    }

    private static byte[] RepeatBytes(ReadOnlySpan<byte> data, int n)
    {
        var res = new byte[data.Length * n];
        if (data.Length == 1) res.AsSpan().Fill(data[0]);
        else
        {
            data.CopyTo(res);
            int filled = data.Length;
            while (filled < res.Length)
            {
                int chunk = Math.Min(filled, res.Length - filled);
                res.AsSpan(0, chunk).CopyTo(res.AsSpan(filled));
                filled += chunk;
            }
        }
        return res;
    }

    private static PyObject GetItem(PyThreadState ts, PyObject self, PyObject key)
    {
        var rt = ts.Rt;
        bool isBa = self is PyByteArray;
        var data = Data(self);
        if (key is PyInt || (key is not PySlice && key.Type.Lookup(rt.Intern("__index__")) != null))
        {
            long i = SeqIndex<TSync>.ItemIndex(ts, key);
            if (i < 0) i += data.Length;
            if ((ulong)i >= (ulong)data.Length) throw rt.IndexError(isBa ? "bytearray index out of range" : "index out of range");
            return rt.NewInt(data[(int)i]);
        }
        if (key is PySlice sl)
        {
            long count = SeqIndex<TSync>.Adjust(ts, sl, data.Length, out long start, out _, out long step);
            if (count <= 0) return Make(ts, self, []);
            if (step == 1)
            {
                if (count == data.Length && self.Type == rt.BytesType) return self;
                return Make(ts, self, data.Slice((int)start, (int)count).ToArray());
            }
            var res = new byte[count];
            long p = start;
            for (long k = 0; k < count; k++, p += step) res[k] = data[(int)p];
            return Make(ts, self, res);
        }
        throw rt.TypeError(isBa ? $"bytearray indices must be integers or slices, not {key.Type.Name}"
            : $"byte indices must be integers or slices, not {key.Type.Name}");
    }
}
