using Vm.Text;

namespace Vm.Lexing;

/// <summary>
/// Source code prepared for tokenizing, as CPython prepares it: a leading byte-order mark is
/// dropped, "\r\n" and "\r" become "\n", and a final "\n" is added when missing. Knows where every
/// line starts so errors can quote their line.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public string Text { get; }
    public string FileName { get; }

    /// <summary>SyntaxWarnings found while tokenizing (invalid escape sequences).</summary>
    public Vm.Compiling.CompileWarnings Warnings { get; } = new();

    public SourceText(string source, string fileName)
    {
        FileName = fileName;
        Text = Normalize(source, fileName);
    }

    /// <summary>Line start indices, computed on first use (errors, positions at the end).</summary>
    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    private static int[] ComputeLineStarts(string t)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i] == '\n' && i + 1 < t.Length) starts.Add(i + 1);
        }
        return starts.ToArray();
    }

    public int LineCount => LineStarts.Length;

    /// <summary>Index of the first character of a 1-based line.</summary>
    public int LineStart(int line)
    {
        if (line < 1) return 0;
        var starts = LineStarts;
        if (line > starts.Length) return Text.Length;
        return starts[line - 1];
    }

    /// <summary>The text of a 1-based line without its newline, or null when out of range.</summary>
    public string? GetLine(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length) return null;
        int start = starts[line - 1];
        int end = Text.IndexOf('\n', start);
        if (end < 0) end = Text.Length;
        return Text.Substring(start, end - start);
    }

    /// <summary>The 1-based line holding a character index.</summary>
    public int LineOf(int index)
    {
        int i = Array.BinarySearch(LineStarts, index);
        if (i < 0) i = ~i - 1;
        return i + 1;
    }

    public SyntaxErrorException Error(string kind, string msg, int line, int offset, int endLine = 0, int endOffset = 0)
        => new(kind, msg, FileName, line, offset, GetLine(line), endLine, endOffset);

    private static string Normalize(string source, string fileName)
    {
        int start = source.Length > 0 && source[0] == '\uFEFF' ? 1 : 0;
        int nul = source.IndexOf('\0');
        if (nul >= 0)
        {
            throw new SyntaxErrorException("SyntaxError", "source code string cannot contain null bytes",
                fileName, 0, 0, null);
        }
        bool hasCr = source.IndexOf('\r') >= 0;
        if (!hasCr && start == 0)
        {
            return source.Length == 0 || source[^1] == '\n' ? source : source + "\n";
        }
        var sb = new System.Text.StringBuilder(source.Length + 1);
        for (int i = start; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < source.Length && source[i + 1] == '\n') i++;
            }
            else
            {
                sb.Append(c);
            }
        }
        if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
        return sb.ToString();
    }
}
