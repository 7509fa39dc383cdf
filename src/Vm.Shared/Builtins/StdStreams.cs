// sys.stdout / sys.stderr / sys.stdin objects over the runtime's TextWriter/TextReader.
// Writes release the GIL (detach) around the blocking I/O, as CPython does.
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

/// <summary>The state of a console text stream.</summary>
public sealed class ConsoleStream
{
    public readonly string Name;
    /// <summary>The UTF-8 error handler of writes, as CPython's: strict on stdout, backslashreplace on stderr.</summary>
    public string Errors => Name == "<stderr>" ? "backslashreplace" : "strict";
    public TextWriter? Writer;
    /// <summary>The byte stream under Writer (fd 1 or 2), for the buffer object; null: encode into Writer.</summary>
    public Lazy<Stream>? BytesOut;
    /// <summary>Opens the byte stream under the reader (fd 0); null: encode what the reader returns.</summary>
    public Func<Stream>? BytesIn;
    /// <summary>sys.stdout.buffer and co. (IoModule.BufferViews.cs), made on first use; never released.</summary>
    public PyObject? BufferObject;
    /// <summary>Set by close() (exit() closes sys.stdin): reads and writes then raise ValueError;
    /// the runtime's own writer stays open underneath.</summary>
    public volatile bool Closed;
    private TextReader? _reader;
    private Func<TextReader>? _openReader;

    public ConsoleStream(string name, TextWriter? w, TextReader? r)
    {
        Name = name;
        Writer = w;
        _reader = r;
    }

    /// <summary>A readable stream whose reader is made on first use: Console.In sets up the
    /// terminal on Unix, which a program that never reads stdin should not pay for at start-up.</summary>
    public ConsoleStream(string name, Func<TextReader> openReader)
    {
        Name = name;
        _openReader = openReader;
    }

    public TextReader? Reader
    {
        get
        {
            if (_reader == null && _openReader != null)
            {
                _reader = _openReader();
                _openReader = null;
            }
            return _reader;
        }
        set
        {
            _reader = value;
            _openReader = null;
        }
    }
}

