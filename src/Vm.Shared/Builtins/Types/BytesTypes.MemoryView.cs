// `memoryview` over bytes and bytearray: one-dimensional views with formats 'B', 'b' and 'c',
// slicing with steps, item/slice assignment into a bytearray, tobytes/tolist/hex/cast/release.
// A view of a bytearray reads the bytearray's current array on every access (resizing while a
// view exists is allowed here; CPython raises BufferError).
using System.Runtime.CompilerServices;
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

/// <summary>A memoryview: Obj[Start + k*Step] for k in range(Count).</summary>
public sealed class PyMemoryView : PyObject
{
    public readonly PyObject Obj;
    public readonly int Start;
    public readonly int Count;
    public readonly int Step;
    public readonly bool ReadOnly;
    public readonly char Format;
    public bool Released;

    public PyMemoryView(PyType type, PyObject obj, int start, int count, int step, bool readOnly, char format) : base(type)
    {
        Obj = obj;
        Start = start;
        Count = count;
        Step = step;
        ReadOnly = readOnly;
        Format = format;
    }

    /// <summary>The underlying array and the view's bounds in it (clamped if a bytearray shrank).</summary>
    public byte[] Array(out int count)
    {
        byte[] data;
        int size;
        if (Obj is PyBytes b) { data = b.Value; size = data.Length; }
        else
        {
            var ba = (PyByteArray)Obj;
            data = Volatile.Read(ref ba._data);
            size = Math.Min(Volatile.Read(ref ba._size), data.Length);
        }
        count = Count;
        if (count > 0)
        {
            long last = Start + (long)(count - 1) * Step;
            if (last >= size || last < 0 || Start >= size) count = 0;
        }
        return data;
    }

    public byte[] ToBytes()
    {
        var data = Array(out int n);
        if (Step == 1) return data.AsSpan(Start, n).ToArray();
        var res = new byte[n];
        for (int k = 0, p = Start; k < n; k++, p += Step) res[k] = data[p];
        return res;
    }

    public override void CollectChildren(List<PyObject> sink) => sink.Add(Obj);
}

public static partial class BytesTypes<TSync>
{
    private static readonly string[] s_mvNames = ["object"];

