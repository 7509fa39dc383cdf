// bytearray's mutators. Every mutation runs inside the bytearray's critical section; new
// contents are published as (array, then size) so lock-free readers (View) always see a valid
// pair. Python code (iterating an argument, __index__) runs before the lock is taken, so every
// section is byte work that cannot block: a leaf section (TSync.LockLeaf, ISyncPolicy.cs).
using Vm.Builtins.Text;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class BytesTypes<TSync>
{
    private static void InstallByteArray(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        Def.Method(rt, t, "__reduce_ex__", (ts2, a, kw) =>
        {
            Args.Count(ts2, "__reduce_ex__", a.Length - 1, 1, 1);
            return ReduceByteArray(ts2, (PyByteArray)a[0], Args.ToLong(ts2, a[1]));
        });
        Def.Method(rt, t, "__reduce__", (ts2, a, kw) => ReduceByteArray(ts2, (PyByteArray)a[0], 0));
        Def.Method(rt, t, "append", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "append", kw);
            Args.Count(ts2, "append", a.Length - 1, 1, 1);
            byte v = ByteValue(ts2, a[1]);
            Splice(ts2, (PyByteArray)a[0], int.MaxValue, 0, [v]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "extend", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "extend", kw);
            Args.Count(ts2, "extend", a.Length - 1, 1, 1);
            var more = IterableOfInts(ts2, a[1], $"can't extend bytearray with {a[1].Type.Name}", true);
            Splice(ts2, (PyByteArray)a[0], int.MaxValue, 0, more);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "insert", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "insert", kw);
            Args.Count(ts2, "insert", a.Length - 1, 2, 2);
            long idx = SeqIndex<TSync>.AsSsize(ts2, a[1]);
            byte v = ByteValue(ts2, a[2]);
            var self = (PyByteArray)a[0];
            TSync.LockLeaf(ts2, self);
            try
            {
                int n = self._size;
                if (idx < 0) idx = Math.Max(0, idx + n);
                if (idx > n) idx = n;
                SpliceLockHeld(self, (int)idx, 0, [v]);
            }
            finally
            {
                TSync.UnlockLeaf(ts2, self);
            }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "pop", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "pop", kw);
            Args.Count(ts2, "pop", a.Length - 1, 0, 1);
            long idx = a.Length > 1 ? SeqIndex<TSync>.AsSsize(ts2, a[1]) : -1;
            var self = (PyByteArray)a[0];
            byte v;
            TSync.LockLeaf(ts2, self);
            try
            {
                int n = self._size;
                if (n == 0) throw ts2.Rt.IndexError("pop from empty bytearray");
                if (idx < 0) idx += n;
                if ((ulong)idx >= (ulong)n) throw ts2.Rt.IndexError("pop index out of range");
                v = self._data[idx];
                SpliceLockHeld(self, (int)idx, 1, []);
            }
            finally
            {
                TSync.UnlockLeaf(ts2, self);
            }
            return ts2.Rt.NewInt(v);
        });
        Def.Method(rt, t, "remove", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "remove", kw);
            Args.Count(ts2, "remove", a.Length - 1, 1, 1);
            byte v = ByteValue(ts2, a[1]);
            var self = (PyByteArray)a[0];
            TSync.LockLeaf(ts2, self);
            try
            {
                int i = self._data.AsSpan(0, self._size).IndexOf(v);
                if (i < 0) throw ts2.Rt.ValueError("value not found in bytearray");
                SpliceLockHeld(self, i, 1, []);
            }
            finally
            {
                TSync.UnlockLeaf(ts2, self);
            }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "reverse", (ts2, a, kw) =>
        {
            NoArgsBa(ts2, "reverse", a, kw);
            var self = (PyByteArray)a[0];
            TSync.LockLeaf(ts2, self);
            try
            {
                var copy = self._data.AsSpan(0, self._size).ToArray();
                Array.Reverse(copy);
                self.SetLockHeld(copy);
            }
            finally
            {
                TSync.UnlockLeaf(ts2, self);
            }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "clear", (ts2, a, kw) =>
        {
            NoArgsBa(ts2, "clear", a, kw);
            var self = (PyByteArray)a[0];
            TSync.LockLeaf(ts2, self);
            try
            {
                self.SetLockHeld([]);
            }
            finally
            {
                TSync.UnlockLeaf(ts2, self);
            }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "copy", (ts2, a, kw) =>
        {
            NoArgsBa(ts2, "copy", a, kw);
            return new PyByteArray(ts2.Rt.ByteArrayType, View((PyByteArray)a[0]).ToArray());
        });
        Def.Method(rt, t, "__setitem__", (ts2, a, kw) =>
        {
            SetItem(ts2, (PyByteArray)a[0], a[1], a[2]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__delitem__", (ts2, a, kw) =>
        {
            DelItem(ts2, (PyByteArray)a[0], a[1]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__iadd__", (ts2, a, kw) =>
        {
            if (BufferOf(a[1]) is not { } m) throw ts2.Rt.TypeError($"can't concat {a[1].Type.Name} to bytearray");
            Splice(ts2, (PyByteArray)a[0], int.MaxValue, 0, m.ToArray());
            return a[0];
        });
        Def.Method(rt, t, "__imul__", (ts2, a, kw) =>
        {
            long n = ContainerTypes<TSync>.RepeatCount(ts2, a[1]);
            var self = (PyByteArray)a[0];
            TSync.LockLeaf(ts2, self);
            try
            {
                var cur = self._data.AsSpan(0, self._size);
                if (n <= 0 || cur.Length == 0) self.SetLockHeld([]);
                else if (n > 1)
                {
                    if (n > Array.MaxLength / cur.Length) throw ts2.Rt.MemoryError();
                    self.SetLockHeld(RepeatBytes(cur, (int)n));
                }
            }
            finally
            {
                TSync.UnlockLeaf(ts2, self);
            }
            return a[0];
        });
        Def.Method(rt, t, "__alloc__", (ts2, a, kw) => ts2.Rt.NewInt(((PyByteArray)a[0])._data.Length + 1));
    }

    /// <summary>bytearray pickles by value, as CPython's: (type, (bytes,), state) from protocol 3 on,
    /// (type, (contents as a latin-1 str, 'latin-1'), state) before; state is a subclass instance's
    /// non-empty __dict__, else None.</summary>
    private static PyObject ReduceByteArray(PyThreadState ts, PyByteArray self, long protocol)
    {
        var data = self.ToArray();
        PyObject[] args = protocol >= 3 ? [ts.Rt.NewBytes(data)]
            : [ts.Rt.NewStr(string.Create(data.Length, data, (chars, bytes) => { for (int i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i]; })), ts.Rt.NewStr("latin-1")];
        var state = Vm.Modules.PickleSupport<TSync>.StateOf(ts, self);
        return Ops<TSync>.NewTuple(ts, [self.Type, Ops<TSync>.NewTuple(ts, args), state]);
    }

    private static void NoArgsBa(PyThreadState ts, string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0) throw ts.Rt.TypeError($"bytearray.{name}() takes no keyword arguments");
        if (a.Length != 1) throw ts.Rt.TypeError($"bytearray.{name}() takes no arguments ({a.Length - 1} given)");
    }

    /// <summary>Bytes from a bytes-like object or an iterable of ints (Python code runs here, before any lock).</summary>
    private static byte[] IterableOfInts(PyThreadState ts, PyObject o, string notIterable, bool strIsError)
    {
        var rt = ts.Rt;
        if (BufferOf(o) is { } m) return m.ToArray();
        if (o is PyStr && strIsError) throw rt.TypeError("expected iterable of integers; got: 'str'");
        if (!(o is PyList or PyTuple) && !Ops<TSync>.IsIterable(ts, o)) throw rt.TypeError(notIterable);
        var items = Ops<TSync>.ToArray(ts, o);
        var res = new byte[items.Length];
        for (int i = 0; i < items.Length; i++) res[i] = ByteValue(ts, items[i]);
        return res;
    }

    /// <summary>Replaces count bytes at index (clamped to the size) with insert, under the lock.</summary>
    private static void Splice(PyThreadState ts, PyByteArray b, int index, int count, ReadOnlySpan<byte> insert)
    {
        TSync.LockLeaf(ts, b);
        try
        {
            SpliceLockHeld(b, Math.Min(index, b._size), count, insert);
        }
        finally
        {
            TSync.UnlockLeaf(ts, b);
        }
    }

    private static void SpliceLockHeld(PyByteArray b, int index, int count, ReadOnlySpan<byte> insert)
    {
        var data = b._data;
        int n = b._size;
        int newSize = n - count + insert.Length;
        if (index == n && count == 0 && newSize <= data.Length)
        {
            // Append in place: readers bounded by the old size never see the new bytes early.
            insert.CopyTo(data.AsSpan(n));
            Volatile.Write(ref b._size, newSize);
            return;
        }
        int capacity = index == n && count == 0 ? Math.Max(newSize, n + (n >> 1) + 8) : newSize;
        var fresh = new byte[capacity];
        data.AsSpan(0, index).CopyTo(fresh);
        insert.CopyTo(fresh.AsSpan(index));
        data.AsSpan(index + count, n - index - count).CopyTo(fresh.AsSpan(index + insert.Length));
        if (newSize < n) Volatile.Write(ref b._size, newSize);
        Volatile.Write(ref b._data, fresh);
        Volatile.Write(ref b._size, newSize);
    }

    private static void SetItem(PyThreadState ts, PyByteArray self, PyObject key, PyObject value)
    {
        var rt = ts.Rt;
        if (key is PyInt || (key is not PySlice && key.Type.Lookup(rt.Intern("__index__")) != null))
        {
            long i = SeqIndex<TSync>.ItemIndex(ts, key);
            byte v = ByteValue(ts, value);
            TSync.LockLeaf(ts, self);
            try
            {
                int n = self._size;
                if (i < 0) i += n;
                if ((ulong)i >= (ulong)n) throw rt.IndexError("bytearray index out of range");
                self._data[i] = v;
            }
            finally
            {
                TSync.UnlockLeaf(ts, self);
            }
            return;
        }
        if (key is not PySlice sl) throw rt.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        byte[] src;
        if (ReferenceEquals(value, self)) src = View(self).ToArray();
        else if (value is PyInt || (value is not (PyBytes or PyByteArray) && value.Type.Lookup(rt.Intern("__index__")) != null) || value is PyStr)
            throw rt.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        else src = IterableOfInts(ts, value, "can assign only bytes, buffers, or iterables of ints in range(0, 256)", false);
        SeqIndex<TSync>.Unpack(ts, sl, out long start, out long stop, out long step);
        TSync.LockLeaf(ts, self);
        try
        {
            long count = SeqIndex<TSync>.AdjustIndices(self._size, ref start, ref stop, step);
            if (step == 1)
            {
                if (stop < start) stop = start;
                SpliceLockHeld(self, (int)start, (int)(stop - start), src);
                return;
            }
            if (src.Length != count)
                throw rt.ValueError($"attempt to assign bytes of size {src.Length} to extended slice of size {count}");
            long p = start;
            for (int k = 0; k < count; k++, p += step) self._data[p] = src[k];
        }
        finally
        {
            TSync.UnlockLeaf(ts, self);
        }
    }

    private static void DelItem(PyThreadState ts, PyByteArray self, PyObject key)
    {
        var rt = ts.Rt;
        if (key is PyInt || (key is not PySlice && key.Type.Lookup(rt.Intern("__index__")) != null))
        {
            long i = SeqIndex<TSync>.ItemIndex(ts, key);
            TSync.LockLeaf(ts, self);
            try
            {
                int n = self._size;
                if (i < 0) i += n;
                if ((ulong)i >= (ulong)n) throw rt.IndexError("bytearray index out of range");
                SpliceLockHeld(self, (int)i, 1, []);
            }
            finally
            {
                TSync.UnlockLeaf(ts, self);
            }
            return;
        }
        if (key is not PySlice sl) throw rt.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        SeqIndex<TSync>.Unpack(ts, sl, out long start, out long stop, out long step);
        TSync.LockLeaf(ts, self);
        try
        {
            long count = SeqIndex<TSync>.AdjustIndices(self._size, ref start, ref stop, step);
            if (count <= 0) return;
            if (step == 1)
            {
                SpliceLockHeld(self, (int)start, (int)count, []);
                return;
            }
            var cur = self._data.AsSpan(0, self._size);
            var keep = new bool[cur.Length];
            Array.Fill(keep, true);
            long p = start;
            for (long k = 0; k < count; k++, p += step) keep[p] = false;
            var buf = new ByteBuf(cur.Length - (int)count);
            for (int k = 0; k < cur.Length; k++) if (keep[k]) buf.Add(cur[k]);
            self.SetLockHeld(buf.ToArray());
        }
        finally
        {
            TSync.UnlockLeaf(ts, self);
        }
    }
}
