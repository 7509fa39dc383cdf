// The file types of open() (FileIO, BufferedReader/Writer/Random, TextIOWrapper): their creation
// (__new__ then __init__, InitInInit), and the methods every file object has (close, flush, fileno,
// truncate, readlines, writelines, the context manager and iterator protocols).
using System.Text;
using Vm.Builtins;
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class IoModule<TSync> where TSync : struct, ISyncPolicy
{
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
            return NextLine(ts2, a[0]);
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
            return ReadLines(ts2, a[0], SizeArg(ts2, a, 1));
        });
        FileMethod(rt, t, "writelines", (ts2, a, kw) =>
        {
            F(ts2, a, "writelines");
            return WriteLines(ts2, a[0], a[1]);
        });
    }
}
