// Printing exceptions in CPython's format (traceback.print_exception), including chained
// exceptions and SyntaxError's caret display.
using System.Text;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class Tracebacks<TSync> where TSync : struct, ISyncPolicy
{
    public static void Print(PyThreadState ts, PyBaseException e, TextWriter w) => w.Write(Format(ts, e));

    public static string Format(PyThreadState ts, PyBaseException e)
    {
        var sb = new StringBuilder();
        FormatChain(ts, e, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    private static void FormatChain(PyThreadState ts, PyBaseException e, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(e);
        if (e.Cause is PyBaseException cause && !seen.Contains(cause))
        {
            FormatChain(ts, cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (e.Context is PyBaseException ctx && !e.SuppressContext && !seen.Contains(ctx))
        {
            FormatChain(ts, ctx, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(ts, e, sb);
    }

    public static void FormatOne(PyThreadState ts, PyBaseException e, StringBuilder sb)
    {
        var rt = ts.Rt;
        if (e.Traceback != null)
        {
            sb.Append("Traceback (most recent call last):\n");
            var entries = new List<PyTraceback>();
            for (var tb = e.Traceback; tb != null; tb = tb.Next) entries.Add(tb);
            // Entries are prepended as the exception moves outward, so the chain runs outermost first.
            string? lastKey = null;
            int repeat = 0;
            foreach (var tb in entries)
            {
                var key = tb.Code.FileName + ":" + tb.Line + ":" + tb.Code.Name.Value;
                if (key == lastKey)
                {
                    repeat++;
                    if (repeat >= 3) continue;
                }
                else
                {
                    if (repeat >= 3) sb.Append($"  [Previous line repeated {repeat - 2} more time{(repeat - 2 == 1 ? "" : "s")}]\n");
                    repeat = 0;
                    lastKey = key;
                }
                sb.Append($"  File \"{tb.Code.FileName}\", line {tb.Line}, in {tb.Code.Name.Value}\n");
                var line = SourceLine(rt, tb.Code.FileName, tb.Line);
                if (line != null) sb.Append("    ").Append(line.Trim()).Append('\n');
            }
            if (repeat >= 3) sb.Append($"  [Previous line repeated {repeat - 2} more time{(repeat - 2 == 1 ? "" : "s")}]\n");
        }
        if (e.Type.IsSubtypeOf(rt.ExceptionTypes["SyntaxError"]))
        {
            FormatSyntaxError(ts, e, sb);
            return;
        }
        sb.Append(FormatExceptionOnly(ts, e)).Append('\n');
        AppendNotes(ts, e, sb);
    }

    /// <summary>The exception's __notes__ (add_note), one per line after the message, as CPython prints them.</summary>
    private static void AppendNotes(PyThreadState ts, PyBaseException e, StringBuilder sb)
    {
        if (e.Dict?.GetStr(ts.Rt.Intern("__notes__")) is not PyList notes) return;
        foreach (var note in notes.ToArray())
        {
            string text;
            try
            {
                text = Ops<TSync>.StrValue(ts, note);
            }
            catch (PyException)
            {
                text = "<note str() failed>";
            }
            sb.Append(text).Append('\n');
        }
    }

    public static string FormatExceptionOnly(PyThreadState ts, PyBaseException e)
    {
        var name = e.Type.QualName;
        var mod = e.Type.Dict.GetStr(ts.Rt.Intern("__module__")) as PyStr;
        if (mod != null && mod.Value != "builtins" && mod.Value != "__main__") name = mod.Value + "." + name;
        string msg;
        try
        {
            msg = Ops<TSync>.StrValue(ts, e);
        }
        catch (PyException)
        {
            msg = "<exception str() failed>";
        }
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    private static void FormatSyntaxError(PyThreadState ts, PyBaseException e, StringBuilder sb)
    {
        var rt = ts.Rt;
        PyObject? Attr(string n) => e.Dict?.GetStr(rt.Intern(n));
        var file = Attr("filename") as PyStr;
        var lineno = Attr("lineno") as PyInt;
        var text = Attr("text") as PyStr;
        var offset = Attr("offset") as PyInt;
        var endOffset = Attr("end_offset") as PyInt;
        var msg = Attr("msg") as PyStr ?? (e.Args.Count > 0 ? e.Args.Items[0] as PyStr : null);
        if (file != null && lineno != null) sb.Append($"  File \"{file.Value}\", line {lineno.Small}\n");
        if (text != null)
        {
            var raw = text.Value.TrimEnd('\n', '\r');
            var stripped = raw.TrimStart();
            int lead = raw.Length - stripped.Length;
            sb.Append("    ").Append(stripped.TrimEnd()).Append('\n');
            if (offset != null && offset.Small >= 1)
            {
                int col = (int)offset.Small - 1 - lead;
                if (col < 0) col = 0;
                int width = 1;
                if (endOffset != null && endOffset.Small > offset.Small) width = (int)(endOffset.Small - offset.Small);
                if (col + width > stripped.TrimEnd().Length + 1) width = Math.Max(1, stripped.TrimEnd().Length + 1 - col);
                sb.Append("    ").Append(' ', col).Append('^', width).Append('\n');
            }
        }
        sb.Append(e.Type.Name).Append(": ").Append(msg?.Value ?? "").Append('\n');
    }

    public static string? SourceLine(PyRuntime rt, string file, int line)
    {
        if (!rt.SourceLines.TryGetValue(file, out var lines))
        {
            try
            {
                if (!File.Exists(file)) return null;
                lines = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n');
                rt.SourceLines[file] = lines;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }
        return line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }
}
