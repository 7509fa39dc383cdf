// io.TextIOWrapper(buffer, ...) and io.BufferedReader/Writer/Random(raw): file objects layered over
// any Python object with the stream protocol (BytesIO, FileIO, a user RawIOBase subclass, a pipe's
// file). The file methods of IoModule.Files.cs work on a .NET Stream; here that Stream is a
// PyObjectStream whose Read/Write/Seek/Flush call the wrapped object's read/write/seek/flush.
//
// Threading: every call reaches the stream from a file method that holds the file object's gate
// (FileMethod), one thread at a time; that thread's state is handed to the stream on entry (F()).
// The stream runs Python code, so the file methods do not detach around it (IoWait).
using Vm.Builtins;
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class IoModule<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Text writes are handed to the wrapped buffer in chunks of this size (or at flush).</summary>
    private const int TextChunkSize = 8192;

    /// <summary>A .NET Stream over a Python stream object.</summary>
    private sealed class PyObjectStream : Stream
    {
        public readonly PyObject Target;
        public PyThreadState Ts;
        /// <summary>Bytes written but not yet passed to Target.write (text layer buffering).</summary>
        private readonly MemoryStream _unwritten = new();
        public bool WriteThrough;
        /// <summary>True after detach(): closing the wrapper leaves Target open.</summary>
        public bool Released;

        public PyObjectStream(PyThreadState ts, PyObject target)
        {
            Ts = ts;
            Target = target;
        }

        private PyObject Call(string name, params PyObject[] args) => Ops<TSync>.CallMethod(Ts, Target, name, args);

        private bool Ask(string name) => Ops<TSync>.IsTrue(Ts, Call(name));

        public override bool CanRead => Ask("readable");
        public override bool CanWrite => Ask("writable");
        public override bool CanSeek => Ask("seekable");

        public bool IsTty => Ask("isatty");

        public PyObject FileNo => Call("fileno");

        public override long Length
        {
            get
            {
                long here = Position;
                long end = Seek(0, SeekOrigin.End);
                Seek(here, SeekOrigin.Begin);
                return end;
            }
        }

        public override long Position
        {
            get
            {
                PassOn();
                return Args.ToLong(Ts, Call("tell"));
            }
            set => Seek(value, SeekOrigin.Begin);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            PassOn();
            var rt = Ts.Rt;
            var method = Target.Type.Lookup(rt.Intern("read1")) != null ? "read1" : "read";
            var got = Call(method, rt.NewInt(count));
            if (ReferenceEquals(got, rt.None)) return 0;
            var data = BytesLike(Ts, got) ?? throw rt.TypeError($"underlying {method}() should have returned a bytes-like object, not '{got.Type.Name}'");
            if (data.Length > count) throw rt.ValueError($"{method}() returned too much data: {count} bytes requested, {data.Length} returned");
            Array.Copy(data, 0, buffer, offset, data.Length);
            return data.Length;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            _unwritten.Write(buffer, offset, count);
            if (WriteThrough || _unwritten.Length >= TextChunkSize) PassOn();
        }

        /// <summary>Hands the buffered writes to Target.write.</summary>
        public void PassOn()
        {
            if (_unwritten.Length == 0) return;
            var data = _unwritten.ToArray();
            _unwritten.SetLength(0);
            Call("write", Ts.Rt.NewBytes(data));
        }

        public override void Flush()
        {
            PassOn();
            Call("flush");
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            PassOn();
            int whence = origin == SeekOrigin.Begin ? 0 : origin == SeekOrigin.Current ? 1 : 2;
            return Args.ToLong(Ts, Call("seek", Ts.Rt.NewInt(offset), Ts.Rt.NewInt(whence)));
        }

        public override void SetLength(long value)
        {
            PassOn();
            Call("truncate", Ts.Rt.NewInt(value));
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !Released)
            {
                Released = true;
                Call("close");
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// Detaches the thread around blocking I/O on an OS stream. A stream over a Python object runs
    /// Python code, so the thread stays attached for it.
    /// </summary>
    private readonly ref struct IoWait
    {
        private readonly PyThreadState? _ts;

        public IoWait(PyThreadState ts, Stream? stream)
        {
            if (stream is PyObjectStream) return;
            _ts = ts;
            TSync.Detach(ts);
        }

        public void Dispose()
        {
            if (_ts != null) TSync.Attach(_ts);
        }
    }

    /// <summary>The file state of a wrapper around a Python stream object (counted in State.Buffer).</summary>
    private static FileState WrapperState(PyThreadState ts, PyObject target, bool text)
    {
        var stream = new PyObjectStream(ts, target);
        var st = new FileState
        {
            Stream = stream,
            NameObj = null!, // read from the wrapped object when asked (WrappedName)
            Mode = "",
            Readable = stream.CanRead,
            Writable = stream.CanWrite,
            Text = text,
        };
        Ops<TSync>.Store(ts, ref st.Buffer, target);
        return st;
    }

    /// <summary>TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False).</summary>
    private static FileState TextWrapperState(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var b = Args.Bind(ts, "TextIOWrapper", a, kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
        string? encoding = OptionalStr(ts, b[1], "encoding");
        string? errors = OptionalStr(ts, b[2], "errors");
        string? newline = OptionalStr(ts, b[3], "newline");
        if (newline != null && newline is not ("" or "\n" or "\r" or "\r\n")) throw rt.ValueError($"illegal newline value: {newline}");
        if (encoding != null) Codecs<TSync>.Lookup(ts, encoding);
        var st = WrapperState(ts, b[0]!, text: true);
        st.Encoding = encoding ?? "UTF-8";
        st.Errors = errors ?? "strict";
        st.Newline = newline;
        st.LineBuffering = b[4] != null && Ops<TSync>.IsTrue(ts, b[4]!);
        ((PyObjectStream)st.Stream!).WriteThrough = b[5] != null && Ops<TSync>.IsTrue(ts, b[5]!);
        return st;
    }

    /// <summary>BufferedReader/Writer/Random(raw, buffer_size=DEFAULT_BUFFER_SIZE) over a raw stream object.</summary>
    private static FileInit BufferedOver(string name) => (ts, a, kw) =>
    {
        var b = Args.Bind(ts, name, a, kw, ["raw", "buffer_size"], 1);
        if (b[1] != null && Args.ToLong(ts, b[1]!) <= 0) throw ts.Rt.ValueError("buffer size must be strictly positive");
        var st = WrapperState(ts, b[0]!, text: false);
        ((PyObjectStream)st.Stream!).WriteThrough = true;
        return st;
    };

    /// <summary>The buffer/raw attribute: the wrapped object of a wrapper.</summary>
    private static PyObject WrappedBuffer(PyThreadState ts, PyObject o, string what)
    {
        var s = ((PyNative<FileState>)o).State;
        if (s.Detached) return ts.Rt.None;
        return s.Buffer ?? throw ts.Rt.AttributeError($"'{o.Type.Name}' object has no attribute '{what}'");
    }

    /// <summary>A file's name: open()'s argument, or the wrapped object's name (null when it has none: repr leaves it out).</summary>
    private static PyObject? FileName(PyThreadState ts, FileState s, bool forRepr)
    {
        if (s.NameObj != null || s.Buffer == null) return s.NameObj;
        if (!forRepr) return Ops<TSync>.GetAttr(ts, s.Buffer, "name");
        try
        {
            return Ops<TSync>.TryGetAttr(ts, s.Buffer, ts.Rt.Intern("name"));
        }
        catch (PyException e) when (Ops<TSync>.IsInstance(e.Value, ts.Rt.ExceptionTypes["AttributeError"]) || Ops<TSync>.IsInstance(e.Value, ts.Rt.ExceptionTypes["ValueError"]))
        {
            Ops<TSync>.DiscardException(ts, e);
            return null;
        }
    }

    private static string? OptionalStr(PyThreadState ts, PyObject? o, string what)
    {
        if (o == null || ReferenceEquals(o, ts.Rt.None)) return null;
        return o is PyStr s ? s.Value : throw ts.Rt.TypeError($"TextIOWrapper() argument '{what}' must be str or None, not {o.Type.Name}");
    }

    /// <summary>detach(): flushes, returns the wrapped buffer and leaves this wrapper unusable.</summary>
    private static PyObject DetachBuffer(PyThreadState ts, FileState s)
    {
        if (s.Text && s.Stream is FileStream) return DetachFileBuffer(ts, s);
        if (s.Stream is not PyObjectStream ps || s.Buffer == null) throw Unsupported(ts, "detach");
        ps.Flush();
        ps.Released = true;
        s.Stream = null;
        s.Detached = true;
        return s.Buffer; // still counted by this state: the detached wrapper keeps it alive
    }
}
