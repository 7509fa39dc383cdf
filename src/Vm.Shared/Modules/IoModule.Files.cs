// open() and the file objects it returns: BufferedReader/Writer/Random for binary modes and
// TextIOWrapper for text (encoding through the runtime's codecs, universal newlines, tell()
// cookies that are byte offsets). Blocking file operations run detached.
using System.Text;
using Vm.Builtins;
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

/// <summary>An open file: the stream, its mode and, for text files, the decoded read-ahead.</summary>
public sealed class FileState : IHasChildren
{
    /// <summary>A FileStream for open(); a stream over a Python object for wrappers (IoModule.Wrapped.cs).</summary>
    public Stream? Stream;
    /// <summary>The wrapped Python stream of TextIOWrapper(buffer)/BufferedReader(raw) (counted).</summary>
    public PyObject? Buffer;
    public bool LineBuffering, Detached;
    /// <summary>Made by __new__ and not yet given its arguments by __init__ (IoModule.Files.cs, InitInInit).</summary>
    public bool Uninitialized;
    public PyObject NameObj = null!;
    public string Mode = "r";
    public bool Readable, Writable, Append, Text, Closed;
    /// <summary>For append mode: the runtime-wide gate of this path. Seek-to-end and write happen
    /// under it, so appends by several file objects of this VM never overwrite each other and the
    /// stream's position stays the end. The descriptor is opened with O_APPEND (PosixNative.Files.cs),
    /// so appends by other processes are atomic too, as CPython's.</summary>
    public object? AppendGate;
    public string Encoding = "utf-8";
    public string Errors = "strict";
    /// <summary>newline argument: null = universal newlines.</summary>
    public string? Newline;
    // Text read-ahead: raw decoded characters (untranslated) and undecoded trailing bytes.
    public string RBuf = "";
    public int RPos;
    public byte[] Pending = [];
    public bool Eof;
    /// <summary>Universal-newline reads (newline None or ''): the line endings decoded so far, as
    /// CPython's IncrementalNewlineDecoder.seennl (1 \n, 2 \r, 4 \r\n; whole decoded chunks count,
    /// read or not), and a chunk's final \r held back until the next chunk says whether a \n follows.
    /// Reset by write() and by seeks to the start or end, as CPython resets its decoder.</summary>
    public byte SeenNewlines;
    public bool PendingCr;
    /// <summary>A text file from open() and its `buffer` object share one stream: each state points at
    /// the other (IoModule.BufferViews.cs); closing one closes both.</summary>
    public FileState? Twin;
    /// <summary>The `buffer` object of a text file from open() (counted), made on first use.</summary>
    public PyObject? BufferView;
    /// <summary>The text file's state, for its buffer object: both run their methods under that one gate.</summary>
    public FileState? GateOwner;
    public object Gate => GateOwner ?? this;

    public void CollectChildren(List<PyObject> sink)
    {
        if (Buffer != null) sink.Add(Buffer);
        if (BufferView != null) sink.Add(BufferView);
    }
}

public static partial class IoModule<TSync> where TSync : struct, ISyncPolicy
{
    private static FileState F(PyThreadState ts, ReadOnlySpan<PyObject> a, string method, bool checkClosed = true)
    {
        var s = ModuleSupport<TSync>.Self<FileState>(ts, a, "_io.TextIOWrapper", method);
        if (s.Uninitialized) throw Uninitialized(ts);
        if (s.Detached) throw ts.Rt.ValueError("underlying buffer has been detached");
        if (checkClosed && (s.Closed || s.Stream == null)) throw Closed(ts);
        if (s.Stream is PyObjectStream wrapped) wrapped.Ts = ts;
        return s;
    }

    private static PyException Uninitialized(PyThreadState ts) => ts.Rt.ValueError("I/O operation on uninitialized object");

