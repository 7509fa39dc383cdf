// The methods that differ between text files (TextIOWrapper: encoding, read/write of str) and
// binary ones (FileIO and the buffered types: read/write of bytes, readinto, peek, raw seek).
using System.Text;
using Vm.Builtins;
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class IoModule<TSync> where TSync : struct, ISyncPolicy
{
    private static void TextMethods(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        Def.Getter(rt, t, "encoding", (ts2, o) => ts2.Rt.NewStr(((PyNative<FileState>)o).State.Encoding));
        Def.Getter(rt, t, "errors", (ts2, o) => ts2.Rt.NewStr(((PyNative<FileState>)o).State.Errors));
        Def.Getter(rt, t, "newlines", (ts2, o) => NewlinesSeen(ts2, ((PyNative<FileState>)o).State.SeenNewlines));
        Def.Getter(rt, t, "line_buffering", (ts2, o) => ts2.Rt.NewBool(((PyNative<FileState>)o).State.LineBuffering));
        Def.Getter(rt, t, "write_through", (ts2, o) => ts2.Rt.NewBool(((PyNative<FileState>)o).State.Stream is PyObjectStream { WriteThrough: true }));
        FileMethod(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var s = ((PyNative<FileState>)a[0]).State;
            if (s.Uninitialized) throw Uninitialized(ts2);
            var nameObj = s.Detached ? null : FileName(ts2, s, forRepr: true);
            var name = nameObj == null ? "" : " name=" + Ops<TSync>.ReprValue(ts2, nameObj);
            if (s.Closed) return ts2.Rt.NewStr("<_io.TextIOWrapper" + name + ">");
            var mode = s.Mode.Length == 0 ? "" : $" mode='{s.Mode}'";
            return ts2.Rt.NewStr($"<_io.TextIOWrapper{name}{mode} encoding='{s.Encoding}'>");
        });
        FileMethod(rt, t, "read", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "read");
            if (!s.Readable) throw Unsupported(ts2, "not readable");
            long n = SizeArg(ts2, a, 1);
            return ts2.Rt.NewStr(ReadText(ts2, s, n));
        });
        FileMethod(rt, t, "readline", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "readline");
            if (!s.Readable) throw Unsupported(ts2, "not readable");
            long n = SizeArg(ts2, a, 1);
            return ts2.Rt.NewStr(ReadLineText(ts2, s, n));
        });
        FileMethod(rt, t, "write", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "write");
            Args.Count(ts2, "write", a.Length - 1, 1, 1);
            if (a[1] is not PyStr str) throw ts2.Rt.TypeError($"write() argument must be str, not {a[1].Type.Name}");
            if (!s.Writable) throw Unsupported(ts2, "not writable");
            var text = str.Value;
            if (s.Newline is "\r" or "\r\n") text = text.Replace("\n", s.Newline);
            var bytes = Codecs<TSync>.Encode(ts2, ts2.Rt.NewStr(text), s.Encoding, s.Errors);
            DropReadAhead(ts2, s);
            s.SeenNewlines = 0; // CPython resets its decoder on write
            s.PendingCr = false;
            using (new IoWait(ts2, s.Stream)) WriteAll(s, bytes, bytes.Length);
            if (s.LineBuffering && (text.Contains('\n') || text.Contains('\r'))) s.Stream!.Flush();
            return ts2.Rt.NewInt(str.Length);
        });
        FileMethod(rt, t, "tell", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "tell");
            return ts2.Rt.NewInt(TextTell(ts2, s));
        });
        FileMethod(rt, t, "seek", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "seek");
            Args.Count(ts2, "seek", a.Length - 1, 1, 2);
            long cookie = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            long whence = a.Length > 2 ? ModuleSupport<TSync>.ToLong(ts2, a[2]) : 0;
            if (whence == 1)
            {
                if (cookie != 0) throw Unsupported(ts2, "can't do nonzero cur-relative seeks");
                return ts2.Rt.NewInt(TextTell(ts2, s));
            }
            if (whence == 2)
            {
                if (cookie != 0) throw Unsupported(ts2, "can't do nonzero end-relative seeks");
                DropReadAhead(ts2, s);
                s.SeenNewlines = 0; // the decoder is reset
                s.PendingCr = false;
                long end;
                using (new IoWait(ts2, s.Stream)) end = s.Stream!.Seek(0, SeekOrigin.End);
                return ts2.Rt.NewInt(end);
            }
            if (whence != 0) throw ts2.Rt.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            if (cookie < 0) throw ts2.Rt.ValueError($"negative seek position {cookie}");
            s.RBuf = "";
            s.RPos = 0;
            s.Pending = [];
            s.Eof = false;
            s.PendingCr = false;
            if (cookie == 0) s.SeenNewlines = 0; // the decoder is reset (another cookie sets its state only)
            using (new IoWait(ts2, s.Stream)) s.Stream!.Seek(cookie, SeekOrigin.Begin);
            return ts2.Rt.NewInt(cookie);
        });
        FileMethod(rt, t, "reconfigure", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "reconfigure");
            var b = Args.Bind(ts2, "reconfigure", a.Slice(1), kw, ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, 0, 0);
            if (b[0] is PyStr e) s.Encoding = e.Value;
            if (b[1] is PyStr er) s.Errors = er.Value;
            if (b[2] != null) s.Newline = b[2] is PyStr nl ? nl.Value : null;
            return ts2.Rt.None;
        });
    }

    private static byte[] ReadBytes(PyThreadState ts, FileState s, long n)
    {
        var stream = s.Stream!;
        using (new IoWait(ts, stream))
        {
            if (n < 0)
            {
                var ms = new MemoryStream();
                stream.CopyTo(ms);
                return ms.ToArray();
            }
            var buf = new byte[n];
            int total = 0;
            while (total < n)
            {
                int r = stream.Read(buf, total, (int)(n - total));
                if (r == 0) break;
                total += r;
            }
            if (total < n) Array.Resize(ref buf, total);
            return buf;
        }
    }

    private static void BinaryMethods(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        FileMethod(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var s = ((PyNative<FileState>)a[0]).State;
            if (s.Closed && a[0].Type.IsSubtypeOf(Types(ts2).FileIO)) return ts2.Rt.NewStr($"<_io.{a[0].Type.Name} [closed]>"); // fileio.c
            var nameObj = s.Detached ? null : FileName(ts2, s, forRepr: true);
            if (nameObj == null) return ts2.Rt.NewStr($"<_io.{a[0].Type.Name}>");
            return ts2.Rt.NewStr($"<_io.{a[0].Type.Name} name={Ops<TSync>.ReprValue(ts2, nameObj)}>");
        });
        NativeFn read = (ts2, a, kw) =>
        {
            var s = F(ts2, a, "read");
            if (!s.Readable) throw Unsupported(ts2, "read");
            long n = SizeArg(ts2, a, 1);
            return ts2.Rt.NewBytes(ReadBytes(ts2, s, n));
        };
        FileMethod(rt, t, "read", read);
        FileMethod(rt, t, "read1", (ts2, a, kw) =>
        {
            // At most one read of the underlying stream: a socket or pipe returns what has arrived
            // instead of waiting for n bytes (TextIOWrapper reads its chunks this way).
            var s = F(ts2, a, "read1");
            if (!s.Readable) throw Unsupported(ts2, "read1");
            long n = SizeArg(ts2, a, 1);
            var buf = new byte[n < 0 ? 8192 : n]; // io.DEFAULT_BUFFER_SIZE
            int got = 0;
            if (buf.Length > 0)
                using (new IoWait(ts2, s.Stream)) got = s.Stream!.Read(buf, 0, buf.Length);
            return ts2.Rt.NewBytes(got == buf.Length ? buf : buf.AsSpan(0, got).ToArray());
        });
        FileMethod(rt, t, "readall", (ts2, a, kw) => ts2.Rt.NewBytes(ReadBytes(ts2, F(ts2, a, "readall"), -1)));
        FileMethod(rt, t, "peek", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "peek");
            long pos = s.Stream!.Position;
            var data = ReadBytes(ts2, s, 8192);
            s.Stream.Position = pos;
            return ts2.Rt.NewBytes(data);
        });
        FileMethod(rt, t, "readinto", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "readinto");
            if (!s.Readable) throw Unsupported(ts2, "read");
            if (a[1] is not PyByteArray target) throw ts2.Rt.TypeError("readinto() argument must be read-write bytes-like object");
            var data = ReadBytes(ts2, s, target._size);
            Array.Copy(data, 0, target._data, 0, data.Length);
            return ts2.Rt.NewInt(data.Length);
        });
        FileMethod(rt, t, "readline", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "readline");
            if (!s.Readable) throw Unsupported(ts2, "read");
            long limit = SizeArg(ts2, a, 1);
            var res = new List<byte>();
            using (new IoWait(ts2, s.Stream))
            {
                while (limit < 0 || res.Count < limit)
                {
                    int c = s.Stream!.ReadByte();
                    if (c < 0) break;
                    res.Add((byte)c);
                    if (c == '\n') break;
                }
            }
            return ts2.Rt.NewBytes(res.ToArray());
        });
        FileMethod(rt, t, "write", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "write");
            Args.Count(ts2, "write", a.Length - 1, 1, 1);
            var data = BytesLike(ts2, a[1]) ?? throw ts2.Rt.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
            if (!s.Writable) throw Unsupported(ts2, "write");
            using (new IoWait(ts2, s.Stream)) WriteAll(s, data, data.Length);
            return ts2.Rt.NewInt(data.Length);
        });
        FileMethod(rt, t, "tell", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "tell");
            if (!s.Stream!.CanSeek) throw IllegalSeek(ts2);
            return ts2.Rt.NewInt(s.Stream.Position);
        });
        FileMethod(rt, t, "seek", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "seek");
            Args.Count(ts2, "seek", a.Length - 1, 1, 2);
            long pos = ModuleSupport<TSync>.ToSsize(ts2, a[1]);
            long whence = a.Length > 2 ? ModuleSupport<TSync>.ToLong(ts2, a[2]) : 0;
            if (whence is < 0 or > 2) throw ts2.Rt.ValueError($"whence value {whence} unsupported");
            if (!s.Stream!.CanSeek) throw Unsupported(ts2, "File or stream is not seekable.");
            var origin = whence == 0 ? SeekOrigin.Begin : whence == 1 ? SeekOrigin.Current : SeekOrigin.End;
            long target = whence == 0 ? pos : whence == 1 ? s.Stream!.Position + pos : s.Stream!.Length + pos;
            if (target < 0) throw OsError(ts2, "OSError", 22, "Invalid argument", null);
            long np;
            using (new IoWait(ts2, s.Stream)) np = s.Stream!.Seek(pos, origin);
            return ts2.Rt.NewInt(np);
        });
    }
}
