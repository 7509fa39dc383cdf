// The binary layer under a text stream: `f.buffer` of a text file from open(), and
// sys.stdin/stdout/stderr.buffer.
//
// A text file from open() reads and writes its FileStream directly (it keeps no bytes of its own
// to write), so its buffer is a second file object over the same stream (FileState.Twin): bytes
// written through either reach the file in program order, closing either closes both, and both
// run their methods under one gate (the text file's state, FileState.Gate), so two threads using
// the two objects never interleave inside a call. What the text layer has read ahead and not yet
// returned is not seen through the buffer; CPython's TextIOWrapper also reads its buffer in chunks.
//
// The console streams are TextWriters/TextReaders (the host's, or ./pyvm's UTF-8 writers over the
// standard descriptors). Their buffer is a BufferedWriter/BufferedReader over a ConsoleBytes
// stream. With the byte stream under the writer (RuntimeOptions.StdoutBytes), a write flushes the
// text writer and writes the bytes while holding the writer's lock (TextWriter.Synchronized locks
// the writer object itself), so text and bytes come out in program order (CPython keeps a text
// write that has not been flushed in its TextIOWrapper and can put later bytes before it; programs
// flush to avoid that, and flushing gives the same output here). Without one (an embedding host's
// StringWriter) the bytes are decoded as UTF-8, an incomplete sequence waiting for its rest, and
// written as text. Reading takes the byte stream under stdin when there is one, else the reader's
// characters encoded as UTF-8.
using System.Text;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class IoModule<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>open()'s binary mode string for <paramref name="mode"/> ("w" -> "wb", "w+" -> "rb+", ...).</summary>
    private static string BinaryMode(string mode)
    {
        bool updating = mode.Contains('+');
        string kind = mode.Contains('x') ? "xb" : mode.Contains('a') ? "ab" : mode.Contains('r') || updating ? "rb" : "wb";
        return updating ? kind + "+" : kind;
    }

    /// <summary>The Buffered* type open() returns for a binary mode.</summary>
    private static PyType BinaryFileType(IoTypes types, string binaryMode) =>
        binaryMode.Contains('+') ? types.BufferedRandom : binaryMode[0] == 'r' ? types.BufferedReader : types.BufferedWriter;

    /// <summary>TextIOWrapper.buffer: the wrapped object, or for a text file from open() its binary twin.</summary>
    private static PyObject TextBuffer(PyThreadState ts, PyObject o)
    {
        var s = ((PyNative<FileState>)o).State;
        if (s.Detached || s.Buffer != null || !s.Text) return WrappedBuffer(ts, o, "buffer");
        AttachedMonitor<TSync>.Enter(ts, s.Gate);
        try
        {
            return BufferViewOf(ts, s);
        }
        finally
        {
            Monitor.Exit(s.Gate);
        }
    }

    /// <summary>The binary file object over a text file's stream, made once (the caller holds the gate).</summary>
    private static PyObject BufferViewOf(PyThreadState ts, FileState s)
    {
        if (s.BufferView != null) return s.BufferView;
        var mode = BinaryMode(s.Mode);
        var view = new FileState
        {
            Stream = s.Stream,
            NameObj = s.NameObj,
            Mode = mode,
            Readable = s.Readable,
            Writable = s.Writable,
            Append = s.Append,
            AppendGate = s.AppendGate,
            Closed = s.Closed,
            Text = false,
            Twin = s,
            GateOwner = s,
        };
        s.Twin = view;
        var obj = NewFileObject(ts, BinaryFileType(Types(ts), mode), view);
        Ops<TSync>.Store(ts, ref s.BufferView, obj);
        return obj;
    }

    /// <summary>detach() of a text file from open(): its buffer object, which stays open.</summary>
    private static PyObject DetachFileBuffer(PyThreadState ts, FileState s)
    {
        var view = BufferViewOf(ts, s);
        var vs = ((PyNative<FileState>)view).State;
        vs.Twin = null;
        s.Twin = null;
        s.Stream = null;
        s.Detached = true;
        return view; // still counted by the detached text file, as a wrapper's buffer is
    }

    /// <summary>sys.stdout.buffer and co.: a Buffered* object over the console stream's bytes.</summary>
    internal static PyObject ConsoleBuffer(PyThreadState ts, ConsoleStream cs)
    {
        lock (cs)
        {
            if (cs.BufferObject != null) return cs.BufferObject;
            bool reading = cs.Writer == null;
            var st = new FileState
            {
                Stream = new ConsoleBytes(cs),
                NameObj = ts.Rt.NewStr(cs.Name),
                Mode = reading ? "rb" : "wb",
                Readable = reading,
                Writable = !reading,
                Text = false,
            };
            var types = Types(ts);
            var obj = NewFileObject(ts, reading ? types.BufferedReader : types.BufferedWriter, st);
            obj.MakeImmortal();
            cs.BufferObject = obj;
            return obj;
        }
    }

    /// <summary>The bytes of a console text stream (see the note at the top).</summary>
    private sealed class ConsoleBytes : Stream
    {
        private readonly ConsoleStream _cs;
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private Stream? _in;
        private byte[] _pending = [];
        private int _pendingAt;

        public ConsoleBytes(ConsoleStream cs) => _cs = cs;

        public int FileNo => _cs.Name switch { "<stdin>" => 0, "<stdout>" => 1, _ => 2 };

        public override bool CanRead => _cs.Writer == null;
        public override bool CanWrite => _cs.Writer != null;
        public override bool CanSeek => false;
        public override long Length => throw new IOException("Illegal seek", 29);
        public override long Position
        {
            get => throw new IOException("Illegal seek", 29);
            set => throw new IOException("Illegal seek", 29);
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new IOException("Illegal seek", 29);
        public override void SetLength(long value) => throw new IOException("Illegal seek", 29);

        public override void Write(byte[] buffer, int offset, int count)
        {
            var w = _cs.Writer ?? throw new NotSupportedException();
            lock (w)
            {
                if (_cs.BytesOut is { } bytes)
                {
                    w.Flush();
                    bytes.Value.Write(buffer, offset, count);
                    return;
                }
                var chars = new char[_decoder.GetCharCount(buffer, offset, count)];
                int n = _decoder.GetChars(buffer, offset, count, chars, 0);
                w.Write(chars, 0, n);
            }
        }

        public override void Flush()
        {
            if (_cs.Writer is not { } w) return;
            lock (w)
            {
                w.Flush();
                if (_cs.BytesOut is { IsValueCreated: true } bytes) bytes.Value.Flush();
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (count == 0) return 0;
            if (_cs.BytesIn is { } open) return (_in ??= open()).Read(buffer, offset, count);
            if (_pendingAt == _pending.Length)
            {
                var reader = _cs.Reader ?? throw new NotSupportedException();
                var chars = new char[Math.Max(count, 256)];
                int n = reader.Read(chars, 0, chars.Length);
                if (n == 0) return 0;
                _pending = Encoding.UTF8.GetBytes(chars, 0, n);
                _pendingAt = 0;
            }
            int take = Math.Min(count, _pending.Length - _pendingAt);
            Array.Copy(_pending, _pendingAt, buffer, offset, take);
            _pendingAt += take;
            return take;
        }

        // Closing sys.stdout.buffer closes the Python object only: the console stays open for
        // the text stream, tracebacks and the runtime's own output.
        protected override void Dispose(bool disposing) => Flush();
    }
}