    internal static PyException OsError(PyThreadState ts, string type, int errno, string msg, PyObject? filename, PyObject? filename2 = null)
    {
        var args = filename == null ? new PyObject[] { ts.Rt.NewInt(errno), ts.Rt.NewStr(msg) }
            : filename2 == null ? new PyObject[] { ts.Rt.NewInt(errno), ts.Rt.NewStr(msg), filename }
            : new PyObject[] { ts.Rt.NewInt(errno), ts.Rt.NewStr(msg), filename, ts.Rt.NewInt(0), filename2 };
        var e = Ops<TSync>.Call(ts, ts.Rt.ExceptionTypes[type], args, null);
        return new PyException((PyBaseException)e);
    }

    /// <summary>Maps a .NET I/O failure to the matching OSError subclass.</summary>
    public static PyException MapIoError(PyThreadState ts, Exception ex, string? path, PyObject? filename)
    {
        switch (ex)
        {
            case FileNotFoundException:
            case DirectoryNotFoundException:
                return OsError(ts, "FileNotFoundError", 2, "No such file or directory", filename);
            case UnauthorizedAccessException:
                if (path != null && Directory.Exists(path)) return OsError(ts, "IsADirectoryError", 21, "Is a directory", filename);
                return OsError(ts, "PermissionError", 13, "Permission denied", filename);
            case IOException { HResult: 9 }:
                return OsError(ts, "OSError", 9, "Bad file descriptor", null);
            case PathTooLongException:
                return OsError(ts, "OSError", 36, "File name too long", filename);
            case IOException io when path != null && (File.Exists(path) || Directory.Exists(path)) && io.HResult == unchecked((int)0x80070050):
                return OsError(ts, "FileExistsError", 17, "File exists", filename);
            default:
                return OsError(ts, "OSError", 5, ex.Message, filename);
        }
    }

    private static PyObject Open(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var b = Args.Bind(ts, "open", a, kw, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
        var file = b[0]!;
        string mode = b[1] == null ? "r" : b[1] is PyStr ms ? ms.Value : throw rt.TypeError($"open() argument 'mode' must be str, not {b[1]!.Type.Name}");
        string? encoding = b[3] == null || ReferenceEquals(b[3], rt.None) ? null : b[3] is PyStr es ? es.Value
            : throw rt.TypeError($"open() argument 'encoding' must be str or None, not {b[3]!.Type.Name}");
        string? errors = b[4] == null || ReferenceEquals(b[4], rt.None) ? null : Ops<TSync>.StrValue(ts, b[4]!);
        string? newline = b[5] == null || ReferenceEquals(b[5], rt.None) ? null : b[5] is PyStr ns ? ns.Value
            : throw rt.TypeError($"open() argument 'newline' must be str or None, not {b[5]!.Type.Name}");

        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        var seen = new HashSet<char>();
        foreach (char c in mode)
        {
            if ("axrwb+t".IndexOf(c) < 0 || !seen.Add(c)) throw rt.ValueError($"invalid mode: {Ops<TSync>.ReprValue(ts, rt.NewStr(mode))}");
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
            }
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) throw rt.ValueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw rt.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (text && binary) throw rt.ValueError("can't have text and binary mode at once");
        if (binary && encoding != null) throw rt.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw rt.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline != null) throw rt.ValueError("binary mode doesn't take a newline argument");
        if (newline != null && newline is not ("" or "\n" or "\r" or "\r\n")) throw rt.ValueError($"illegal newline value: {newline}");
        if (encoding != null) Codecs<TSync>.Lookup(ts, encoding);

