// The caret line under a traceback entry's source line (CPython 3.13's StackSummary.format_frame_summary):
// `^^^^` under the failing instruction's span when it does not cover the whole line, and for a binary
// operation, subscript or call `~` under the operands with `^` under the operator, brackets and arguments.
// Only instructions on one line get carets here (CPython also draws them across the lines of a multi-line span).
// Columns are the code object's positions (0-based, end exclusive, in UTF-16 units of the source line).
using Vm.Ast;
using Vm.Parsing;
using Vm.Text;

namespace Vm.Runtime;

public static class TracebackCarets
{
    /// <summary>The carets for `line` (the source line as read, with its indentation) when the instruction spans
    /// [col, endCol) of it, aligned with the line as printed (stripped of its indentation); null when CPython
    /// shows none.</summary>
    public static string? For(string line, int col, int endCol)
    {
        var shown = line.TrimStart();
        if (shown.Trim().Length == 0) return null;
        int dedent = line.Length - shown.Length;
        int start = Math.Clamp(col - dedent, 0, shown.Length);
        int end = Math.Clamp(endCol - dedent, start, shown.Length);
        if (end <= start) return null;
        var anchors = Anchors(shown.Substring(start, end - start));
        if (!ShouldShow(shown, start, end, anchors)) return null;
        var carets = new char[end];
        for (int i = 0; i < end; i++)
        {
            if (i < start) carets[i] = ' ';
            else if (anchors is var (left, right) && i - start >= left && i - start < right) carets[i] = '^';
            else carets[i] = anchors != null ? '~' : '^';
        }
        return new string(carets);
    }

    private static bool ShouldShow(string shown, int start, int end, (int, int)? anchors)
    {
        // `return f(x)` and `name = f(x)` where the call failed: the line says it all.
        if (TryParse(shown) is { Body: [var statement, ..] })
        {
            Expr? value = statement switch
            {
                Return { Value: Call { Func: Name } call } => call,
                Assign { Targets: [Name], Value: Call call } => call,
                _ => null,
            };
            if (value != null && value.Line == 1 && value.EndLine == 1 && value.Col == start && value.EndCol == end)
                return false;
        }
        if (anchors != null) return true;
        return shown[..start].Trim().Length > 0 || shown[end..].TrimEnd().Length > 0;
    }

    /// <summary>For a binary operation, subscript or call: the part of the segment drawn with `^` (the operator;
    /// the brackets and what they hold), as offsets into the segment.</summary>
    private static (int Left, int Right)? Anchors(string segment)
    {
        // As an expression in brackets, on line 2 of the parsed text.
        if (TryParse("(\n" + segment + "\n)") is not { Body: [ExprStmt { Value: var expr }] }) return null;
        switch (expr)
        {
            case BinOp bin when bin.Left.EndLine == 2 && bin.Right.Line == 2:
            {
                int op = SkipUntil(segment, bin.Left.EndCol, c => !char.IsWhiteSpace(c) && c != ')');
                if (op < 0) return null;
                int right = op + 1;
                if (right < segment.Length && right < bin.Right.Col && !char.IsWhiteSpace(segment[right]) && segment[right] is not ('\\' or '#'))
                    right++;
                return (op, right);
            }
            case Subscript sub when sub.Value.EndLine == 2 && sub.EndLine == 2:
                return Bracketed(segment, sub.Value.EndCol, '[', sub.EndCol);
            case Call call when call.Func.EndLine == 2 && call.EndLine == 2:
                return Bracketed(segment, call.Func.EndCol, '(', call.EndCol);
            default:
                return null;
        }
    }

    private static (int, int)? Bracketed(string segment, int from, char open, int end)
    {
        int left = SkipUntil(segment, from, c => c == open);
        return left < 0 ? null : (left, end);
    }

    private static int SkipUntil(string segment, int from, Func<char, bool> stop)
    {
        for (int i = from; i < segment.Length; i++)
        {
            if (segment[i] is '\\' or '#') return -1;
            if (stop(segment[i])) return i;
        }
        return -1;
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
