// open() and the state of the file objects it returns (FileState): the mode parsing, the stream
// opened, OSError mapping and closing. The types and their methods are in IoModule.FileTypes.cs and
// IoModule.FileMethods.cs, text reading in IoModule.TextReadAhead.cs. Blocking file operations run detached.
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
        if (checkClosed && (s.Closed || s.Stream == null)) throw ClosedError(ts, a[0], s, method);
        if (s.Stream is PyObjectStream wrapped) wrapped.Ts = ts;
        return s;
    }

    /// <summary>
    /// The ValueError of <paramref name="method"/> on a closed file, with CPython's message: a
    /// TextIOWrapper's own check ends with a period (iobase's), the methods it hands to its buffer
    /// and FileIO's checks do not (fileio.c), and a buffered object names the method for some
    /// (bufferedio.c: "read of closed file", "write to closed file"); methods IOBase defines for
    /// every file (readlines, writelines, iteration, the context manager) use iobase's.
    /// </summary>
    private static PyException ClosedError(PyThreadState ts, PyObject self, FileState s, string method)
    {
        if (method is "readlines" or "writelines" or "__iter__" or "__enter__") return Closed(ts); // IOBase's own methods
        if (s.Text && method is not ("fileno" or "isatty" or "readable" or "writable" or "seekable")) return Closed(ts);
        bool raw = self.Type.IsSubtypeOf(Types(ts).FileIO);
        // FileIO and BufferedReader inherit IOBase.flush (a reader's detach flushes through it)
        if (method is "flush" or "detach" && (raw || self.Type.IsSubtypeOf(Types(ts).BufferedReader))) return Closed(ts);
        if (!s.Text && !raw)
        {
            string? named = method switch
            {
                "read" or "read1" => "read of closed file",
                "readinto" => "readinto of closed file",
                "readline" => "readline of closed file",
                "peek" => "peek of closed file",
                "write" => "write to closed file",
                "seek" => "seek of closed file",
                "truncate" => "truncate of closed file",
                "flush" or "detach" => "flush of closed file",
                _ => null,
            };
            if (named != null) return ts.Rt.ValueError(named);
        }
        return ts.Rt.ValueError("I/O operation on closed file");
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
        bool unbuffered = b[2] != null && !ReferenceEquals(b[2], rt.None) && Args.ToLong(ts, b[2]!) == 0;
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
        if (unbuffered && !binary)
        {
            // CPython opens (so "w" truncates) before it refuses, and closes what it opened
            stream.Dispose();
            throw rt.ValueError("can't have unbuffered text I/O");
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
            return NewFileObject(ts, unbuffered ? types.FileIO : BinaryFileType(types, st.Mode), st); // buffering=0: the raw FileIO, as CPython
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
}
