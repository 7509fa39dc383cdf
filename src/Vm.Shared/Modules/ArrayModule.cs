// The array module: typed arrays (b B u w h H i I l L q Q f d) with CPython's overflow and type
// errors. Values live in a long[] (integers; Q keeps the raw 64 bits), a double[] (f rounded to
// float precision) or code points (u, w). Mutations happen inside the array's critical section.
using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Vm.Builtins;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public sealed class ArrayState
{
    public char Code;
    public int ItemSize;
    public long[] Ints = [];
    public double[] Floats = [];
    public int Count;

    public bool IsFloat => Code is 'f' or 'd';
    public bool IsChar => Code is 'u' or 'w';

    public void EnsureCapacity(int n)
    {
        if (IsFloat)
        {
            if (Floats.Length < n) Array.Resize(ref Floats, Math.Max(n, Math.Max(8, Floats.Length * 2)));
        }
        else if (Ints.Length < n) Array.Resize(ref Ints, Math.Max(n, Math.Max(8, Ints.Length * 2)));
    }

    public byte[] ToBytes()
    {
        var res = new byte[Count * ItemSize];
        var span = res.AsSpan();
        for (int i = 0; i < Count; i++)
        {
            var s = span.Slice(i * ItemSize, ItemSize);
            switch (Code)
            {
                case 'f': BinaryPrimitives.WriteSingleLittleEndian(s, (float)Floats[i]); break;
                case 'd': BinaryPrimitives.WriteDoubleLittleEndian(s, Floats[i]); break;
                default:
                    ulong raw = (ulong)Ints[i];
                    for (int b = 0; b < ItemSize; b++) s[b] = (byte)(raw >> (8 * b));
                    break;
            }
        }
        return res;
    }
}