public static class StdStreams<TSync> where TSync : struct, ISyncPolicy
{
    public static PyType CreateType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("TextIOWrapper", null, TypeFlags.None);
        Def.Value(rt, t.Dict, "__module__", rt.NewStr("_io"));
        Def.Method(rt, t, "write", (ts2, a, kw) =>
        {
            var s = a[1] as PyStr ?? throw ts2.Rt.TypeError($"write() argument must be str, not {a[1].Type.Name}");
            WriteRaw(ts2, (PyNative<ConsoleStream>)a[0], s.Value);
            return ts2.Rt.NewInt(s.Length);
        });
        Def.Method(rt, t, "flush", (ts2, a, kw) =>
        {
            var w = ((PyNative<ConsoleStream>)a[0]).State.Writer;
            if (w != null) using (new Detached<TSync>(ts2)) w.Flush();
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "readline", (ts2, a, kw) =>
        {
            var r = Reader(ts2, a[0]);
            long limit = a.Length > 1 && !ReferenceEquals(a[1], ts2.Rt.None) ? Args.ToLong(ts2, a[1]) : -1;
            string line;
            using (new Detached<TSync>(ts2)) line = ReadLine(r, limit);
            return ts2.Rt.NewStr(line);
        });
        Def.Method(rt, t, "readlines", (ts2, a, kw) =>
        {
            var r = Reader(ts2, a[0]);
            var lines = new List<PyObject>();
            while (true)
            {
                string line;
                using (new Detached<TSync>(ts2)) line = ReadLine(r, -1);
                if (line.Length == 0) break;
                lines.Add(ts2.Rt.NewStr(line));
            }
            return Ops<TSync>.NewList(ts2, lines.ToArray());
        });
        Def.Method(rt, t, "read", (ts2, a, kw) =>
        {
            var r = Reader(ts2, a[0]);
            long size = a.Length > 1 && !ReferenceEquals(a[1], ts2.Rt.None) ? Args.ToLong(ts2, a[1]) : -1;
            var sb = new System.Text.StringBuilder();
            using (new Detached<TSync>(ts2))
            {
                while (size < 0 || sb.Length < size)
                {
                    int c = ReadTranslated(r);
                    if (c < 0) break;
                    sb.Append((char)c);
                }
            }
            return ts2.Rt.NewStr(sb.ToString());
        });
        // iteration: one line per step until end of input (for line in sys.stdin)
        Def.Method(rt, t, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, t, "__next__", (ts2, a, kw) =>
        {
            var r = Reader(ts2, a[0]);
            string line;
            using (new Detached<TSync>(ts2)) line = ReadLine(r, -1);
            return line.Length == 0 ? throw ts2.Rt.StopIteration() : ts2.Rt.NewStr(line);
        });
        Def.Method(rt, t, "writelines", (ts2, a, kw) =>
        {
            foreach (var item in Ops<TSync>.ToArray(ts2, a[1]))
            {
                var s = item as PyStr ?? throw ts2.Rt.TypeError($"write() argument must be str, not {item.Type.Name}");
                WriteRaw(ts2, (PyNative<ConsoleStream>)a[0], s.Value);
            }
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "seekable", (ts2, a, kw) => ts2.Rt.False);
        Def.Method(rt, t, "__enter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, t, "__exit__", (ts2, a, kw) => Close(ts2, a[0]));
        Def.Method(rt, t, "close", (ts2, a, kw) => Close(ts2, a[0]));
        Def.Getter(rt, t, "closed", (ts2, o) => ts2.Rt.NewBool(((PyNative<ConsoleStream>)o).State.Closed));
        Def.Getter(rt, t, "mode", (ts2, o) => ts2.Rt.NewStr(((PyNative<ConsoleStream>)o).State.Reader != null ? "r" : "w"));
        Def.Getter(rt, t, "line_buffering", (ts2, o) => ts2.Rt.False);
        Def.Method(rt, t, "isatty", (ts2, a, kw) => ts2.Rt.False);
        Def.Method(rt, t, "fileno", (ts2, a, kw) => ts2.Rt.NewInt(((PyNative<ConsoleStream>)a[0]).State.Name switch { "<stdin>" => 0, "<stdout>" => 1, _ => 2 }));
        Def.Method(rt, t, "writable", (ts2, a, kw) => ts2.Rt.NewBool(((PyNative<ConsoleStream>)a[0]).State.Writer != null));
        Def.Method(rt, t, "readable", (ts2, a, kw) => ts2.Rt.NewBool(((PyNative<ConsoleStream>)a[0]).State.Reader != null));
        Def.Method(rt, t, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr($"<_io.TextIOWrapper name='{((PyNative<ConsoleStream>)a[0]).State.Name}' mode='{(((PyNative<ConsoleStream>)a[0]).State.Reader != null ? "r" : "w")}' encoding='utf-8'>"));
        Def.Getter(rt, t, "name", (ts2, o) => ts2.Rt.NewStr(((PyNative<ConsoleStream>)o).State.Name));
        Def.Getter(rt, t, "encoding", (ts2, o) => ts2.Rt.NewStr("utf-8"));
        Def.Getter(rt, t, "errors", (ts2, o) => ts2.Rt.NewStr(((PyNative<ConsoleStream>)o).State.Errors));
        Def.Getter(rt, t, "buffer", (ts2, o) => Vm.Modules.IoModule<TSync>.ConsoleBuffer(ts2, ((PyNative<ConsoleStream>)o).State));
        return t;
    }

    private static TextReader Reader(PyThreadState ts, PyObject self)
    {
        var state = ((PyNative<ConsoleStream>)self).State;
        if (state.Closed) throw ClosedError(ts);
        return state.Reader ?? throw ts.Rt.Error("OSError", "not readable");
    }

    private static PyException ClosedError(PyThreadState ts) => ts.Rt.ValueError("I/O operation on closed file.");

    private static PyObject Close(PyThreadState ts, PyObject self)
    {
        var state = ((PyNative<ConsoleStream>)self).State;
        if (state.Closed) return ts.Rt.None;
        if (state.Writer is { } w) using (new Detached<TSync>(ts)) w.Flush();
        state.Closed = true;
        return ts.Rt.None;
    }

    private static TextWriter Writer(PyThreadState ts, PyNative<ConsoleStream> stream)
    {
        if (stream.State.Closed) throw ClosedError(ts);
        return stream.State.Writer ?? throw ts.Rt.Error("OSError", "not writable");
    }

    /// <summary>The next character with universal newlines (\r\n and \r read as \n), or -1 at the end.</summary>
    private static int ReadTranslated(TextReader r)
    {
        int c = r.Read();
        if (c != '\r') return c;
        if (r.Peek() == '\n') r.Read();
        return '\n';
    }

    /// <summary>One line with its "\n" (none on a last line without one; "" at the end), at most
    /// <paramref name="limit"/> characters when it is not negative.</summary>
    private static string ReadLine(TextReader r, long limit)
    {
        var sb = new System.Text.StringBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            int c = ReadTranslated(r);
            if (c < 0) break;
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    private static void WriteRaw(PyThreadState ts, PyNative<ConsoleStream> stream, string s)
    {
        var w = Writer(ts, stream);
        if (LoneSurrogates.Contains(s)) s = EncodeLoneSurrogates(ts, stream, s);
        using (new Detached<TSync>(ts)) w.Write(s);
    }

    /// <summary>
    /// Text with lone surrogates meets the stream's UTF-8 encoder as in CPython: strict (stdout)
    /// raises UnicodeEncodeError before anything of this write is written; backslashreplace
    /// (stderr) writes them as \udXXX.
    /// </summary>
    private static string EncodeLoneSurrogates(PyThreadState ts, PyNative<ConsoleStream> stream, string s) =>
        System.Text.Encoding.UTF8.GetString(Codecs<TSync>.Encode(ts, ts.Rt.NewStr(s), "utf-8", stream.State.Errors));

    /// <summary>file.write(s) with a fast path for the console streams.</summary>
    public static void Write(PyThreadState ts, PyObject file, string s)
    {
        if (file is PyNative<ConsoleStream> cs)
        {
            WriteRaw(ts, cs, s);
            return;
        }
        Ops<TSync>.CallMethod(ts, file, "write", [ts.Rt.NewStr(s)]);
    }

    /// <summary>Writes text the caller has checked holds no lone surrogate to a console stream.</summary>
    internal static void WriteConsoleChecked(PyThreadState ts, PyNative<ConsoleStream> stream, string s)
    {
        var w = Writer(ts, stream);
        using (new Detached<TSync>(ts)) w.Write(s);
    }

    public static void Flush(PyThreadState ts, PyObject file)
    {
        if (file is PyNative<ConsoleStream> cs)
        {
            cs.State.Writer?.Flush();
            return;
        }
        if (Ops<TSync>.TryGetAttr(ts, file, ts.Rt.Intern("flush")) is { } f) Ops<TSync>.Call(ts, f, [], null);
    }
}
