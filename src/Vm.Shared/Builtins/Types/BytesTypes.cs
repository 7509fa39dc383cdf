// `bytes` and `bytearray`: construction, buffer access and the method tables. Methods shared by
// both types are defined once (BytesTypes.Methods*.cs) and installed on each; bytearray's
// mutators are in BytesTypes.ByteArray.cs. A bytearray is read lock-free through View (a
// consistent array/length pair) and mutated only inside its critical section.
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class BytesTypes<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts)
    {
        var rt = ts.Rt;
        var b = rt.BytesType;
        var ba = rt.ByteArrayType;
        b.New = NewBytes;
        ba.New = (ts2, cls, a, kw) => cls == ts2.Rt.ByteArrayType ? new PyByteArray(cls, []) : new PyByteArraySubclass(cls, []);
        Def.StaticMethod(rt, b, "__new__", (ts2, a, kw) =>
        {
            var cls = CheckNewType(ts2, a, ts2.Rt.BytesType, "bytes");
            return NewBytes(ts2, cls, a[1..], kw);
        });
        Def.StaticMethod(rt, ba, "__new__", (ts2, a, kw) =>
        {
            var cls = CheckNewType(ts2, a, ts2.Rt.ByteArrayType, "bytearray");
            return ts2.Rt.ByteArrayType.New!(ts2, cls, a[1..], kw);
        });
        Def.Method(rt, ba, "__init__", ByteArrayInit);
        Def.Value(rt, b.Dict, "__doc__", rt.NewStr(
            "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n" +
            "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n" +
            "bytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n" +
            "  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer"));
        Def.Value(rt, ba.Dict, "__hash__", rt.None);
        var bytesIter = rt.NewBuiltinType("bytes_iterator", rt.IteratorType, TypeFlags.None);
        var byteArrayIter = rt.NewBuiltinType("bytearray_iterator", rt.IteratorType, TypeFlags.None);
        InstallDunders(ts, b, false, bytesIter);
        InstallDunders(ts, ba, true, byteArrayIter);
        InstallMethods(ts, b, false);
        InstallMethods(ts, ba, true);
        InstallCaseAndPad(ts, b, false);
        InstallCaseAndPad(ts, ba, true);
        InstallByteArray(ts, ba);
        InstallMemoryView(ts);
    }

    private static PyType CheckNewType(PyThreadState ts, ReadOnlySpan<PyObject> a, PyType baseType, string name)
    {
        if (a.Length == 0) throw ts.Rt.TypeError($"{name}.__new__(): not enough arguments");
        if (a[0] is not PyType cls) throw ts.Rt.TypeError($"{name}.__new__(X): X is not a type object ({a[0].Type.Name})");
        if (!cls.IsSubtypeOf(baseType)) throw ts.Rt.TypeError($"{name}.__new__({cls.Name}): {cls.Name} is not a subtype of {name}");
        return cls;
    }

    // ------------------------------------------------------------------ buffers

    /// <summary>The bytes of a bytes-like object (bytes, bytearray), or null.</summary>
    public static ReadOnlyMemory<byte>? BufferOf(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyByteArray ba)
        {
            var data = Volatile.Read(ref ba._data);
            int n = Math.Min(Volatile.Read(ref ba._size), data.Length);
            return new ReadOnlyMemory<byte>(data, 0, n);
        }
        if (o is PyMemoryView mv && !mv.Released)
        {
            if (mv.Step != 1) return mv.ToBytes();
            var arr = mv.Array(out int n);
            return new ReadOnlyMemory<byte>(arr, mv.Start, n);
        }
        return null;
    }

    /// <summary>A consistent lock-free view of a bytearray's contents.</summary>
    internal static ReadOnlySpan<byte> View(PyByteArray ba)
    {
        var data = Volatile.Read(ref ba._data);
        int n = Math.Min(Volatile.Read(ref ba._size), data.Length);
        return data.AsSpan(0, n);
    }

    /// <summary>The contents of self (bytes or bytearray).</summary>
    private static ReadOnlySpan<byte> Data(PyObject self) => self is PyBytes b ? b.Value : View((PyByteArray)self);

    private static ReadOnlySpan<byte> NeedBuffer(PyThreadState ts, PyObject o) =>
        BufferOf(o) is { } m ? m.Span : throw ts.Rt.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    /// <summary>A result of self's kind: exact bytes for bytes (and subclasses), exact bytearray for bytearray.</summary>
    private static PyObject Make(PyThreadState ts, PyObject self, byte[] data) =>
        self is PyByteArray ? new PyByteArray(ts.Rt.ByteArrayType, data) : ts.Rt.NewBytes(data);

    /// <summary>An unchanged result: self when it is an exact bytes (immutable), else a copy.</summary>
    private static PyObject Same(PyThreadState ts, PyObject self) =>
        self.Type == ts.Rt.BytesType ? self : Make(ts, self, Data(self).ToArray());

    private static string TypeName(PyObject self) => self is PyByteArray ? "bytearray" : "bytes";

    // ------------------------------------------------------------------ construction

    private static readonly string[] s_newNames = ["source", "encoding", "errors"];

    public static PyObject NewBytes(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var rt = ts.Rt;
        byte[] data;
        if (kwnames == null && args.Length == 0) data = [];
        else if (kwnames == null && args.Length == 1)
        {
            if (cls == rt.BytesType && args[0] is PyBytes pb && args[0].Type == rt.BytesType) return pb;
            data = FromObject(ts, args[0], false);
        }
        else
        {
            var b = Args.Bind(ts, "bytes", args, kwnames, s_newNames, 0);
            data = FromArgs(ts, b[0], b[1], b[2], false);
        }
        if (cls == rt.BytesType) return rt.NewBytes(data);
        return new PyBytesSubclass(cls, data);
    }

    private static PyObject ByteArrayInit(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var self = (PyByteArray)a[0];
        byte[] data;
        if (kw == null && a.Length == 1) data = [];
        else if (kw == null && a.Length == 2) data = FromObject(ts, a[1], true);
        else
        {
            var b = Args.Bind(ts, "bytearray", a[1..], kw, s_newNames, 0);
            data = FromArgs(ts, b[0], b[1], b[2], true);
        }
        TSync.Lock(ts, self);
        try
        {
            self.SetLockHeld(data);
        }
        finally
        {
            TSync.Unlock(ts, self);
        }
        return ts.Rt.None;
    }

    private static byte[] FromArgs(PyThreadState ts, PyObject? x, PyObject? encoding, PyObject? errors, bool ba)
    {
        var rt = ts.Rt;
        string fname = ba ? "bytearray" : "bytes";
        if (x == null)
        {
            if (encoding != null) throw rt.TypeError("encoding without a string argument");
            if (errors != null) throw rt.TypeError("errors without a string argument");
            return [];
        }
        if (encoding != null || errors != null)
        {
            string enc = encoding == null ? "utf-8" : encoding is PyStr es ? es.Value : throw rt.TypeError($"{fname}() argument 'encoding' must be str, not {encoding.Type.Name}");
            string err = errors == null ? "strict" : errors is PyStr rs ? rs.Value : throw rt.TypeError($"{fname}() argument 'errors' must be str, not {errors.Type.Name}");
            if (x is not PyStr s)
                throw rt.TypeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            if (encoding == null) throw rt.TypeError("string argument without an encoding");
            return Codecs<TSync>.Encode(ts, s, enc, err);
        }
        return FromObject(ts, x, ba);
    }

    /// <summary>bytes(x) / bytearray(x) for one positional argument.</summary>
    private static byte[] FromObject(PyThreadState ts, PyObject x, bool ba)
    {
        var rt = ts.Rt;
        if (x is PyBytes pb) return pb.Value.Length == 0 ? [] : (byte[])pb.Value.Clone();
        if (x is PyByteArray pba) return View(pba).ToArray();
        if (x is PyMemoryView pmv) return BufferOf(pmv)?.ToArray() ?? throw rt.ValueError("operation forbidden on released memoryview object");
        if (!ba)
        {
            var m = x.Type.Lookup(rt.Intern("__bytes__"));
            if (m != null)
            {
                var r = Ops<TSync>.CallMethodDescr(ts, m, x, []);
                if (r is PyBytes rb) return rb.Value;
                throw rt.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
            }
        }
        if (x is PyStr) throw rt.TypeError("string argument without an encoding");
        if (x is PyInt || x.Type.Lookup(rt.Intern("__index__")) != null)
        {
            var i = Ops<TSync>.Index(ts, x);
            if (i.IsBig)
            {
                if (i.Big.Sign < 0) throw rt.ValueError("negative count");
                throw rt.OverflowError("cannot fit 'int' into an index-sized integer");
            }
            if (i.Small < 0) throw rt.ValueError("negative count");
            if (i.Small > int.MaxValue) throw rt.MemoryError();
            return new byte[i.Small];
        }
        if (x is PyList or PyTuple || Ops<TSync>.IsIterable(ts, x))
        {
            var items = Ops<TSync>.ToArray(ts, x);
            var res = new byte[items.Length];
            for (int k = 0; k < items.Length; k++) res[k] = ByteValue(ts, items[k], ba ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
            return res;
        }
        throw rt.TypeError($"cannot convert '{x.Type.Name}' object to {(ba ? "bytearray" : "bytes")}");
    }

    /// <summary>An int in range(256) (via __index__).</summary>
    private static byte ByteValue(PyThreadState ts, PyObject o, string rangeMsg = "byte must be in range(0, 256)")
    {
        if (o is PyInt i && !i.IsBig && (ulong)i.Small < 256) return (byte)i.Small;
        var v = Ops<TSync>.Index(ts, o);
        if (v.IsBig || v.Small < 0 || v.Small > 255) throw ts.Rt.ValueError(rangeMsg);
        return (byte)v.Small;
    }

    /// <summary>The needle of find/count/index/__contains__: an int byte or a bytes-like object.</summary>
    private static ReadOnlySpan<byte> SubArg(PyThreadState ts, PyObject o, Span<byte> one)
    {
        if (BufferOf(o) is { } m) return m.Span;
        if (o is PyInt || o.Type.Lookup(ts.Rt.Intern("__index__")) != null)
        {
            one[0] = ByteValue(ts, o);
            return one;
        }
        throw ts.Rt.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
    }

    public static long Hash(ReadOnlySpan<byte> data) => BytesHash.Of(data);
}