public static class ArrayModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Codes = "bBuwhHiIlLqQfd";

    private static int ItemSize(char c) => c switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' or 'w' => 4,
        _ => 8,
    };

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "array", out var d);
        var t = ArrayType(ts);
        Def.Value(rt, d, "array", t);
        Def.Value(rt, d, "ArrayType", t);
        Def.Value(rt, d, "typecodes", rt.NewStr("bBuwhHiIlLqQfd"));
        // As CPython's array_modexec: array.array is a registered collections.abc.MutableSequence.
        var mutableSequence = Ops<TSync>.GetAttr(ts, rt.ImportModule(ts, "_collections_abc"), rt.Intern("MutableSequence"));
        Ops<TSync>.CallMethod(ts, mutableSequence, "register", [t]);
        return m;
    }

    private static ArrayState S(PyThreadState ts, ReadOnlySpan<PyObject> a, string method) =>
        ModuleSupport<TSync>.Self<ArrayState>(ts, a, "array.array", method);

    /// <summary>Converts v to the stored representation for a's typecode (CPython's setitem checks).</summary>
    private static (long I, double F) Convert(PyThreadState ts, ArrayState a, PyObject v)
    {
        var rt = ts.Rt;
        if (a.IsFloat)
        {
            if (v is not (PyFloat or PyInt) && v.Type.Lookup(rt.Intern("__float__")) == null && v.Type.Lookup(rt.Intern("__index__")) == null)
                throw rt.TypeError($"must be real number, not {v.Type.Name}");
            double dv = ModuleSupport<TSync>.ToDouble(ts, v);
            return (0, a.Code == 'f' ? (double)(float)dv : dv);
        }
        if (a.IsChar)
        {
            if (v is not PyStr s || Vm.Builtins.Text.CodePoints.SingleCp(s.Value) < 0)
                throw rt.TypeError($"array item must be a unicode character, not {(v is PyStr ? "a string of length " + ((PyStr)v).Length : v.Type.Name)}");
            return (Vm.Builtins.Text.CodePoints.SingleCp(s.Value), 0);
        }
        if (v is PyFloat) throw rt.TypeError("'float' object cannot be interpreted as an integer");
        if (v is not PyInt && v.Type.Lookup(rt.Intern("__index__")) == null)
            throw rt.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
        var n = ModuleSupport<TSync>.ToBig(ts, v);
        (BigInteger min, BigInteger max, string name) = a.Code switch
        {
            'b' => ((BigInteger)sbyte.MinValue, (BigInteger)sbyte.MaxValue, "signed char"),
            'B' => (BigInteger.Zero, (BigInteger)byte.MaxValue, "unsigned byte integer"),
            'h' => ((BigInteger)short.MinValue, (BigInteger)short.MaxValue, "signed short integer"),
            'H' => (BigInteger.Zero, (BigInteger)ushort.MaxValue, "unsigned short"),
            'i' => ((BigInteger)int.MinValue, (BigInteger)int.MaxValue, "signed integer"),
            'I' => (BigInteger.Zero, (BigInteger)uint.MaxValue, "unsigned int"),
            'l' or 'q' => ((BigInteger)long.MinValue, (BigInteger)long.MaxValue, "signed long"),
            _ => (BigInteger.Zero, (BigInteger)ulong.MaxValue, "unsigned long"),
        };
        if (n < min)
        {
            if (a.Code is 'l' or 'q') throw rt.OverflowError("Python int too large to convert to C long");
            if (a.Code is 'L' or 'Q' or 'I') throw rt.OverflowError($"can't convert negative value to unsigned int");
            throw rt.OverflowError($"{name} is less than minimum");
        }
        if (n > max)
        {
            if (a.Code is 'l' or 'q') throw rt.OverflowError("Python int too large to convert to C long");
            if (a.Code is 'L' or 'Q') throw rt.OverflowError("Python int too large to convert to C unsigned long");
            throw rt.OverflowError($"{name} is greater than maximum");
        }
        return ((long)(ulong)(n & ulong.MaxValue), 0);
    }

    private static PyObject Item(PyThreadState ts, ArrayState a, int i)
    {
        var rt = ts.Rt;
        if (a.IsFloat) return rt.NewFloat(a.Floats[i]);
        if (a.IsChar) return rt.NewStr(Vm.Builtins.Text.CodePoints.FromCp((int)a.Ints[i]));
        if (a.Code == 'Q' || a.Code == 'L') return rt.NewInt(new BigInteger((ulong)a.Ints[i]));
        return rt.NewInt(a.Ints[i]);
    }

    private static void Append(PyThreadState ts, PyObject self, ArrayState a, PyObject v)
    {
        var (iv, fv) = Convert(ts, a, v);
        TSync.Lock(ts, self);
        try
        {
            a.EnsureCapacity(a.Count + 1);
            if (a.IsFloat) a.Floats[a.Count] = fv;
            else a.Ints[a.Count] = iv;
            a.Count++;
        }
        finally { TSync.Unlock(ts, self); }
    }

    private static (long[] I, double[] F) Convert(PyThreadState ts, ArrayState a, PyObject[] items)
    {
        var li = new long[a.IsFloat ? 0 : items.Length];
        var lf = new double[a.IsFloat ? items.Length : 0];
        for (int i = 0; i < items.Length; i++)
        {
            var (iv, fv) = Convert(ts, a, items[i]);
            if (a.IsFloat) lf[i] = fv;
            else li[i] = iv;
        }
        return (li, lf);
    }

    private static void AppendMany(PyThreadState ts, PyObject self, ArrayState a, long[] li, double[] lf)
    {
        TSync.Lock(ts, self);
        try
        {
            int n = a.IsFloat ? lf.Length : li.Length;
            a.EnsureCapacity(a.Count + n);
            if (a.IsFloat) Array.Copy(lf, 0, a.Floats, a.Count, n);
            else Array.Copy(li, 0, a.Ints, a.Count, n);
            a.Count += n;
        }
        finally { TSync.Unlock(ts, self); }
    }

    /// <summary>array * n: how many copies to append (0 for an empty array or n &lt;= 0, so a huge n
    /// over nothing does not loop); MemoryError up front when the result could never be allocated (CPython's check).</summary>
    private static long RepeatTimes(PyThreadState ts, int count, long n)
    {
        if (count == 0 || n <= 0) return 0;
        if (n > Array.MaxLength / count) throw ts.Rt.MemoryError();
        return n;
    }

    private static (long[] I, double[] F) Snapshot(PyThreadState ts, PyObject self, ArrayState a)
    {
        TSync.Lock(ts, self);
        try
        {
            return (a.IsFloat ? [] : a.Ints.AsSpan(0, a.Count).ToArray(), a.IsFloat ? a.Floats.AsSpan(0, a.Count).ToArray() : []);
        }
        finally { TSync.Unlock(ts, self); }
    }

    private static PyObject[] Items(PyThreadState ts, PyObject self, ArrayState a)
    {
        var (li, lf) = Snapshot(ts, self, a);
        var tmp = new ArrayState { Code = a.Code, ItemSize = a.ItemSize, Ints = li, Floats = lf, Count = a.IsFloat ? lf.Length : li.Length };
        var res = new PyObject[tmp.Count];
        for (int i = 0; i < res.Length; i++) res[i] = Item(ts, tmp, i);
        return res;
    }

    private static PyNative<ArrayState> New(PyType cls, PyType exact, char code) =>
        ModuleSupport<TSync>.Alloc(cls, exact, new ArrayState { Code = code, ItemSize = ItemSize(code) });

    private static void FromBytes(PyThreadState ts, PyObject self, ArrayState a, byte[] data)
    {
        if (data.Length % a.ItemSize != 0) throw ts.Rt.ValueError("bytes length not a multiple of item size");
        int n = data.Length / a.ItemSize;
        var li = new long[a.IsFloat ? 0 : n];
        var lf = new double[a.IsFloat ? n : 0];
        for (int i = 0; i < n; i++)
        {
            var s = data.AsSpan(i * a.ItemSize, a.ItemSize);
            switch (a.Code)
            {
                case 'f': lf[i] = BinaryPrimitives.ReadSingleLittleEndian(s); break;
                case 'd': lf[i] = BinaryPrimitives.ReadDoubleLittleEndian(s); break;
                default:
                {
                    ulong raw = 0;
                    for (int b = 0; b < a.ItemSize; b++) raw |= (ulong)s[b] << (8 * b);
                    bool signed = a.Code is 'b' or 'h' or 'i' or 'l' or 'q';
                    int shift = 64 - a.ItemSize * 8;
                    li[i] = signed && shift > 0 ? ((long)(raw << shift)) >> shift : (long)raw;
                    break;
                }
            }
        }
        AppendMany(ts, self, a, li, lf);
    }

    private static void Fill(PyThreadState ts, PyObject self, ArrayState a, PyObject init)
    {
        if (init is PyStr s)
        {
            if (!a.IsChar) throw ts.Rt.TypeError($"cannot use a str to initialize an array with typecode '{a.Code}'");
            var cps = Vm.Builtins.Text.CodePoints.ToArray(s.Value);
            AppendMany(ts, self, a, cps.Select(c => (long)c).ToArray(), []);
            return;
        }
        if (init is PyBytes or PyByteArray)
        {
            FromBytes(ts, self, a, IoModule<TSync>.BytesLike(ts, init)!);
            return;
        }
        if (init is PyNative<ArrayState> other)
        {
            var items = Items(ts, init, other.State);
            if (a.IsChar != other.State.IsChar) throw ts.Rt.TypeError("cannot use a unicode array to initialize an array with a different typecode");
            var (li2, lf2) = Convert(ts, a, items);
            AppendMany(ts, self, a, li2, lf2);
            return;
        }
        var (li, lf) = Convert(ts, a, Ops<TSync>.ToArray(ts, init));
        AppendMany(ts, self, a, li, lf);
    }

    private static PyType ArrayType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("array", null, TypeFlags.BaseType);
        ModuleSupport<TSync>.SetModule(rt, t, "array");
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
        {
            if (cls == t) Args.NoKwargs(ts2, "array.array", kw);
            int npos = ModuleSupport<TSync>.NPos(a, kw);
            if (npos < 1 || npos > 2) throw ts2.Rt.TypeError($"array() takes at most 2 arguments ({npos} given)");
            if (a[0] is not PyStr tc || tc.Value.Length != 1)
                throw ts2.Rt.TypeError($"array() argument 1 must be a unicode character, not {a[0].Type.Name}");
            char code = tc.Value[0];
            if (Codes.IndexOf(code) < 0) throw ts2.Rt.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            var arr = New(cls, t, code);
            if (npos == 2) Fill(ts2, arr, arr.State, a[1]);
            return arr;
        });
        Def.Method(rt, t, "__init__", (ts2, a, kw) => ts2.Rt.None);
        Def.Getter(rt, t, "typecode", (ts2, o) => ts2.Rt.NewStr(((PyNative<ArrayState>)o).State.Code));
        Def.Getter(rt, t, "itemsize", (ts2, o) => ts2.Rt.NewInt(((PyNative<ArrayState>)o).State.ItemSize));
        Def.Method(rt, t, "append", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "append");
            Args.Count(ts2, "append", a.Length - 1, 1, 1);
            Append(ts2, a[0], s, a[1]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "extend", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "extend");
            if (a[1] is PyNative<ArrayState> o && o.State.Code != s.Code) throw ts2.Rt.TypeError("can only extend with array of same kind");
            Fill(ts2, a[0], s, a[1]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "fromlist", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "fromlist");
            if (a[1] is not PyList) throw ts2.Rt.TypeError("arg must be list");
            Fill(ts2, a[0], s, a[1]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "frombytes", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "frombytes");
            var data = IoModule<TSync>.BytesLike(ts2, a[1]) ?? throw ts2.Rt.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
            FromBytes(ts2, a[0], s, data);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "fromunicode", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "fromunicode");
            if (!s.IsChar) throw ts2.Rt.ValueError("fromunicode() may only be called on unicode type arrays");
            Fill(ts2, a[0], s, a[1]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "insert", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "insert");
            Args.Count(ts2, "insert", a.Length - 1, 2, 2);
            long i = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            var (iv, fv) = Convert(ts2, s, a[2]);
            TSync.Lock(ts2, a[0]);
            try
            {
                if (i < 0) i = Math.Max(0, i + s.Count);
                if (i > s.Count) i = s.Count;
                s.EnsureCapacity(s.Count + 1);
                if (s.IsFloat)
                {
                    Array.Copy(s.Floats, i, s.Floats, i + 1, s.Count - i);
                    s.Floats[i] = fv;
                }
                else
                {
                    Array.Copy(s.Ints, i, s.Ints, i + 1, s.Count - i);
                    s.Ints[i] = iv;
                }
                s.Count++;
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "pop", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "pop");
            long i = a.Length > 1 ? ModuleSupport<TSync>.ToSsize(ts2, a[1]) : -1;
            TSync.Lock(ts2, a[0]);
            try
            {
                if (s.Count == 0) throw ts2.Rt.IndexError("pop from empty array");
                if (i < 0) i += s.Count;
                if (i < 0 || i >= s.Count) throw ts2.Rt.IndexError("pop index out of range");
                var v = Item(ts2, s, (int)i);
                RemoveAt(s, (int)i, 1);
                return v;
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "remove", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "remove");
            var items = Items(ts2, a[0], s);
            for (int i = 0; i < items.Length; i++)
            {
                if (Ops<TSync>.Eq(ts2, items[i], a[1]))
                {
                    TSync.Lock(ts2, a[0]);
                    try { if (i < s.Count) RemoveAt(s, i, 1); }
                    finally { TSync.Unlock(ts2, a[0]); }
                    return ts2.Rt.None;
                }
            }
            throw ts2.Rt.ValueError("array.remove(x): x not in array");
        });
        Def.Method(rt, t, "index", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "index");
            var items = Items(ts2, a[0], s);
            long start = a.Length > 2 ? ModuleSupport<TSync>.ToSsize(ts2, a[2]) : 0;
            long stop = a.Length > 3 ? ModuleSupport<TSync>.ToSsize(ts2, a[3]) : items.Length;
            if (start < 0) start = Math.Max(0, start + items.Length);
            if (stop < 0) stop = Math.Max(0, stop + items.Length);
            for (long i = start; i < Math.Min(stop, items.Length); i++)
                if (Ops<TSync>.Eq(ts2, items[i], a[1])) return ts2.Rt.NewInt(i);
            throw ts2.Rt.ValueError("array.index(x): x not in array");
        });
        Def.Method(rt, t, "count", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "count");
            long n = 0;
            foreach (var v in Items(ts2, a[0], s)) if (Ops<TSync>.Eq(ts2, v, a[1])) n++;
            return ts2.Rt.NewInt(n);
        });
        Def.Method(rt, t, "reverse", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "reverse");
            TSync.Lock(ts2, a[0]);
            try
            {
                if (s.IsFloat) Array.Reverse(s.Floats, 0, s.Count);
                else Array.Reverse(s.Ints, 0, s.Count);
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "byteswap", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "byteswap");
            byte[] bytes;
            TSync.Lock(ts2, a[0]);
            try
            {
                bytes = s.ToBytes();
                for (int i = 0; i < s.Count; i++) Array.Reverse(bytes, i * s.ItemSize, s.ItemSize);
                s.Count = 0;
            }
            finally { TSync.Unlock(ts2, a[0]); }
            FromBytes(ts2, a[0], s, bytes);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "tolist", (ts2, a, kw) => Ops<TSync>.NewList(ts2, Items(ts2, a[0], S(ts2, a, "tolist"))));
        Def.Method(rt, t, "tobytes", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "tobytes");
            TSync.Lock(ts2, a[0]);
            try { return ts2.Rt.NewBytes(s.ToBytes()); }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "tounicode", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "tounicode");
            if (!s.IsChar) throw ts2.Rt.ValueError("tounicode() may only be called on unicode type arrays");
            var sb = new StringBuilder();
            foreach (var v in Items(ts2, a[0], s)) sb.Append(((PyStr)v).Value);
            return ts2.Rt.NewStr(sb.ToString());
        });
        Def.Method(rt, t, "buffer_info", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "buffer_info");
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(ts2.Rt.IdOf(a[0])), ts2.Rt.NewInt(s.Count)]);
        });
        Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(S(ts2, a, "__len__").Count));
        Def.Method(rt, t, "__iter__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__iter__");
            var self = a[0];
            int i = 0;
            return PyFuncIter.Create<TSync>(ts2, ts2.Rt.IteratorType, ts3 =>
            {
                TSync.Lock(ts3, self);
                try
                {
                    if (i >= s.Count) return null;
                    return Item(ts3, s, i++);
                }
                finally { TSync.Unlock(ts3, self); }
            }, [self]);
        });
        Def.Method(rt, t, "__contains__", (ts2, a, kw) =>
        {
            foreach (var v in Items(ts2, a[0], S(ts2, a, "__contains__"))) if (Ops<TSync>.Eq(ts2, v, a[1])) return ts2.Rt.True;
            return ts2.Rt.False;
        });
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__getitem__");
            if (a[1] is PySlice sl)
            {
                var items = Items(ts2, a[0], s);
                var idx = SliceIndices(ts2, sl, items.Length);
                var res = New(a[0].Type, t, s.Code);
                var (li, lf) = Convert(ts2, res.State, idx.Select(i => items[i]).ToArray());
                AppendMany(ts2, res, res.State, li, lf);
                return res;
            }
            long k = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            TSync.Lock(ts2, a[0]);
            try
            {
                if (k < 0) k += s.Count;
                if (k < 0 || k >= s.Count) throw ts2.Rt.IndexError("array index out of range");
                return Item(ts2, s, (int)k);
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "__setitem__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__setitem__");
            if (a[1] is PySlice sl)
            {
                if (a[2] is not PyNative<ArrayState> src) throw ts2.Rt.TypeError($"can only assign array (not \"{a[2].Type.Name}\") to array slice");
                if (src.State.Code != s.Code) throw ts2.Rt.TypeError("bad argument type for built-in operation");
                var srcItems = Items(ts2, a[2], src.State);
                var items = Items(ts2, a[0], s).ToList();
                var step = sl.Step is PyInt si ? si.Small : 1;
                if (step == 1)
                {
                    var idx = SliceIndices(ts2, sl, items.Count);
                    var (lo, hi) = BoundsForStep1(ts2, sl, items.Count);
                    items.RemoveRange(lo, Math.Max(0, hi - lo));
                    items.InsertRange(lo, srcItems);
                    _ = idx;
                }
                else
                {
                    var idx = SliceIndices(ts2, sl, items.Count);
                    if (idx.Length != srcItems.Length) throw ts2.Rt.ValueError($"attempt to assign array of size {srcItems.Length} to extended slice of size {idx.Length}");
                    for (int k2 = 0; k2 < idx.Length; k2++) items[idx[k2]] = srcItems[k2];
                }
                var (li, lf) = Convert(ts2, s, items.ToArray());
                TSync.Lock(ts2, a[0]);
                try
                {
                    s.Count = 0;
                    s.EnsureCapacity(items.Count);
                    if (s.IsFloat) Array.Copy(lf, s.Floats, lf.Length);
                    else Array.Copy(li, s.Ints, li.Length);
                    s.Count = items.Count;
                }
                finally { TSync.Unlock(ts2, a[0]); }
                return ts2.Rt.None;
            }
            long k = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            var (iv, fv) = Convert(ts2, s, a[2]);
            TSync.Lock(ts2, a[0]);
            try
            {
                if (k < 0) k += s.Count;
                if (k < 0 || k >= s.Count) throw ts2.Rt.IndexError("array assignment index out of range");
                if (s.IsFloat) s.Floats[k] = fv;
                else s.Ints[k] = iv;
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__delitem__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__delitem__");
            if (a[1] is PySlice sl)
            {
                var items = Items(ts2, a[0], s).ToList();
                var idx = SliceIndices(ts2, sl, items.Count).OrderByDescending(x => x);
                foreach (var i in idx) items.RemoveAt(i);
                var (li, lf) = Convert(ts2, s, items.ToArray());
                TSync.Lock(ts2, a[0]);
                try
                {
                    s.Count = 0;
                    AppendManyLocked(s, li, lf);
                }
                finally { TSync.Unlock(ts2, a[0]); }
                return ts2.Rt.None;
            }
            long k = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            TSync.Lock(ts2, a[0]);
            try
            {
                if (k < 0) k += s.Count;
                if (k < 0 || k >= s.Count) throw ts2.Rt.IndexError("array assignment index out of range");
                RemoveAt(s, (int)k, 1);
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__add__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__add__");
            if (a[1] is not PyNative<ArrayState> o) throw ts2.Rt.TypeError($"can only append array (not \"{a[1].Type.Name}\") to array");
            if (o.State.Code != s.Code) throw ts2.Rt.TypeError("bad argument type for built-in operation");
            var res = New(t, t, s.Code);
            var (l1, f1) = Snapshot(ts2, a[0], s);
            var (l2, f2) = Snapshot(ts2, a[1], o.State);
            AppendMany(ts2, res, res.State, l1, f1);
            AppendMany(ts2, res, res.State, l2, f2);
            return res;
        });
        Def.Method(rt, t, "__iadd__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__iadd__");
            if (a[1] is not PyNative<ArrayState> o) throw ts2.Rt.TypeError($"can only extend array with array (not \"{a[1].Type.Name}\")");
            if (o.State.Code != s.Code) throw ts2.Rt.TypeError("bad argument type for built-in operation");
            var (l2, f2) = Snapshot(ts2, a[1], o.State);
            AppendMany(ts2, a[0], s, l2, f2);
            return a[0];
        });
        // sq_repeat: the count must be an index; a non-index on the left of __rmul__ is left to that
        // operand (str's message names the array), one on the right of __mul__ may be a user class's __rmul__.
        PyObject Mul(PyThreadState ts2, ReadOnlySpan<PyObject> a, bool forward)
        {
            var s = S(ts2, a, forward ? "__mul__" : "__rmul__");
            if (!ContainerTypes<TSync>.HasIndex(ts2, a[1]))
            {
                if (!forward) return ts2.Rt.NotImplemented;
                if (ContainerTypes<TSync>.TryReflected(ts2, a[0], a[1], "__rmul__") is { } rr) return rr;
            }
            long n = ContainerTypes<TSync>.RepeatCount(ts2, a[1]);
            var res = New(t, t, s.Code);
            var (l1, f1) = Snapshot(ts2, a[0], s);
            n = RepeatTimes(ts2, l1.Length + f1.Length, n);
            for (long i = 0; i < n; i++) AppendMany(ts2, res, res.State, l1, f1);
            return res;
        }
        Def.Method(rt, t, "__mul__", (ts2, a, kw) => Mul(ts2, a, true));
        Def.Method(rt, t, "__rmul__", (ts2, a, kw) => Mul(ts2, a, false));
        Def.Method(rt, t, "__imul__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__imul__");
            long n = ContainerTypes<TSync>.RepeatCount(ts2, a[1]);
            var (l1, f1) = Snapshot(ts2, a[0], s);
            n = RepeatTimes(ts2, l1.Length + f1.Length, n);
            TSync.Lock(ts2, a[0]);
            try { s.Count = 0; }
            finally { TSync.Unlock(ts2, a[0]); }
            for (long i = 0; i < n; i++) AppendMany(ts2, a[0], s, l1, f1);
            return a[0];
        });
        foreach (var (name, op) in new[] { ("__eq__", CompareOpArg.Eq), ("__ne__", CompareOpArg.NotEq), ("__lt__", CompareOpArg.Lt),
                     ("__le__", CompareOpArg.LtE), ("__gt__", CompareOpArg.Gt), ("__ge__", CompareOpArg.GtE) })
        {
            var cop = op;
            Def.Method(rt, t, name, (ts2, a, kw) =>
            {
                if (a[0] is not PyNative<ArrayState> x || a[1] is not PyNative<ArrayState> y) return ts2.Rt.NotImplemented;
                return CollectionsModule<TSync>.CompareSeq(ts2, Items(ts2, a[0], x.State), Items(ts2, a[1], y.State), cop);
            });
        }
        Def.Value(rt, t.Dict, "__hash__", rt.None);
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__repr__");
            var name = a[0].Type.Name;
            if (s.Count == 0) return ts2.Rt.NewStr($"{name}('{s.Code}')");
            var items = Items(ts2, a[0], s);
            if (s.IsChar)
            {
                var sb = new StringBuilder();
                foreach (var v in items) sb.Append(((PyStr)v).Value);
                return ts2.Rt.NewStr($"{name}('{s.Code}', {Ops<TSync>.ReprValue(ts2, ts2.Rt.NewStr(sb.ToString()))})");
            }
            return ts2.Rt.NewStr($"{name}('{s.Code}', [{string.Join(", ", items.Select(v => Ops<TSync>.ReprValue(ts2, v)))}])");
        });
        Def.Method(rt, t, "__copy__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__copy__");
            var res = New(a[0].Type, t, s.Code);
            var (l1, f1) = Snapshot(ts2, a[0], s);
            AppendMany(ts2, res, res.State, l1, f1);
            return res;
        });
        Def.Method(rt, t, "__reduce_ex__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__reduce_ex__");
            return Ops<TSync>.NewTuple(ts2, [a[0].Type, Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewStr(s.Code), Ops<TSync>.NewList(ts2, Items(ts2, a[0], s))])]);
        });
        if (rt.ListType.Dict.GetStr(rt.Intern("__class_getitem__")) is { } cgi) Def.Value(rt, t.Dict, "__class_getitem__", cgi);
        return t;
    }

    private static void AppendManyLocked(ArrayState a, long[] li, double[] lf)
    {
        int n = a.IsFloat ? lf.Length : li.Length;
        a.EnsureCapacity(a.Count + n);
        if (a.IsFloat) Array.Copy(lf, 0, a.Floats, a.Count, n);
        else Array.Copy(li, 0, a.Ints, a.Count, n);
        a.Count += n;
    }

    private static void RemoveAt(ArrayState s, int i, int n)
    {
        if (s.IsFloat) Array.Copy(s.Floats, i + n, s.Floats, i, s.Count - i - n);
        else Array.Copy(s.Ints, i + n, s.Ints, i, s.Count - i - n);
        s.Count -= n;
    }

    private static long SliceArg(PyThreadState ts, PyObject o, long dflt) =>
        ReferenceEquals(o, ts.Rt.None) ? dflt : ModuleSupport<TSync>.ToSsize(ts, o);

    private static (int Lo, int Hi) BoundsForStep1(PyThreadState ts, PySlice sl, int len)
    {
        long lo = SliceArg(ts, sl.Start, 0), hi = SliceArg(ts, sl.Stop, len);
        if (lo < 0) lo = Math.Max(0, lo + len);
        if (hi < 0) hi = Math.Max(0, hi + len);
        lo = Math.Min(lo, len);
        hi = Math.Min(hi, len);
        if (hi < lo) hi = lo;
        return ((int)lo, (int)hi);
    }

    private static int[] SliceIndices(PyThreadState ts, PySlice sl, int len)
    {
        long step = SliceArg(ts, sl.Step, 1);
        if (step == 0) throw ts.Rt.ValueError("slice step cannot be zero");
        long start, stop;
        if (step > 0)
        {
            start = SliceArg(ts, sl.Start, 0);
            stop = SliceArg(ts, sl.Stop, len);
            if (start < 0) start = Math.Max(0, start + len);
            if (stop < 0) stop = Math.Max(0, stop + len);
            start = Math.Min(start, len);
            stop = Math.Min(stop, len);
        }
        else
        {
            start = SliceArg(ts, sl.Start, len - 1);
            stop = SliceArg(ts, sl.Stop, -1 - len);
            if (start < 0) start = Math.Max(-1, start + len);
            if (stop < -1) stop = Math.Max(-1, stop + len);
            start = Math.Min(start, len - 1);
            stop = Math.Min(stop, len - 1);
        }
        var res = new List<int>();
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) res.Add((int)i);
        return res.ToArray();
    }
}