    /// <summary>Installs memoryview (called from Install).</summary>
    private static void InstallMemoryView(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.MemoryViewType;
        t.New = (ts2, cls, a, kw) =>
        {
            var b = Args.Bind(ts2, "memoryview", a, kw, s_mvNames, 1);
            return MakeView(ts2, b[0]!);
        };
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) => rt.MemoryViewType.New!(ts2, (PyType)a[0], a[1..], kw));
        Def.Method(rt, t, "__len__", (ts2, a, kw) => ts2.Rt.NewInt(Live(ts2, a[0]).Count));
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var m = (PyMemoryView)a[0];
            return ts2.Rt.NewStr($"<{(m.Released ? "released memory" : "memory")} at 0x{RuntimeHelpers.GetHashCode(m):x12}>");
        });
        Def.Method(rt, t, "__getitem__", (ts2, a, kw) => MvGetItem(ts2, Live(ts2, a[0]), a[1]));
        Def.Method(rt, t, "__setitem__", (ts2, a, kw) =>
        {
            MvSetItem(ts2, Live(ts2, a[0]), a[1], a[2]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__delitem__", (ts2, a, kw) =>
        {
            Live(ts2, a[0]);
            throw ts2.Rt.TypeError("cannot delete memory");
        });
        Def.Method(rt, t, "__iter__", (ts2, a, kw) =>
        {
            var m = Live(ts2, a[0]);
            int k = 0;
            return PyFuncIter.Create<TSync>(ts2, ts2.Rt.IteratorType, ts3 =>
            {
                var data = m.Array(out int n);
                if (m.Released || k >= n) return null;
                return Item(ts3, m, data[m.Start + k++ * m.Step]);
            }, [m]);
        });
        Def.Method(rt, t, "__eq__", (ts2, a, kw) =>
        {
            var m = (PyMemoryView)a[0];
            if (ReferenceEquals(a[0], a[1])) return ts2.Rt.True;
            if (m.Released) return ts2.Rt.False;
            if (BufferOf(a[1]) is not { } other) return ts2.Rt.NotImplemented;
            return ts2.Rt.NewBool(m.ToBytes().AsSpan().SequenceEqual(other.Span));
        });
        Def.Method(rt, t, "__ne__", (ts2, a, kw) =>
        {
            var m = (PyMemoryView)a[0];
            if (ReferenceEquals(a[0], a[1])) return ts2.Rt.False;
            if (m.Released) return ts2.Rt.True;
            if (BufferOf(a[1]) is not { } other) return ts2.Rt.NotImplemented;
            return ts2.Rt.NewBool(!m.ToBytes().AsSpan().SequenceEqual(other.Span));
        });
        Def.Method(rt, t, "__hash__", (ts2, a, kw) =>
        {
            var m = Live(ts2, a[0]);
            if (!m.ReadOnly) throw ts2.Rt.ValueError("cannot hash writable memoryview object");
            return ts2.Rt.NewInt(Hash(m.ToBytes()));
        });
        Def.Method(rt, t, "__enter__", (ts2, a, kw) => Live(ts2, a[0]));
        Def.Method(rt, t, "__buffer__", (ts2, a, kw) => MakeView(ts2, Live(ts2, a[0])));
        Def.Method(rt, t, "__release_buffer__", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, t, "__exit__", (ts2, a, kw) =>
        {
            ((PyMemoryView)a[0]).Released = true;
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "release", (ts2, a, kw) =>
        {
            ((PyMemoryView)a[0]).Released = true;
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "tobytes", (ts2, a, kw) => ts2.Rt.NewBytes(Live(ts2, a[0]).ToBytes()));
        Def.Method(rt, t, "tolist", (ts2, a, kw) =>
        {
            var m = Live(ts2, a[0]);
            var bytes = m.ToBytes();
            var items = new PyObject[bytes.Length];
            for (int i = 0; i < bytes.Length; i++) items[i] = Item(ts2, m, bytes[i]);
            return Ops<TSync>.NewList(ts2, items);
        });
        Def.Method(rt, t, "hex", (ts2, a, kw) =>
        {
            var m = Live(ts2, a[0]);
            var full = new PyObject[a.Length];
            full[0] = ts2.Rt.NewBytes(m.ToBytes());
            a[1..].CopyTo(full.AsSpan(1));
            return Hex(ts2, full, kw);
        });
        Def.Method(rt, t, "toreadonly", (ts2, a, kw) =>
        {
            var m = Live(ts2, a[0]);
            Ops<TSync>.IncRef(ts2, m.Obj);
            return new PyMemoryView(ts2.Rt.MemoryViewType, m.Obj, m.Start, m.Count, m.Step, true, m.Format);
        });
        Def.Method(rt, t, "cast", (ts2, a, kw) =>
        {
            var m = Live(ts2, a[0]);
            Args.Count(ts2, "cast", a.Length - 1, 1, 2);
            if (a[1] is not PyStr f) throw ts2.Rt.TypeError($"cast() argument 'format' must be str, not {a[1].Type.Name}");
            if (f.Value is not ("B" or "b" or "c"))
                throw ts2.Rt.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            if (m.Step != 1) throw ts2.Rt.TypeError("memoryview: casts are restricted to C-contiguous views");
            Ops<TSync>.IncRef(ts2, m.Obj);
            return new PyMemoryView(ts2.Rt.MemoryViewType, m.Obj, m.Start, m.Count, 1, m.ReadOnly, f.Value[0]);
        });
        Def.Getter(rt, t, "obj", (ts2, o) => Live(ts2, o).Obj);
        Def.Getter(rt, t, "nbytes", (ts2, o) => ts2.Rt.NewInt(Live(ts2, o).Count));
        Def.Getter(rt, t, "readonly", (ts2, o) => ts2.Rt.NewBool(Live(ts2, o).ReadOnly));
        Def.Getter(rt, t, "itemsize", (ts2, o) => { Live(ts2, o); return ts2.Rt.NewInt(1); });
        Def.Getter(rt, t, "format", (ts2, o) => ts2.Rt.NewStr(Live(ts2, o).Format.ToString()));
        Def.Getter(rt, t, "ndim", (ts2, o) => { Live(ts2, o); return ts2.Rt.NewInt(1); });
        Def.Getter(rt, t, "shape", (ts2, o) => Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(Live(ts2, o).Count)]));
        Def.Getter(rt, t, "strides", (ts2, o) => Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(Live(ts2, o).Step)]));
        Def.Getter(rt, t, "suboffsets", (ts2, o) => { Live(ts2, o); return ts2.Rt.EmptyTuple; });
        Def.Getter(rt, t, "contiguous", (ts2, o) => ts2.Rt.NewBool(Live(ts2, o).Step == 1 || Live(ts2, o).Count <= 1));
        Def.Getter(rt, t, "c_contiguous", (ts2, o) => ts2.Rt.NewBool(Live(ts2, o).Step == 1 || Live(ts2, o).Count <= 1));
        Def.Getter(rt, t, "f_contiguous", (ts2, o) => ts2.Rt.NewBool(Live(ts2, o).Step == 1 || Live(ts2, o).Count <= 1));
    }

    private static PyMemoryView MakeView(PyThreadState ts, PyObject o)
    {
        var rt = ts.Rt;
        PyMemoryView m;
        switch (o)
        {
            case PyMemoryView src:
                if (src.Released) throw rt.ValueError("operation forbidden on released memoryview object");
                m = new PyMemoryView(rt.MemoryViewType, src.Obj, src.Start, src.Count, src.Step, src.ReadOnly, src.Format);
                break;
            case PyBytes b:
                m = new PyMemoryView(rt.MemoryViewType, o, 0, b.Value.Length, 1, true, 'B');
                break;
            case PyByteArray ba:
                m = new PyMemoryView(rt.MemoryViewType, o, 0, View(ba).Length, 1, false, 'B');
                break;
            default:
                throw rt.TypeError($"memoryview: a bytes-like object is required, not '{o.Type.Name}'");
        }
        Ops<TSync>.IncRef(ts, m.Obj);
        return m;
    }

    private static PyMemoryView Live(PyThreadState ts, PyObject o)
    {
        var m = (PyMemoryView)o;
        if (m.Released) throw ts.Rt.ValueError("operation forbidden on released memoryview object");
        return m;
    }

    private static PyObject Item(PyThreadState ts, PyMemoryView m, byte b) => m.Format switch
    {
        'b' => ts.Rt.NewInt((sbyte)b),
        'c' => ts.Rt.NewBytes([b]),
        _ => ts.Rt.NewInt(b),
    };

    private static PyObject MvGetItem(PyThreadState ts, PyMemoryView m, PyObject key)
    {
        var rt = ts.Rt;
        if (key is PyInt || (key is not PySlice && key.Type.Lookup(rt.Intern("__index__")) != null))
        {
            long i = SeqIndex<TSync>.ItemIndex(ts, key);
            var data = m.Array(out int n);
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw rt.IndexError("index out of bounds on dimension 1");
            return Item(ts, m, data[m.Start + (int)i * m.Step]);
        }
        if (key is PySlice sl)
        {
            long count = SeqIndex<TSync>.Adjust(ts, sl, m.Count, out long start, out _, out long step);
            Ops<TSync>.IncRef(ts, m.Obj);
            int newStart = count == 0 ? m.Start : m.Start + (int)start * m.Step;
            return new PyMemoryView(rt.MemoryViewType, m.Obj, newStart, (int)count, (int)(step * m.Step), m.ReadOnly, m.Format);
        }
        if (key is PyTuple { Count: 0 }) return m;
        throw rt.TypeError("memoryview: invalid slice key");
    }

    private static void MvSetItem(PyThreadState ts, PyMemoryView m, PyObject key, PyObject value)
    {
        var rt = ts.Rt;
        if (m.ReadOnly) throw rt.TypeError("cannot modify read-only memory");
        var ba = (PyByteArray)m.Obj;
        if (key is PyInt || (key is not PySlice && key.Type.Lookup(rt.Intern("__index__")) != null))
        {
            long i = SeqIndex<TSync>.ItemIndex(ts, key);
            byte v;
            if (m.Format == 'c')
            {
                if (BufferOf(value) is not { Length: 1 } one) throw rt.ValueError("memoryview: invalid value for format 'c'");
                v = one.Span[0];
            }
            else
            {
                if (value is not PyInt vi) throw rt.TypeError($"memoryview: invalid type for format '{m.Format}'");
                long lo = m.Format == 'b' ? -128 : 0, hi = m.Format == 'b' ? 127 : 255;
                if (vi.IsBig || vi.Small < lo || vi.Small > hi) throw rt.ValueError($"memoryview: invalid value for format '{m.Format}'");
                v = (byte)vi.Small;
            }
            TSync.Lock(ts, ba);
            try
            {
                var data = m.Array(out int n);
                if (i < 0) i += n;
                if ((ulong)i >= (ulong)n) throw rt.IndexError("index out of bounds on dimension 1");
                data[m.Start + (int)i * m.Step] = v;
            }
            finally
            {
                TSync.Unlock(ts, ba);
            }
            return;
        }
        if (key is not PySlice sl) throw rt.TypeError("memoryview: invalid slice key");
        var src = BufferOf(value)?.ToArray() ?? throw rt.TypeError($"a bytes-like object is required, not '{value.Type.Name}'");
        SeqIndex<TSync>.Unpack(ts, sl, out long start, out long stop, out long step);
        TSync.Lock(ts, ba);
        try
        {
            long count = SeqIndex<TSync>.AdjustIndices(m.Count, ref start, ref stop, step);
            if (count != src.Length) throw rt.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            var data = m.Array(out int n);
            if (n < m.Count) throw rt.IndexError("index out of bounds on dimension 1");
            long p = start;
            for (int k = 0; k < count; k++, p += step) data[m.Start + (int)p * m.Step] = src[k];
        }
        finally
        {
            TSync.Unlock(ts, ba);
        }
    }
}
