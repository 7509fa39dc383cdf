// The source lines and caret lines of a traceback entry (CPython 3.13's StackSummary.format_frame_summary):
// the failing instruction's lines, dedented, with `^^^^` under its span unless it covers the whole statement;
// for a binary operation, subscript or call `~` under the operands and `^` under the operator, brackets and
// arguments. Of a span over several lines only the first, the last and those around the anchors are shown
// ("...<n lines>..." for a longer gap). Columns are the code object's positions (0-based, end exclusive, in
// UTF-16 units of the source line); wide East Asian characters count as one column (CPython counts two).
using System.Text;
using Vm.Ast;
using Vm.Parsing;
using Vm.Text;

namespace Vm.Runtime;

public static class TracebackCarets
{
    /// <summary>An anchor position: a line of the segment and a column in it.</summary>
    private readonly record struct Pos(int Line, int Col);

    /// <summary>The text printed under an entry's File line ("    "-indented lines, each ending in a newline) for
    /// an instruction from column col of lines[0] to column endCol of the last line; null when the lines are blank.</summary>
    public static string? Format(IReadOnlyList<string> lines, int col, int endCol)
    {
        // Lines as linecache gives them, without trailing whitespace.
        var trimmed = lines.Select(l => l.TrimEnd()).ToArray();
        var all = Dedent(trimmed);
        if (all.All(l => l.Length == 0)) return null;
        int dedent = trimmed[0].Length - all[0].Length;
        int last = all.Length - 1;
        int start = Math.Clamp(col - dedent, 0, all[0].Length);
        int end = Math.Clamp(endCol - dedent, 0, all[last].Length);
        var joined = string.Join("\n", all);
        int segEnd = joined.Length - (all[last].Length - end);
        (Pos Left, Pos Right)? anchors = segEnd >= start ? Anchors(joined[start..segEnd]) : null;
        bool show = ShouldShow(all, start, end, anchors != null);

        char primary = anchors != null ? '~' : '^', secondary = '^';
        Pos left = default, right = default;
        var significant = new SortedSet<int> { 0, last };
        if (anchors is var (l, r))
        {
            // Anchors on the segment's first line are relative to where the segment starts.
            left = l.Line == 0 ? l with { Col = l.Col + start } : l;
            right = r.Line == 0 ? r with { Col = r.Col + start } : r;
            for (int i = -1; i <= 1; i++)
            {
                significant.Add(left.Line + i);
                significant.Add(right.Line + i);
            }
        }
        significant.Remove(-1);
        significant.RemoveWhere(i => i > last);

        var result = new List<string>();
        void Output(int line)
        {
            var text = all[line];
            result.Add(text);
            if (!show) return;
            int spaces = text.Length - text.TrimStart().Length;
            int n = line == last ? end : text.Length;
            var carets = new char[n];
            for (int c = 0; c < n; c++)
            {
                if (c < spaces || (line == 0 && c < start)) carets[c] = ' ';
                else if (anchors != null
                         && (line > left.Line || (line == left.Line && c >= left.Col))
                         && (line < right.Line || (line == right.Line && c < right.Col)))
                    carets[c] = secondary;
                else carets[c] = primary;
            }
            result.Add(new string(carets));
        }
        int previous = -1;
        foreach (int line in significant)
        {
            if (previous >= 0)
            {
                int gap = line - previous;
                if (gap == 2) Output(line - 1);
                else if (gap > 2) result.Add($"...<{gap - 1} lines>...");
            }
            Output(line);
            previous = line;
        }
        var sb = new StringBuilder();
        foreach (var line in Dedent(result)) sb.Append("    ").Append(line).Append('\n');
        return sb.ToString();
    }