        string path = file switch
        {
            PyStr s => s.Value,
            PyBytes pb => Encoding.UTF8.GetString(pb.Value),
            PyInt => "",
            _ => Ops<TSync>.Call(ts, rt.BuiltinsDict.GetStr(rt.Intern("str"))!, [Fspath(ts, file)], null) is PyStr fs ? fs.Value
                : throw rt.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}"),
        };

        FileMode fm = creating ? FileMode.CreateNew : writing ? FileMode.Create : appending ? FileMode.OpenOrCreate : FileMode.Open;
        FileAccess fa = updating ? FileAccess.ReadWrite : reading ? FileAccess.Read : FileAccess.Write;
        long fd = file is PyInt fdObj ? Args.ToLong(ts, fdObj) : -1;
        bool closefd = b[6] == null || Ops<TSync>.IsTrue(ts, b[6]!);
        if (!closefd && fd < 0) throw rt.ValueError("Cannot use closefd=False with file name");
        FileStream stream;
        try
        {
            using (new Detached<TSync>(ts))
            {
                if (file is PyInt) stream = FromDescriptor(fd, fa, closefd);
                else
                {
                    if (Directory.Exists(path)) throw new UnauthorizedAccessException();
                    if (creating && (File.Exists(path))) throw new IOException("exists", unchecked((int)0x80070050));
                    var appendHandle = appending ? PosixNative.OpenAppend(path, updating) : null;
                    stream = appendHandle != null
                        ? new FileStream(appendHandle, fa, 1)
                        : new FileStream(path, fm, fa, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
                }
                if (appending && stream.CanSeek) stream.Seek(0, SeekOrigin.End);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw MapIoError(ts, ex, path, file);
        }
        var st = new FileState
        {
            Stream = stream,
            NameObj = file,
            Readable = reading || updating,
            Writable = writing || appending || creating || updating,
            Append = appending,
            AppendGate = appending && file is not PyInt ? ts.Rt.AppendGates.GetOrAdd(Path.GetFullPath(path), _ => new object()) : null,
            Text = !binary,
            Encoding = encoding ?? "UTF-8",
            Errors = errors ?? "strict",
            Newline = newline,
        };
        var types = Types(ts);
        if (binary)
        {
            st.Mode = BinaryMode(mode);
            return NewFileObject(ts, BinaryFileType(types, st.Mode), st);
        }
        st.Mode = mode;
        return NewFileObject(ts, types.TextIOWrapper, st);
    }

    /// <summary>open(fd): a stream over a descriptor the caller opened (os.open, a pipe); closefd=False leaves it open at close().</summary>
    /// <summary>tell()/seek() of a pipe, a terminal or a console stream, as CPython reports it.</summary>
    private static PyException IllegalSeek(PyThreadState ts) => OsError(ts, "OSError", 29, "Illegal seek", null);

    private static FileStream FromDescriptor(long fd, FileAccess fa, bool closefd)
    {
        if (fd < 0 || fd > int.MaxValue) throw new IOException("Bad file descriptor", 9);
        var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle((nint)fd, ownsHandle: closefd);
        if (handle.IsInvalid) throw new IOException("Bad file descriptor", 9);
        return new FileStream(handle, fa, 1);
    }

    /// <summary>Writes to the file; in append mode at the end, under the path's append gate.</summary>
    private static void WriteAll(FileState s, byte[] data, int count)
    {
        if (s.AppendGate == null)
        {
            s.Stream!.Write(data, 0, count);
            return;
        }
        lock (s.AppendGate)
        {
            s.Stream!.Seek(0, SeekOrigin.End);
            s.Stream.Write(data, 0, count);
        }
    }

    private static PyObject Fspath(PyThreadState ts, PyObject o)
    {
        var m = o.Type.Lookup(ts.Rt.Intern("__fspath__"));
        if (m == null) throw ts.Rt.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");
        return Ops<TSync>.CallMethodDescr(ts, m, o, []);
    }

    private static PyObject NewFileObject(PyThreadState ts, PyType t, FileState st) => new PyNativeEx<FileState>(t, st);

    private static void CloseFile(PyThreadState ts, FileState s)
    {
        if (s.Closed) return;
        s.Closed = true;
        if (s.Twin is { } twin)
        {
            twin.Closed = true;
            twin.Stream = null;
        }
        var stream = s.Stream;
        s.Stream = null;
        if (stream == null) return;
        // A wrapper whose raw stream another wrapper already closed has nothing to flush or close
        // (two buffered objects over one raw stream: socket.makefile('rw')).
        if (stream is PyObjectStream { Released: false } wrapped && IsClosed(ts, wrapped.Target)) return;
        using (new IoWait(ts, stream))
        {
            try
            {
                stream.Flush();
            }
            catch (IOException)
            {
            }
            stream.Dispose();
        }
    }

    // ------------------------------------------------------------------ text decoding

    private static int CompleteLength(string encoding, byte[] data, int len, bool eof)
    {
        if (eof) return len;
        var enc = encoding.ToLowerInvariant().Replace('_', '-');
        if (enc is "utf-8" or "utf8" or "utf-8-sig")
        {
            // Back off an incomplete trailing UTF-8 sequence.
            int i = len - 1, back = 0;
            while (i >= 0 && back < 4 && (data[i] & 0xC0) == 0x80) { i--; back++; }
            if (i < 0) return len;
            byte lead = data[i];
            int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return len - i < need ? i : len;
        }
        if (enc.StartsWith("utf-16", StringComparison.Ordinal) || enc.StartsWith("utf16", StringComparison.Ordinal))
        {
            int l = len & ~1;
            if (l >= 2)
            {
                bool be = enc.EndsWith("be", StringComparison.Ordinal);
                int unit = be ? (data[l - 2] << 8) | data[l - 1] : (data[l - 1] << 8) | data[l - 2];
                if (unit is >= 0xD800 and <= 0xDBFF) l -= 2;
            }
            return l;
        }
        if (enc.StartsWith("utf-32", StringComparison.Ordinal) || enc.StartsWith("utf32", StringComparison.Ordinal)) return len & ~3;
        return len;
    }

    /// <summary>Reads and decodes another chunk into the read-ahead; false at end of file.</summary>
    private static bool Fill(PyThreadState ts, FileState s)
    {
        if (s.Eof && s.Pending.Length == 0) return false;
        var chunk = new byte[8192];
        int n;
        using (new IoWait(ts, s.Stream)) n = s.Stream!.Read(chunk, 0, chunk.Length);
        if (n == 0) s.Eof = true;
        var data = new byte[s.Pending.Length + n];
        s.Pending.CopyTo(data, 0);
        Array.Copy(chunk, 0, data, s.Pending.Length, n);
        int complete = CompleteLength(s.Encoding, data, data.Length, s.Eof);
        if (complete == 0 && data.Length > 0 && !s.Eof)
        {
            s.Pending = data;
            return true;
        }
        var text = complete == 0 ? "" : Codecs<TSync>.Decode(ts, data.AsSpan(0, complete), s.Encoding, s.Errors);
        s.Pending = data.AsSpan(complete).ToArray();
        if (s.Newline is null or "") NoteNewlines(ref s.SeenNewlines, ref s.PendingCr, text, final: s.Eof && s.Pending.Length == 0);
        if (s.RPos > 0)
        {
            s.RBuf = s.RBuf.Substring(s.RPos);
            s.RPos = 0;
        }
        s.RBuf += text;
        return n > 0 || text.Length > 0;
    }

    /// <summary>Records the line endings of decoded text (CPython's IncrementalNewlineDecoder: seen
    /// gets 1 for \n, 2 for \r, 4 for \r\n; a final \r of text that is not final waits in pendingCr).</summary>
    private static void NoteNewlines(ref byte seen, ref bool pendingCr, string text, bool final)
    {
        int i = 0;
        if (pendingCr && (text.Length > 0 || final))
        {
            if (text.Length > 0 && text[0] == '\n')
            {
                seen |= 4;
                i = 1;
            }
            else seen |= 2;
            pendingCr = false;
        }
        for (; i < text.Length; i++)
        {
            if (text[i] == '\n') seen |= 1;
            else if (text[i] != '\r') continue;
            else if (i + 1 < text.Length)
            {
                if (text[i + 1] == '\n')
                {
                    seen |= 4;
                    i++;
                }
                else seen |= 2;
            }
            else if (final) seen |= 2;
            else pendingCr = true;
        }
    }

    /// <summary>The newlines attribute (TextIOWrapper, StringIO): None, or the one kind of line ending seen, or a tuple of them.</summary>
    private static PyObject NewlinesSeen(PyThreadState ts, byte seen)
    {
        var rt = ts.Rt;
        var kinds = new List<PyObject>(3);
        if ((seen & 2) != 0) kinds.Add(rt.NewStr("\r"));
        if ((seen & 1) != 0) kinds.Add(rt.NewStr("\n"));
        if ((seen & 4) != 0) kinds.Add(rt.NewStr("\r\n"));
        return kinds.Count switch { 0 => rt.None, 1 => kinds[0], _ => Ops<TSync>.NewTuple(ts, [.. kinds]) };
    }

    /// <summary>Ensures at least `need` unread raw characters (or end of file); returns the unread count.</summary>
    private static int Ensure(PyThreadState ts, FileState s, int need)
    {
        while (s.RBuf.Length - s.RPos < need)
            if (!Fill(ts, s)) break;
        return s.RBuf.Length - s.RPos;
    }

    /// <summary>Reads up to n characters (n &lt; 0: all) with newline translation.</summary>
    private static string ReadText(PyThreadState ts, FileState s, long n)
    {
        var sb = new StringBuilder();
        while (n < 0 || sb.Length < n)
        {
            if (Ensure(ts, s, 1) == 0) break;
            char c = s.RBuf[s.RPos];
            if (c == '\r' && s.Newline == null)
            {
                // Universal newlines: \r\n and \r read as \n.
                if (Ensure(ts, s, 2) >= 2 && s.RBuf[s.RPos + 1] == '\n') s.RPos += 2;
                else s.RPos += 1;
                sb.Append('\n');
                continue;
            }
            sb.Append(c);
            s.RPos++;
        }
        return sb.ToString();
    }

    private static string ReadLineText(PyThreadState ts, FileState s, long limit)
    {
        var sb = new StringBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            if (Ensure(ts, s, 1) == 0) break;
            char c = s.RBuf[s.RPos];
            if (c == '\r')
            {
                if (s.Newline == null)
                {
                    if (Ensure(ts, s, 2) >= 2 && s.RBuf[s.RPos + 1] == '\n') s.RPos += 2;
                    else s.RPos += 1;
                    sb.Append('\n');
                    break;
                }
                if (s.Newline == "" || s.Newline == "\r\n")
                {
                    bool crlf = Ensure(ts, s, 2) >= 2 && s.RBuf[s.RPos + 1] == '\n';
                    if (crlf && (limit < 0 || sb.Length + 2 <= limit))
                    {
                        sb.Append("\r\n");
                        s.RPos += 2;
                        break;
                    }
                    sb.Append('\r');
                    s.RPos++;
                    if (s.Newline == "") break;
                    continue;
                }
                sb.Append('\r');
                s.RPos++;
                if (s.Newline == "\r") break;
                continue;
            }
            sb.Append(c);
            s.RPos++;
            if (c == '\n' && s.Newline != "\r" && s.Newline != "\r\n") break;
        }
        return sb.ToString();
    }

    /// <summary>The logical byte position of a text file (the tell() cookie).</summary>
    private static long TextTell(PyThreadState ts, FileState s)
    {
        long pos = s.Stream!.Position - s.Pending.Length;
        if (s.RPos < s.RBuf.Length)
            pos -= Codecs<TSync>.Encode(ts, ts.Rt.NewStr(s.RBuf.Substring(s.RPos)), s.Encoding, "surrogatepass").Length;
        return pos;
    }

    /// <summary>Drops the read-ahead, moving the stream back to the logical position.</summary>
    private static void DropReadAhead(PyThreadState ts, FileState s)
    {
        if (!s.Text) return;
        if (s.RPos < s.RBuf.Length || s.Pending.Length > 0)
        {
            long pos = TextTell(ts, s);
            s.Stream!.Seek(pos, SeekOrigin.Begin);
        }
        s.RBuf = "";
        s.RPos = 0;
        s.Pending = [];
        s.Eof = false;
    }

    // ------------------------------------------------------------------ types

    private static void FileTypes(PyThreadState ts, IoTypes types)
    {
        var rt = ts.Rt;
        types.TextIOWrapper = rt.NewBuiltinType("TextIOWrapper", types.TextIOBase, TypeFlags.BaseType | TypeFlags.HasDict);
        types.BufferedReader = rt.NewBuiltinType("BufferedReader", types.BufferedIOBase, TypeFlags.BaseType | TypeFlags.HasDict);
        types.BufferedWriter = rt.NewBuiltinType("BufferedWriter", types.BufferedIOBase, TypeFlags.BaseType | TypeFlags.HasDict);
        types.BufferedRandom = rt.NewBuiltinType("BufferedRandom", types.BufferedIOBase, TypeFlags.BaseType | TypeFlags.HasDict);
        types.FileIO = rt.NewBuiltinType("FileIO", types.RawIOBase, TypeFlags.BaseType | TypeFlags.HasDict);
        foreach (var t in new[] { types.TextIOWrapper, types.BufferedReader, types.BufferedWriter, types.BufferedRandom, types.FileIO })
        {
            ModuleSupport<TSync>.SetModule(rt, t, "_io");
            CommonFileMethods(ts, t);
            t.HasFinalizer = true;
        }
        InitInInit(rt, types.FileIO, raw: true, (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "FileIO", a, kw, ["file", "mode", "closefd", "opener"], 1);
            var m = b[1] is PyStr ms ? ms.Value : "r";
            if (!m.Contains('b')) m += "b";
            var f = Open(ts2, [b[0]!, ts2.Rt.NewStr(m), ts2.Rt.NewInt(0)], null);
            return ((PyNative<FileState>)f).State;
        });
        InitInInit(rt, types.TextIOWrapper, raw: false, TextWrapperState);
        InitInInit(rt, types.BufferedReader, raw: false, BufferedOver("BufferedReader"));
        InitInInit(rt, types.BufferedWriter, raw: false, BufferedOver("BufferedWriter"));
        InitInInit(rt, types.BufferedRandom, raw: false, BufferedOver("BufferedRandom"));
        TextMethods(ts, types.TextIOWrapper);
        foreach (var t in new[] { types.BufferedReader, types.BufferedWriter, types.BufferedRandom, types.FileIO })
            BinaryMethods(ts, t);
    }

    /// <summary>Binds a file type's constructor arguments into a new state (FileIO, TextIOWrapper, Buffered*).</summary>
    private delegate FileState FileInit(PyThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

    /// <summary>
    /// As CPython's io types: __new__ takes any arguments and makes an uninitialised object (a
    /// FileIO one is closed; the others raise "I/O operation on uninitialized object"), __init__
    /// binds the arguments. So a subclass whose __init__ takes other arguments and calls
    /// super().__init__(raw) works. __init__ publishes the new state with one reference write;
    /// a state it replaces (a second __init__) gives up the stream it wrapped.
    /// </summary>
    private static void InitInInit(PyRuntime rt, PyType t, bool raw, FileInit init)
    {
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) =>
            new PyNativeEx<FileState>(cls, new FileState { Uninitialized = !raw, Closed = raw, Mode = raw ? "rb" : "" }));
        Def.Method(rt, t, "__init__", (ts2, a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyNative<FileState> self || !self.Type.IsSubtypeOf(t))
                throw ts2.Rt.TypeError($"descriptor '__init__' for '_io.{t.Name}' objects doesn't apply to a '{(a.Length > 0 ? a[0].Type.Name : "nothing")}' object");
            var st = init(ts2, a.Slice(1), kw);
            var old = Interlocked.Exchange(ref self.State, st);
            if (!old.Uninitialized && old.Buffer is { } wrapped && !old.Detached)
            {
                old.Buffer = null;
                ObjectLifecycle<TSync>.DecRef(ts2, wrapped);
            }
            return ts2.Rt.None;
        });
    }

    /// <summary>
    /// Defines a file method that runs holding the file object's lock, like CPython's buffered
    /// objects: concurrent calls on one file from several threads do not interleave. A thread
    /// that must wait for the lock detaches first; I/O inside the method detaches while holding it.
    /// </summary>
    private static void FileMethod(PyRuntime rt, PyType t, string name, NativeFn fn)
    {
        Def.Method(rt, t, name, (ts, a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyNative<FileState> f) return fn(ts, a, kw);
            var gate = f.State.Gate;
            AttachedMonitor<TSync>.Enter(ts, gate);
            try
            {
                return fn(ts, a, kw);
            }
            finally
            {
                Monitor.Exit(gate);
            }
        });
    }

    private static void CommonFileMethods(PyThreadState ts, PyType t)
    {
        var rt = ts.Rt;
        FileMethod(rt, t, "close", (ts2, a, kw) =>
        {
            CloseFile(ts2, F(ts2, a, "close", false));
            return ts2.Rt.None;
        });
        FileMethod(rt, t, "__del__", (ts2, a, kw) =>
        {
            if (a.Length > 0 && a[0] is PyNative<FileState> { State.Detached: true } or PyNative<FileState> { State.Uninitialized: true }) return ts2.Rt.None;
            CloseFile(ts2, F(ts2, a, "__del__", false));
            return ts2.Rt.None;
        });
        Def.Getter(rt, t, "closed", (ts2, o) =>
        {
            var s = ((PyNative<FileState>)o).State;
            if (s.Uninitialized) throw Uninitialized(ts2);
            if (s.Detached) throw ts2.Rt.ValueError("underlying buffer has been detached");
            if (!s.Closed && s.Buffer != null) return Ops<TSync>.GetAttr(ts2, s.Buffer, "closed");
            return ts2.Rt.NewBool(s.Closed);
        });
        Def.Getter(rt, t, "name", (ts2, o) =>
        {
            var s = ((PyNative<FileState>)o).State;
            if (s.Detached) throw ts2.Rt.ValueError("underlying buffer has been detached");
            return FileName(ts2, s, forRepr: false) ?? throw ts2.Rt.AttributeError($"'{o.Type.Name}' object has no attribute 'name'");
        });
        Def.Getter(rt, t, "mode", (ts2, o) =>
        {
            var s = ((PyNative<FileState>)o).State;
            if (s.Mode.Length == 0) return s.Buffer != null ? Ops<TSync>.GetAttr(ts2, s.Buffer, "mode") : throw ts2.Rt.AttributeError($"'{o.Type.Name}' object has no attribute 'mode'");
            return ts2.Rt.NewStr(s.Mode);
        }, (ts2, o, v) =>
        {
            // Assignable, as CPython's (an instance attribute there): socket.makefile sets the text mode.
            if (v is not PyStr mode) throw ts2.Rt.TypeError("mode must be a str");
            ((PyNative<FileState>)o).State.Mode = mode.Value;
        });
        Def.Getter(rt, t, "raw", (ts2, o) => WrappedBuffer(ts2, o, "raw"));
        Def.Getter(rt, t, "buffer", (ts2, o) => TextBuffer(ts2, o));
        FileMethod(rt, t, "detach", (ts2, a, kw) => DetachBuffer(ts2, F(ts2, a, "detach")));
        FileMethod(rt, t, "__enter__", (ts2, a, kw) =>
        {
            F(ts2, a, "__enter__");
            return a[0];
        });
        FileMethod(rt, t, "__exit__", (ts2, a, kw) =>
        {
            Ops<TSync>.CallMethod(ts2, a[0], "close", []);
            return ts2.Rt.None;
        });
        FileMethod(rt, t, "__iter__", (ts2, a, kw) =>
        {
            F(ts2, a, "__iter__");
            return a[0];
        });
        FileMethod(rt, t, "__next__", (ts2, a, kw) =>
        {
            var line = Ops<TSync>.CallMethod(ts2, a[0], "readline", []);
            if (Ops<TSync>.Len(ts2, line) == 0) throw ts2.Rt.StopIteration();
            return line;
        });
        FileMethod(rt, t, "readable", (ts2, a, kw) => ts2.Rt.NewBool(F(ts2, a, "readable").Readable));
        FileMethod(rt, t, "writable", (ts2, a, kw) => ts2.Rt.NewBool(F(ts2, a, "writable").Writable));
        FileMethod(rt, t, "seekable", (ts2, a, kw) => ts2.Rt.NewBool(F(ts2, a, "seekable").Stream!.CanSeek));
        FileMethod(rt, t, "isatty", (ts2, a, kw) => ts2.Rt.NewBool(F(ts2, a, "isatty").Stream is PyObjectStream ps && ps.IsTty));
        FileMethod(rt, t, "flush", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "flush");
            using (new IoWait(ts2, s.Stream)) s.Stream!.Flush();
            return ts2.Rt.None;
        });
        FileMethod(rt, t, "fileno", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "fileno");
            return s.Stream switch
            {
                PyObjectStream ps => ps.FileNo,
                ConsoleBytes cb => ts2.Rt.NewInt(cb.FileNo),
                _ => ts2.Rt.NewInt((long)((FileStream)s.Stream!).SafeFileHandle.DangerousGetHandle()),
            };
        });
        FileMethod(rt, t, "truncate", (ts2, a, kw) =>
        {
            var s = F(ts2, a, "truncate");
            if (!s.Writable) throw Unsupported(ts2, "File not open for writing");
            DropReadAhead(ts2, s);
            long size = a.Length > 1 && !ReferenceEquals(a[1], ts2.Rt.None) ? ModuleSupport<TSync>.ToSsize(ts2, a[1]) : s.Stream!.Position;
            if (size < 0) throw OsError(ts2, "OSError", 22, "Invalid argument", null);
            using (new IoWait(ts2, s.Stream))
            {
                s.Stream!.Flush();
                s.Stream.SetLength(size);
            }
            return ts2.Rt.NewInt(size);
        });
        FileMethod(rt, t, "readlines", (ts2, a, kw) =>
        {
            F(ts2, a, "readlines");
            long hint = SizeArg(ts2, a, 1);
            var res = new List<PyObject>();
            long total = 0;
            while (true)
            {
                var line = Ops<TSync>.CallMethod(ts2, a[0], "readline", []);
                long n = Ops<TSync>.Len(ts2, line);
                if (n == 0) break;
                res.Add(line);
                total += n;
                if (hint > 0 && total >= hint) break;
            }
            return Ops<TSync>.NewList(ts2, res.ToArray());
        });
        FileMethod(rt, t, "writelines", (ts2, a, kw) =>
        {
            F(ts2, a, "writelines");
            return WriteLines(ts2, a[0], a[1]);
        });
    }

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
            var nameObj = s.Detached ? null : FileName(ts2, s, forRepr: true);
            if (nameObj == null) return ts2.Rt.NewStr($"<_io.{a[0].Type.Name}>");
            return ts2.Rt.NewStr($"<_io.{a[0].Type.Name} name={Ops<TSync>.ReprValue(ts2, nameObj)}>");
        });
        NativeFn read = (ts2, a, kw) =>
        {
            var s = F(ts2, a, "read", false);
            if (s.Closed || s.Stream == null) throw ts2.Rt.ValueError("read of closed file");
            if (!s.Readable) throw Unsupported(ts2, "read");
            long n = SizeArg(ts2, a, 1);
            return ts2.Rt.NewBytes(ReadBytes(ts2, s, n));
        };
        FileMethod(rt, t, "read", read);
        FileMethod(rt, t, "read1", (ts2, a, kw) =>
        {
            // At most one read of the underlying stream: a socket or pipe returns what has arrived
            // instead of waiting for n bytes (TextIOWrapper reads its chunks this way).
            var s = F(ts2, a, "read1", false);
            if (s.Closed || s.Stream == null) throw ts2.Rt.ValueError("read of closed file");
            if (!s.Readable) throw Unsupported(ts2, "read1");
            long n = SizeArg(ts2, a, 1);
            var buf = new byte[n < 0 ? 8192 : n]; // io.DEFAULT_BUFFER_SIZE
            int got = 0;
            if (buf.Length > 0)
                using (new IoWait(ts2, s.Stream)) got = s.Stream.Read(buf, 0, buf.Length);
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
