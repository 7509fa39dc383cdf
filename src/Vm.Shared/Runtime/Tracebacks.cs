// Printing exceptions in CPython's format (traceback.print_exception), including chained
// exceptions and SyntaxError's caret display.
using System.Text;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class Tracebacks<TSync> where TSync : struct, ISyncPolicy
{
    // stderr is UTF-8 with errors='backslashreplace' in CPython: a lone surrogate shows as \udXXX.
    public static void Print(PyThreadState ts, PyBaseException e, TextWriter w) => w.Write(LoneSurrogates.BackslashReplace(Format(ts, e)));

    public static string Format(PyThreadState ts, PyBaseException e)
    {
        var sb = new StringBuilder();
        FormatChain(ts, e, sb, new PrintContext());
        return sb.ToString();
    }

    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    /// <summary>What traceback's _ExceptionPrintContext carries: exceptions already printed (a chain
    /// never prints one twice), how deep in exception groups we are, and whether a group's closing
    /// line is still owed.</summary>
    private sealed class PrintContext
    {
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int GroupDepth;
        public bool NeedClose;

        public string Indent => new(' ', 2 * GroupDepth);

        /// <summary>Appends text with every line prefixed by the group margin (textwrap.indent).</summary>
        public void Emit(StringBuilder sb, string text, char margin = '|')
        {
            if (GroupDepth == 0)
            {
                sb.Append(text);
                return;
            }
            var prefix = Indent + margin + " ";
            int i = 0;
            while (i < text.Length)
            {
                int nl = text.IndexOf('\n', i);
                int stop = nl < 0 ? text.Length : nl + 1;
                sb.Append(prefix).Append(text, i, stop - i);
                i = stop;
            }
        }
    }

    /// <summary>e and the exceptions it was caused by or raised during (oldest first), as
    /// TracebackException.format prints them; groups with their sub-exceptions in boxes.</summary>
    private static void FormatChain(PyThreadState ts, PyBaseException e, StringBuilder sb, PrintContext ctx)
    {
        var chain = new List<(string? Message, PyBaseException Exc)>();
        for (PyBaseException? cur = e; cur != null;)
        {
            ctx.Seen.Add(cur);
            if (cur.Cause is PyBaseException cause && !ctx.Seen.Contains(cause))
            {
                chain.Add(("\nThe above exception was the direct cause of the following exception:\n\n", cur));
                cur = cause;
            }
            else if (cur.Context is PyBaseException context && !cur.SuppressContext && !ctx.Seen.Contains(context))
            {
                chain.Add(("\nDuring handling of the above exception, another exception occurred:\n\n", cur));
                cur = context;
            }
            else
            {
                chain.Add((null, cur));
                cur = null;
            }
        }
        // chain[i].Message introduces chain[i].Exc after chain[i + 1].Exc is printed.
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            FormatSingle(ts, chain[i].Exc, sb, ctx);
            if (i > 0 && chain[i - 1].Message is { } msg) ctx.Emit(sb, msg);
        }
    }

    private static void FormatSingle(PyThreadState ts, PyBaseException e, StringBuilder sb, PrintContext ctx)
    {
        if (e is not PyExceptionGroup group)
        {
            var one = new StringBuilder();
            FormatOne(ts, e, one);
            ctx.Emit(sb, one.ToString());
            return;
        }
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.Emit(sb, $"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        bool topLevel = ctx.GroupDepth == 0;
        if (topLevel) ctx.GroupDepth++;
        if (e.Traceback != null)
        {
            ctx.Emit(sb, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            var stack = new StringBuilder();
            FormatStack(ts, e, stack);
            ctx.Emit(sb, stack.ToString());
        }
        var only = new StringBuilder();
        FormatExceptionOnlyAndNotes(ts, e, only);
        ctx.Emit(sb, only.ToString());
        var subs = group.ExceptionTuple.Items;
        int n = subs.Length <= MaxGroupWidth ? subs.Length : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            if (last) ctx.NeedClose = true;
            bool truncated = i >= MaxGroupWidth;
            string title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(ctx.Indent).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
            ctx.GroupDepth++;
            if (!truncated) FormatChain(ts, (PyBaseException)subs[i], sb, ctx);
            else
            {
                int remaining = subs.Length - MaxGroupWidth;
                ctx.Emit(sb, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                sb.Append(ctx.Indent).Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (topLevel) ctx.GroupDepth = 0;
    }

    public static void FormatOne(PyThreadState ts, PyBaseException e, StringBuilder sb)
    {
        if (e.Traceback != null)
        {
            sb.Append("Traceback (most recent call last):\n");
            FormatStack(ts, e, sb);
        }
        FormatExceptionOnlyAndNotes(ts, e, sb);
    }

    /// <summary>The traceback's entries, outermost first, with CPython's "[Previous line repeated ...]".</summary>
    private static void FormatStack(PyThreadState ts, PyBaseException e, StringBuilder sb)
    {
        var rt = ts.Rt;
        string? lastKey = null;
        int repeat = 0;
        // Entries are prepended as the exception moves outward, so the chain runs outermost first.
        for (var tb = e.Traceback; tb != null; tb = tb.Next)
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
            if (line == null) continue;
            if (Positions(tb) is var (endLine, col, endCol) && SourceBlock(rt, tb, endLine) is { } lines
                && TracebackCarets.Format(lines, col, endCol) is { } shown)
                sb.Append(shown);
            else if (line.Trim().Length > 0)
                sb.Append("    ").Append(line.Trim()).Append('\n');
        }
        if (repeat >= 3) sb.Append($"  [Previous line repeated {repeat - 2} more time{(repeat - 2 == 1 ? "" : "s")}]\n");
    }

    /// <summary>The failing instruction's end line and columns when it starts on the entry's line, else null.</summary>
    public static (int EndLine, int Col, int EndCol)? Positions(PyTraceback tb)
    {
        var pos = tb.Code.Unit.Positions;
        int i = tb.InstrIndex * 4;
        if (i < 0 || i + 3 >= pos.Length || pos[i] != tb.Line || pos[i + 2] < tb.Line) return null;
        return (pos[i + 2], pos[i + 1], pos[i + 3]);
    }

    private static string[]? SourceBlock(PyRuntime rt, PyTraceback tb, int endLine)
    {
        var lines = new string[endLine - tb.Line + 1];
        for (int l = tb.Line; l <= endLine; l++)
        {
            if (SourceLine(rt, tb.Code.FileName, l) is not { } text) return null;
            lines[l - tb.Line] = text;
        }
        return lines;
    }

    private static void FormatExceptionOnlyAndNotes(PyThreadState ts, PyBaseException e, StringBuilder sb)
    {
        if (e.Type.IsSubtypeOf(ts.Rt.ExceptionTypes["SyntaxError"]))
        {
            FormatSyntaxError(ts, e, sb);
            return;
        }
        sb.Append(FormatExceptionOnly(ts, e, Suggestions<TSync>.Trailer(ts, e, e.Traceback))).Append('\n');
        AppendNotes(ts, e, sb);
    }

    /// <summary>The exception's __notes__ (add_note), one per line after the message, as CPython prints them.</summary>
    private static void AppendNotes(PyThreadState ts, PyBaseException e, StringBuilder sb)
    {
        if (e.Dict?.GetStr(ts.Rt.Intern("__notes__")) is not PyList notes) return;
        foreach (var note in notes.ToArray<TSync>(ts))
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

    /// <summary>"Type: message", the message followed by trailer (a "Did you mean" suggestion) if given.</summary>
    public static string FormatExceptionOnly(PyThreadState ts, PyBaseException e, string? trailer = null)
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
        msg += trailer;
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
                // A module shipped with the VM: its source, by the name in "<frozen NAME>".
                string? text = file.StartsWith("<frozen ", StringComparison.Ordinal) && file.EndsWith('>')
                    ? rt.ShippedModuleSource?.Invoke(file[8..^1])
                    : File.Exists(file) ? File.ReadAllText(file) : null;
                if (text == null) return null;
                lines = text.Replace("\r\n", "\n").Split('\n');
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