    private static bool ShouldShow(string[] all, int start, int end, bool anchored)
    {
        // `return f(x)` and `name = f(x)` where the call failed: the statement says it all.
        if (TryParse(string.Join("\n", all)) is { Body: [var statement, ..] })
        {
            Expr? value = statement switch
            {
                Return { Value: Call { Func: Name } call } => call,
                Assign { Targets: [Name], Value: Call call } => call,
                _ => null,
            };
            if (value != null && value.Line == 1 && value.EndLine == all.Length && value.Col == start && value.EndCol == end)
                return false;
        }
        if (anchored) return true;
        return all[0][..start].Trim().Length > 0 || all[^1][end..].TrimEnd().Length > 0;
    }

    /// <summary>For a binary operation, subscript or call: where the part drawn with `^` starts and ends (the
    /// operator; the brackets and what they hold), as positions in the segment's lines.</summary>
    private static (Pos, Pos)? Anchors(string segment)
    {
        // As an expression in brackets: the segment's first line is line 2 of the parsed text.
        if (TryParse("(\n" + segment + "\n)") is not { Body: [ExprStmt { Value: var expr }] }) return null;
        var lines = segment.Split('\n');
        Pos? EndOf(Node n, bool valid = true) =>
            valid ? NextValid(lines, new Pos(n.EndLine - 2, n.EndCol)) : new Pos(n.EndLine - 2, n.EndCol);
        switch (expr)
        {
            case BinOp bin:
            {
                // The operator is the first character after the left operand that is not a space or ')'.
                if (Until(lines, EndOf(bin.Left), c => !char.IsWhiteSpace(c) && c != ')') is not { } op) return null;
                int right = op.Col + 1;
                var text = lines[op.Line];
                if (right < text.Length && (bin.Right.Line - 2 > op.Line || right < bin.Right.Col)
                    && !char.IsWhiteSpace(text[right]) && text[right] is not ('\\' or '#'))
                    right++;
                return (op, op with { Col = right });
            }
            case Subscript sub:
                return Until(lines, EndOf(sub.Value), c => c == '[') is { } open ? (open, EndOf(sub, false)!.Value) : null;
            case Call call:
                return Until(lines, EndOf(call.Func), c => c == '(') is { } paren ? (paren, EndOf(call, false)!.Value) : null;
            default:
                return null;
        }
    }

    /// <summary>The first character position at or after p (past line ends), or null past the segment.</summary>
    private static Pos? NextValid(string[] lines, Pos p)
    {
        while (p.Line < lines.Length && p.Col >= lines[p.Line].Length) p = new Pos(p.Line + 1, 0);
        return p.Line < lines.Length && p.Line >= 0 ? p : null;
    }

    /// <summary>The first position from p whose character satisfies stop; a comment or line continuation
    /// skips the rest of its line.</summary>
    private static Pos? Until(string[] lines, Pos? p, Func<char, bool> stop)
    {
        while (p is { } q)
        {
            char c = lines[q.Line][q.Col];
            if (c is '\\' or '#') p = NextValid(lines, new Pos(q.Line + 1, 0));
            else if (stop(c)) return q;
            else p = NextValid(lines, q with { Col = q.Col + 1 });
        }
        return null;
    }

    /// <summary>textwrap.dedent: the whitespace common to the start of every non-blank line removed, blank lines emptied.</summary>
    private static string[] Dedent(IReadOnlyList<string> lines)
    {
        string? margin = null;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0) continue;
            var lead = line[..(line.Length - line.TrimStart().Length)];
            if (margin == null) margin = lead;
            else
            {
                int k = 0;
                while (k < margin.Length && k < lead.Length && margin[k] == lead[k]) k++;
                margin = margin[..k];
            }
        }
        int cut = margin?.Length ?? 0;
        return lines.Select(l => l.Trim().Length == 0 ? "" : l[cut..]).ToArray();
    }

    private static Module? TryParse(string source)
    {
        try
        {
            return PythonParser.ParseModule(source, "<traceback>");
        }
        catch (SyntaxErrorException)
        {
            // Not a statement or expression of its own (`for x in y:`, a fragment): no anchors.
            return null;
        }
    }
}
