// The io module (also _io): the IOBase hierarchy, StringIO and BytesIO (in-memory streams whose
// state changes inside the object's critical section), and open() with text and binary file
// objects (IoModule.Files.cs). InstallOpen puts open() into builtins.
using System.Text;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public sealed class StringIOState
{
    public readonly StringBuilder Buf = new();
    public int Pos;
    public bool Closed;
    /// <summary>Made by __new__, not yet initialised by __init__: methods other than close() raise.</summary>
    public bool Uninitialized;
    /// <summary>newline argument: null = universal (translate on write), "" / "\n" = none, "\r" / "\r\n" = translate "\n" on write.</summary>
    public string? Newline = "\n";
    /// <summary>newline None or '': the line endings written so far (IoModule.NoteNewlines; each write is final).</summary>
    public byte SeenNewlines;
}

public sealed class BytesIOState
{
    public byte[] Buf = [];
    public int Len;
    public int Pos;
    public bool Closed;
    public int Exports;

    public void EnsureCapacity(int n)
    {
        if (n <= Buf.Length) return;
        int cap = Math.Max(n, Math.Max(16, Buf.Length * 2));
        Array.Resize(ref Buf, cap);
    }
}

public static partial class IoModule<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>readlines(hint): self.readline() until an empty line, or until the lines read reach
    /// <paramref name="hint"/> characters or bytes (IOBase.readlines).</summary>
    private static PyObject ReadLines(PyThreadState ts, PyObject self, long hint)
    {
        var res = new List<PyObject>();
        long total = 0;
        while (true)
        {
            var line = Ops<TSync>.CallMethod(ts, self, "readline", []);
            long n = Ops<TSync>.Len(ts, line);
            if (n == 0) break;
            res.Add(line);
            total += n;
            if (hint > 0 && total >= hint) break;
        }
        return Ops<TSync>.NewList(ts, res.ToArray());
    }

    /// <summary>__next__: self.readline(), StopIteration at an empty line (IOBase.__next__).</summary>
    private static PyObject NextLine(PyThreadState ts, PyObject self)
    {
        var line = Ops<TSync>.CallMethod(ts, self, "readline", []);
        if (Ops<TSync>.Len(ts, line) == 0) throw ts.Rt.StopIteration();
        return line;
    }

    /// <summary>writelines(lines): self.write(line) for each line, releasing each fresh line and the iterator.</summary>
    private static PyObject WriteLines(PyThreadState ts, PyObject self, PyObject lines)
    {
        var it = Ops<TSync>.GetIter(ts, lines);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } line)
            {
                Ops<TSync>.Drop(ts, Ops<TSync>.CallMethod(ts, self, "write", [line]));
                Ops<TSync>.Drop(ts, line); // a fresh line dies here
            }
            return ts.Rt.None;
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, lines);
        }
    }

    private sealed class IoTypes
    {
        public PyType IOBase = null!, RawIOBase = null!, BufferedIOBase = null!, TextIOBase = null!;
        public PyType StringIO = null!, BytesIO = null!, TextIOWrapper = null!, BufferedReader = null!, BufferedWriter = null!,
            BufferedRandom = null!, FileIO = null!;
        public PyType Unsupported = null!;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyRuntime, IoTypes> s_types = new();
    private static readonly object s_typesGate = new();

    private static IoTypes Types(PyThreadState ts)
    {
        if (s_types.TryGetValue(ts.Rt, out var t)) return t;
        lock (s_typesGate)
        {
            if (s_types.TryGetValue(ts.Rt, out t)) return t;
            t = BuildTypes(ts);
            s_types.Add(ts.Rt, t);
            return t;
        }
    }

    private static IoTypes BuildTypes(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = new IoTypes();
        // UnsupportedOperation(OSError, ValueError): created on OSError, then given ValueError as a
        // second base (both share BaseException's layout in CPython).
        t.Unsupported = TypeOps<TSync>.NewClass(ts, rt.TypeType, "UnsupportedOperation",
            [rt.ExceptionTypes["OSError"]], Ops<TSync>.NewDict(ts), null);
        t.Unsupported.Bases = [rt.ExceptionTypes["OSError"], rt.ExceptionTypes["ValueError"]];
        t.Unsupported.Mro = TypeOps<TSync>.ComputeMro(ts, t.Unsupported, t.Unsupported.Bases);
        DictOps<TSync>.SetItem(ts, t.Unsupported.Dict, rt.Intern("__module__"), rt.NewStr("io"));
        t.IOBase = BaseType(ts, "_IOBase", null, t);
        t.RawIOBase = BaseType(ts, "_RawIOBase", t.IOBase, t);
        RawReads(ts, t.RawIOBase);
        t.BufferedIOBase = BaseType(ts, "_BufferedIOBase", t.IOBase, t);
        t.TextIOBase = BaseType(ts, "_TextIOBase", t.IOBase, t);
        t.StringIO = StringIOType(ts, t);
        t.BytesIO = BytesIOType(ts, t);
        FileTypes(ts, t);
        return t;
    }

    public static PyModule Create(PyThreadState ts) => Create(ts, "io");

    public static PyModule CreatePrivate(PyThreadState ts) => Create(ts, "_io");

    private static PyModule Create(PyThreadState ts, string name)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, name, out var d);
        var t = Types(ts);
        Def.Value(rt, d, "IOBase", t.IOBase);
        Def.Value(rt, d, "_IOBase", t.IOBase);
        Def.Value(rt, d, "RawIOBase", t.RawIOBase);
        Def.Value(rt, d, "_RawIOBase", t.RawIOBase);
        Def.Value(rt, d, "BufferedIOBase", t.BufferedIOBase);
        Def.Value(rt, d, "_BufferedIOBase", t.BufferedIOBase);
        Def.Value(rt, d, "TextIOBase", t.TextIOBase);
        Def.Value(rt, d, "_TextIOBase", t.TextIOBase);
        Def.Value(rt, d, "StringIO", t.StringIO);
        Def.Value(rt, d, "BytesIO", t.BytesIO);
        Def.Value(rt, d, "TextIOWrapper", t.TextIOWrapper);
        Def.Value(rt, d, "BufferedReader", t.BufferedReader);
        Def.Value(rt, d, "BufferedWriter", t.BufferedWriter);
        Def.Value(rt, d, "BufferedRandom", t.BufferedRandom);
        Def.Value(rt, d, "FileIO", t.FileIO);
        Def.Value(rt, d, "UnsupportedOperation", t.Unsupported);
        Def.Value(rt, d, "BlockingIOError", rt.ExceptionTypes["BlockingIOError"]);
        Def.Value(rt, d, "DEFAULT_BUFFER_SIZE", rt.NewInt(8192));
        Def.Value(rt, d, "SEEK_SET", rt.NewInt(0));
        Def.Value(rt, d, "SEEK_CUR", rt.NewInt(1));
        Def.Value(rt, d, "SEEK_END", rt.NewInt(2));
        Def.Function(rt, d, "open", (ts2, a, kw) => Open(ts2, a, kw), name);
        Def.Function(rt, d, "open_code", (ts2, a, kw) => Open(ts2, [a[0], ts2.Rt.NewStr("rb")], null), name);
        Def.Function(rt, d, "text_encoding", (ts2, a, kw) =>
            a.Length == 0 || ReferenceEquals(a[0], ts2.Rt.None) ? ts2.Rt.NewStr("utf-8") : a[0], name);
        Def.Function(rt, d, "__getattr__", (ts2, a, kw) => LazyAttr(ts2, d, name, a), name);
        return m;
    }

    /// <summary>The module's PEP 562 __getattr__: IncrementalNewlineDecoder is written in Python
    /// (Lib/_io_newlines.py), imported when a program first asks for it and then kept in the
    /// module's dict (so this runs once per module).</summary>
    private static PyObject LazyAttr(PyThreadState ts, PyDict d, string module, ReadOnlySpan<PyObject> a)
    {
        Args.Count(ts, "__getattr__", a.Length, 1, 1);
        var attr = a[0] as PyStr ?? throw ts.Rt.TypeError("attribute name must be string");
        if (attr.Value != "IncrementalNewlineDecoder")
            throw ts.Rt.AttributeError($"module '{module}' has no attribute '{attr.Value}'");
        var cls = Ops<TSync>.GetAttr(ts, ts.Rt.ImportModule(ts, "_io_newlines"), ts.Rt.Intern(attr.Value));
        DictOps<TSync>.SetItem(ts, d, ts.Rt.Intern(attr.Value), cls);
        return cls;
    }

    /// <summary>Adds builtins.open (called once the builtins exist).</summary>
    public static void InstallOpen(PyRuntime rt)
    {
        Def.Function(rt, rt.BuiltinsDict, "open", (ts, a, kw) => Open(ts, a, kw), "io");
    }

    // ------------------------------------------------------------------ helpers

    private static PyException Closed(PyThreadState ts) => ts.Rt.ValueError("I/O operation on closed file.");

    private static PyException Unsupported(PyThreadState ts, string msg) =>
        new(ts.Rt.NewException(Types(ts).Unsupported, msg));

    private static long SizeArg(PyThreadState ts, ReadOnlySpan<PyObject> a, int i)
    {
        if (a.Length <= i || ReferenceEquals(a[i], ts.Rt.None)) return -1;
        if (a[i] is not PyInt && a[i].Type.Lookup(ts.Rt.Intern("__index__")) == null)
            throw ts.Rt.TypeError($"argument should be integer or None, not '{a[i].Type.Name}'");
        return ModuleSupport<TSync>.ToSsize(ts, a[i]);
    }

    private static bool IsClosed(PyThreadState ts, PyObject self)
    {
        var c = Ops<TSync>.GetAttr(ts, self, "closed");
        return Ops<TSync>.IsTrue(ts, c);
    }

    /// <summary>RawIOBase.read and readall, written against the subclass's readinto.</summary>
    private static void RawReads(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        Def.Method(rt, t, "read", (ts2, a, kw) =>
        {
            long n = SizeArg(ts2, a, 1);
            if (n < 0) return Ops<TSync>.CallMethod(ts2, a[0], "readall", []);
            var into = new PyByteArray(ts2.Rt.ByteArrayType, new byte[n]);
            var got = Ops<TSync>.CallMethod(ts2, a[0], "readinto", [into]);
            if (ReferenceEquals(got, ts2.Rt.None)) return got;
            long count = Args.ToLong(ts2, got);
            if (count < 0 || count > n) throw ts2.Rt.ValueError($"readinto returned {count} outside buffer size {n}");
            return ts2.Rt.NewBytes(into.Span.Slice(0, (int)count).ToArray());
        });
        Def.Method(rt, t, "readall", (ts2, a, kw) =>
        {
            var all = new MemoryStream();
            while (true)
            {
                var chunk = Ops<TSync>.CallMethod(ts2, a[0], "read", [ts2.Rt.NewInt(8192)]);
                if (ReferenceEquals(chunk, ts2.Rt.None))
                {
                    if (all.Length == 0) return chunk;
                    break;
                }
                var data = BytesLike(ts2, chunk) ?? throw ts2.Rt.TypeError("read() should return bytes");
                if (data.Length == 0) break;
                all.Write(data);
            }
            return ts2.Rt.NewBytes(all.ToArray());
        });
    }

    /// <summary>The _IOBase-style abstract bases: generic methods written against the Python-level protocol.</summary>
    private static PyType BaseType(PyThreadState ts, string name, PyType? baseType, IoTypes types)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType(name, baseType, TypeFlags.BaseType | TypeFlags.HasDict);
        ModuleSupport<TSync>.SetModule(rt, t, "io");
        if (baseType != null) return t;
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) => new PyInstance(cls));
        Def.Method(rt, t, "__enter__", (ts2, a, kw) =>
        {
            if (IsClosed(ts2, a[0])) throw Closed(ts2);
            return a[0];
        });
        Def.Method(rt, t, "__exit__", (ts2, a, kw) =>
        {
            Ops<TSync>.CallMethod(ts2, a[0], "close", []);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__iter__", (ts2, a, kw) =>
        {
            if (IsClosed(ts2, a[0])) throw Closed(ts2);
            return a[0];
        });
        Def.Method(rt, t, "__next__", (ts2, a, kw) =>
        {
            return NextLine(ts2, a[0]);
        });
        Def.Method(rt, t, "readlines", (ts2, a, kw) =>
        {
            return ReadLines(ts2, a[0], SizeArg(ts2, a, 1));
        });
        Def.Method(rt, t, "writelines", (ts2, a, kw) =>
        {
            if (IsClosed(ts2, a[0])) throw Closed(ts2);
            return WriteLines(ts2, a[0], a[1]);
        });
        Def.Method(rt, t, "close", (ts2, a, kw) =>
        {
            if (a[0] is PyInstance inst && inst.GetType() == typeof(PyInstance))
                InstanceDictOps<TSync>.SetAttr(ts2, inst, ts2.Rt.Intern("__IOBase_closed"), ts2.Rt.True);
            else if (a[0] is IHasDict hd)
            {
                DictOps<TSync>.SetItem(ts2, Ops<TSync>.GetOrCreateDict(ts2, a[0], hd), ts2.Rt.Intern("__IOBase_closed"), ts2.Rt.True);
            }
            return ts2.Rt.None;
        });
        Def.Getter(rt, t, "closed", (ts2, o) =>
            InstanceDictOps<TSync>.OwnAttr(ts2, o, ts2.Rt.Intern("__IOBase_closed")) ?? ts2.Rt.False);
        Def.Method(rt, t, "flush", (ts2, a, kw) =>
        {
            if (IsClosed(ts2, a[0])) throw Closed(ts2);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "readable", (ts2, a, kw) => ts2.Rt.False);
        Def.Method(rt, t, "writable", (ts2, a, kw) => ts2.Rt.False);
        Def.Method(rt, t, "seekable", (ts2, a, kw) => ts2.Rt.False);
        Def.Method(rt, t, "isatty", (ts2, a, kw) =>
        {
            if (IsClosed(ts2, a[0])) throw Closed(ts2);
            return ts2.Rt.False;
        });
        Def.Method(rt, t, "fileno", (ts2, a, kw) => throw Unsupported(ts2, "fileno"));
        Def.Method(rt, t, "seek", (ts2, a, kw) => throw Unsupported(ts2, "seek"));
        Def.Method(rt, t, "tell", (ts2, a, kw) => Ops<TSync>.CallMethod(ts2, a[0], "seek", [ts2.Rt.NewInt(0), ts2.Rt.NewInt(1)]));
        Def.Method(rt, t, "truncate", (ts2, a, kw) => throw Unsupported(ts2, "truncate"));
        Def.Method(rt, t, "readline", (ts2, a, kw) =>
        {
            // Generic readline over read(1) (bytes-oriented bases).
            long limit = SizeArg(ts2, a, 1);
            var sb = new List<byte>();
            while (limit < 0 || sb.Count < limit)
            {
                var b = Ops<TSync>.CallMethod(ts2, a[0], "read", [ts2.Rt.NewInt(1)]);
                if (b is not PyBytes pb || pb.Value.Length == 0) break;
                sb.AddRange(pb.Value);
                if (pb.Value[^1] == (byte)'\n') break;
            }
            return ts2.Rt.NewBytes(sb.ToArray());
        });
        Def.Method(rt, t, "__del__", (ts2, a, kw) =>
        {
            try { Ops<TSync>.CallMethod(ts2, a[0], "close", []); }
            catch (PyException) { }
            return ts2.Rt.None;
        });
        return t;
    }

    // ------------------------------------------------------------------ StringIO

    private static StringIOState S(PyThreadState ts, ReadOnlySpan<PyObject> a, string method, bool checkClosed = true)
    {
        var s = ModuleSupport<TSync>.Self<StringIOState>(ts, a, "_io.StringIO", method);
        if (checkClosed && s.Uninitialized) throw Uninitialized(ts);
        if (checkClosed && s.Closed) throw ts.Rt.ValueError("I/O operation on closed file");
        return s;
    }

    private static string TranslateForWrite(string text, string? newline)
    {
        if (newline == null) return text;
        if (newline is "\r" or "\r\n") return text.Replace("\n", newline);
        return text;
    }

    private static PyType StringIOType(PyThreadState ts, IoTypes types)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("StringIO", types.TextIOBase, TypeFlags.BaseType | TypeFlags.HasDict);
        ModuleSupport<TSync>.SetModule(rt, t, "_io");
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) => new PyNativeEx<StringIOState>(cls, new StringIOState { Uninitialized = true }));
        Def.Method(rt, t, "__init__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__init__", false);
            var b = Args.Bind(ts2, "StringIO", a.Slice(1), kw, ["initial_value", "newline"], 0);
            string? newline = "\n";
            if (b[1] != null)
            {
                if (ReferenceEquals(b[1], ts2.Rt.None)) newline = null;
                else if (b[1] is PyStr ns)
                {
                    if (ns.Value is not ("" or "\n" or "\r" or "\r\n")) throw ts2.Rt.ValueError($"illegal newline value: {Ops<TSync>.ReprValue(ts2, ns)}");
                    newline = ns.Value;
                }
                else throw ts2.Rt.TypeError($"newline must be str or None, not {b[1]!.Type.Name}");
            }
            string init = "";
            if (b[0] != null && !ReferenceEquals(b[0], ts2.Rt.None))
            {
                if (b[0] is not PyStr ps) throw ts2.Rt.TypeError($"initial_value must be str or None, not {b[0]!.Type.Name}");
                init = ps.Value;
            }
            TSync.Lock(ts2, a[0]);
            try
            {
                s.Newline = newline;
                s.SeenNewlines = 0;
                bool noPendingCr = false;
                if (newline is null or "") NoteNewlines(ref s.SeenNewlines, ref noPendingCr, init, final: true);
                s.Buf.Clear();
                s.Buf.Append(newline == null ? init.Replace("\r\n", "\n").Replace('\r', '\n') : TranslateForWrite(init, newline));
                s.Pos = 0;
                s.Closed = false;
                s.Uninitialized = false;
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "getvalue", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "getvalue");
            TSync.Lock(ts2, a[0]);
            try { return ts2.Rt.NewStr(s.Buf.ToString()); }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "write", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "write");
            Args.Count(ts2, "write", a.Length - 1, 1, 1);
            if (a[1] is not PyStr str) throw ts2.Rt.TypeError($"string argument expected, got '{a[1].Type.Name}'");
            var text = s.Newline == null ? str.Value.Replace("\r\n", "\n").Replace('\r', '\n') : TranslateForWrite(str.Value, s.Newline);
            TSync.Lock(ts2, a[0]);
            try
            {
                bool noPendingCr = false; // CPython's StringIO decodes each write as final
                if (s.Newline is null or "") NoteNewlines(ref s.SeenNewlines, ref noPendingCr, str.Value, final: true);
                if (s.Pos > s.Buf.Length) s.Buf.Append('\0', s.Pos - s.Buf.Length);
                int overwrite = Math.Min(text.Length, s.Buf.Length - s.Pos);
                if (overwrite > 0) s.Buf.Remove(s.Pos, overwrite);
                s.Buf.Insert(s.Pos, text);
                s.Pos += text.Length;
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.NewInt(str.Length);
        });
        Def.Method(rt, t, "read", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "read");
            long n = SizeArg(ts2, a, 1);
            TSync.Lock(ts2, a[0]);
            try
            {
                int avail = Math.Max(0, s.Buf.Length - s.Pos);
                int take = n < 0 ? avail : (int)Math.Min(n, avail);
                var r = take > 0 ? s.Buf.ToString(s.Pos, take) : "";
                s.Pos += take;
                return ts2.Rt.NewStr(r);
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "readline", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "readline");
            long n = SizeArg(ts2, a, 1);
            TSync.Lock(ts2, a[0]);
            try
            {
                int start = s.Pos, len = s.Buf.Length, i = start;
                while (i < len)
                {
                    char c = s.Buf[i++];
                    if (n >= 0 && i - start >= n) break;
                    if (c == '\n') break;
                    if (s.Newline == "\r" && c == '\r') break;
                    if (s.Newline == "" && c == '\r')
                    {
                        if (i < len && s.Buf[i] == '\n') i++;
                        break;
                    }
                }
                if (start >= len) return ts2.Rt.EmptyStr;
                s.Pos = i;
                return ts2.Rt.NewStr(s.Buf.ToString(start, i - start));
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "seek", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "seek");
            Args.Count(ts2, "seek", a.Length - 1, 1, 2);
            long pos = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            long whence = a.Length > 2 ? ModuleSupport<TSync>.ToLong(ts2, a[2]) : 0;
            if (whence is < 0 or > 2) throw ts2.Rt.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            if (whence == 0 && pos < 0) throw ts2.Rt.ValueError($"Negative seek position {pos}");
            if (whence != 0 && pos != 0) throw Unsupported(ts2, "Can't do nonzero cur-relative seeks");
            TSync.Lock(ts2, a[0]);
            try
            {
                if (whence == 0) s.Pos = (int)Math.Min(pos, int.MaxValue);
                else if (whence == 2) s.Pos = s.Buf.Length;
                return ts2.Rt.NewInt(s.Pos);
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "tell", (ts2, a, kw) => ts2.Rt.NewInt(S(ts2, a, "tell").Pos));
        Def.Method(rt, t, "truncate", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "truncate");
            TSync.Lock(ts2, a[0]);
            try
            {
                long size = a.Length > 1 && !ReferenceEquals(a[1], ts2.Rt.None) ? ModuleSupport<TSync>.ToSsize(ts2, a[1]) : s.Pos;
                if (size < 0) throw ts2.Rt.ValueError($"Negative size value {size}");
                if (size < s.Buf.Length) s.Buf.Length = (int)size;
                return ts2.Rt.NewInt(size);
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "close", (ts2, a, kw) =>
        {
            S(ts2, a, "close", false).Closed = true;
            return ts2.Rt.None;
        });
        Def.Getter(rt, t, "closed", (ts2, o) => ((PyNative<StringIOState>)o).State is { Uninitialized: true } ? throw Uninitialized(ts2)
            : ts2.Rt.NewBool(((PyNative<StringIOState>)o).State.Closed));
        Def.Getter(rt, t, "line_buffering", (ts2, o) => ts2.Rt.False);
        Def.Getter(rt, t, "newlines", (ts2, o) => NewlinesSeen(ts2, ((PyNative<StringIOState>)o).State.SeenNewlines));
        Def.Getter(rt, t, "encoding", (ts2, o) => ts2.Rt.None);
        Def.Getter(rt, t, "errors", (ts2, o) => ts2.Rt.None);
        Def.Method(rt, t, "readable", (ts2, a, kw) => { S(ts2, a, "readable"); return ts2.Rt.True; });
        Def.Method(rt, t, "writable", (ts2, a, kw) => { S(ts2, a, "writable"); return ts2.Rt.True; });
        Def.Method(rt, t, "seekable", (ts2, a, kw) => { S(ts2, a, "seekable"); return ts2.Rt.True; });
        Def.Method(rt, t, "detach", (ts2, a, kw) => throw Unsupported(ts2, "detach"));
        Def.Method(rt, t, "__getstate__", (ts2, a, kw) =>
        {
            var s = S(ts2, a, "__getstate__");
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewStr(s.Buf.ToString()), s.Newline == null ? ts2.Rt.None : ts2.Rt.NewStr(s.Newline),
                ts2.Rt.NewInt(s.Pos), (PyObject?)InstanceDictOps<TSync>.DictOf(ts2, a[0]) ?? ts2.Rt.None]);
        });
        return t;
    }

    // ------------------------------------------------------------------ BytesIO

    private static BytesIOState B(PyThreadState ts, ReadOnlySpan<PyObject> a, string method, bool checkClosed = true)
    {
        var s = ModuleSupport<TSync>.Self<BytesIOState>(ts, a, "_io.BytesIO", method);
        if (checkClosed && s.Closed) throw Closed(ts);
        return s;
    }

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview, array) or null.</summary>
    public static byte[]? BytesLike(PyThreadState ts, PyObject o)
    {
        switch (o)
        {
            case PyBytes b: return b.Value;
            case PyByteArray ba: return ba._data.AsSpan(0, ba._size).ToArray();
        }
        if (o.Type == ts.Rt.MemoryViewType)
        {
            var r = Ops<TSync>.CallMethod(ts, o, "tobytes", []);
            return (r as PyBytes)?.Value;
        }
        if (o is PyNative<ArrayState> arr) return arr.State.ToBytes();
        return null;
    }

    private static PyType BytesIOType(PyThreadState ts, IoTypes types)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("BytesIO", types.BufferedIOBase, TypeFlags.BaseType | TypeFlags.HasDict);
        ModuleSupport<TSync>.SetModule(rt, t, "_io");
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) => new PyNativeEx<BytesIOState>(cls, new BytesIOState()));
        Def.Method(rt, t, "__init__", (ts2, a, kw) =>
        {
            var s = B(ts2, a, "__init__", false);
            var b = Args.Bind(ts2, "BytesIO", a.Slice(1), kw, ["initial_bytes"], 0);
            byte[] init = [];
            if (b[0] != null && !ReferenceEquals(b[0], ts2.Rt.None))
                init = BytesLike(ts2, b[0]!) ?? throw ts2.Rt.TypeError($"a bytes-like object is required, not '{b[0]!.Type.Name}'");
            TSync.Lock(ts2, a[0]);
            try
            {
                s.Buf = (byte[])init.Clone();
                s.Len = init.Length;
                s.Pos = 0;
                s.Closed = false;
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "getvalue", (ts2, a, kw) =>
        {
            var s = B(ts2, a, "getvalue");
            TSync.Lock(ts2, a[0]);
            try { return ts2.Rt.NewBytes(s.Buf.AsSpan(0, s.Len).ToArray()); }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "getbuffer", (ts2, a, kw) =>
        {
            var s = B(ts2, a, "getbuffer");
            byte[] copy;
            TSync.Lock(ts2, a[0]);
            try { copy = s.Buf.AsSpan(0, s.Len).ToArray(); }
            finally { TSync.Unlock(ts2, a[0]); }
            var mv = ts2.Rt.BuiltinsDict.GetStr(ts2.Rt.Intern("memoryview"))!;
            return Ops<TSync>.Call(ts2, mv, [new PyByteArray(ts2.Rt.ByteArrayType, copy)], null);
        });
        Def.Method(rt, t, "write", (ts2, a, kw) =>
        {
            var s = B(ts2, a, "write");
            Args.Count(ts2, "write", a.Length - 1, 1, 1);
            var data = BytesLike(ts2, a[1]) ?? throw ts2.Rt.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
            TSync.Lock(ts2, a[0]);
            try
            {
                int end = s.Pos + data.Length;
                s.EnsureCapacity(end);
                if (s.Pos > s.Len) Array.Clear(s.Buf, s.Len, s.Pos - s.Len);
                data.CopyTo(s.Buf, s.Pos);
                s.Pos = end;
                if (end > s.Len) s.Len = end;
            }
            finally { TSync.Unlock(ts2, a[0]); }
            return ts2.Rt.NewInt(data.Length);
        });
        NativeFn read = (ts2, a, kw) =>
        {
            var s = B(ts2, a, "read");
            long n = SizeArg(ts2, a, 1);
            TSync.Lock(ts2, a[0]);
            try
            {
                int avail = Math.Max(0, s.Len - s.Pos);
                int take = n < 0 ? avail : (int)Math.Min(n, avail);
                if (take <= 0) return ts2.Rt.NewBytes([]);
                var r = s.Buf.AsSpan(s.Pos, take).ToArray();
                s.Pos += take;
                return ts2.Rt.NewBytes(r);
            }
            finally { TSync.Unlock(ts2, a[0]); }
        };
        Def.Method(rt, t, "read", read);
        Def.Method(rt, t, "read1", read);
        Def.Method(rt, t, "readinto", (ts2, a, kw) =>
        {
            var s = B(ts2, a, "readinto");
            if (a[1] is not PyByteArray target) throw ts2.Rt.TypeError("readinto() argument must be read-write bytes-like object");
            TSync.Lock(ts2, a[0]);
            try
            {
                int take = Math.Max(0, Math.Min(target._size, s.Len - s.Pos));
                if (take > 0) Array.Copy(s.Buf, s.Pos, target._data, 0, take);
                s.Pos += take;
                return ts2.Rt.NewInt(take);
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "readline", (ts2, a, kw) =>
        {
            var s = B(ts2, a, "readline");
            long n = SizeArg(ts2, a, 1);
            TSync.Lock(ts2, a[0]);
            try
            {
                int start = s.Pos, i = start;
                while (i < s.Len)
                {
                    byte c = s.Buf[i++];
                    if (c == (byte)'\n' || (n >= 0 && i - start >= n)) break;
                }
                if (start >= s.Len) return ts2.Rt.NewBytes([]);
                s.Pos = i;
                return ts2.Rt.NewBytes(s.Buf.AsSpan(start, i - start).ToArray());
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "seek", (ts2, a, kw) =>
        {
            var s = B(ts2, a, "seek");
            Args.Count(ts2, "seek", a.Length - 1, 1, 2);
            long pos = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            long whence = a.Length > 2 ? ModuleSupport<TSync>.ToLong(ts2, a[2]) : 0;
            if (whence is < 0 or > 2) throw ts2.Rt.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            if (whence == 0 && pos < 0) throw ts2.Rt.ValueError($"negative seek value {pos}");
            TSync.Lock(ts2, a[0]);
            try
            {
                long np = whence == 0 ? pos : whence == 1 ? s.Pos + pos : s.Len + pos;
                s.Pos = (int)Math.Clamp(np, 0, int.MaxValue);
                return ts2.Rt.NewInt(s.Pos);
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "tell", (ts2, a, kw) => ts2.Rt.NewInt(B(ts2, a, "tell").Pos));
        Def.Method(rt, t, "truncate", (ts2, a, kw) =>
        {
            var s = B(ts2, a, "truncate");
            TSync.Lock(ts2, a[0]);
            try
            {
                long size = a.Length > 1 && !ReferenceEquals(a[1], ts2.Rt.None) ? ModuleSupport<TSync>.ToSsize(ts2, a[1]) : s.Pos;
                if (size < 0) throw ts2.Rt.ValueError($"negative size value {size}");
                if (size < s.Len) s.Len = (int)size;
                return ts2.Rt.NewInt(size);
            }
            finally { TSync.Unlock(ts2, a[0]); }
        });
        Def.Method(rt, t, "close", (ts2, a, kw) =>
        {
            B(ts2, a, "close", false).Closed = true;
            return ts2.Rt.None;
        });
        Def.Getter(rt, t, "closed", (ts2, o) => ts2.Rt.NewBool(((PyNative<BytesIOState>)o).State.Closed));
        Def.Method(rt, t, "readable", (ts2, a, kw) => { B(ts2, a, "readable"); return ts2.Rt.True; });
        Def.Method(rt, t, "writable", (ts2, a, kw) => { B(ts2, a, "writable"); return ts2.Rt.True; });
        Def.Method(rt, t, "seekable", (ts2, a, kw) => { B(ts2, a, "seekable"); return ts2.Rt.True; });
        Def.Method(rt, t, "flush", (ts2, a, kw) => { B(ts2, a, "flush"); return ts2.Rt.None; });
        return t;
    }
}
